import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import type { NoticeKind } from '@/lib/domain/notices';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';
import { departmentNamer } from '@/components/case/department-names';
import { AcceptanceNoticeBody } from './acceptance-notice';
import { DecisionNoticeBody, DenialNoticeBody } from './combined-decision-notice';
import type { NoticeContext } from './notice-context';
import { NoticeSheet } from './notice-sheet';
import { RefusalNoticeBody } from './refusal-notice';
import { SupplementNoticeBody } from './supplement-notice';
import { ToleranceNoticeBody } from './tolerance-notice';

/**
 * A printable notice of a case: the latest issued of its kind, with the number it was given
 * when issued. The caller has authorized the viewer (getCaseDetail) and checked that the notice
 * applies (`noticeApplies`) and was issued.
 */
export async function CaseNotice({
  kind,
  detail,
  trackingUrl,
}: {
  kind: NoticeKind;
  detail: CaseDetail & { number: string };
  trackingUrl: string;
}) {
  const issued = detail.documents.findLast((d) => d.kind === kind);
  if (!issued) return null;
  const supplement = detail.notices.find((n) => n.id === issued.supplementNoticeId) ?? detail.notices[0];
  const [t, format, locale] = await Promise.all([getTranslations('notices'), getFormatter(), getLocale() as Promise<Locale>]);
  const text = (value: Bilingual) => pickLanguage(value, locale);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  const zoneDay = (isoDate: string) => format.dateTime(zoneDayStart(isoDate), { dateStyle: 'long' });
  const ctx: NoticeContext = {
    detail,
    text,
    department: departmentNamer(detail.tasks, locale),
    day,
    zoneDay,
    common: {
      service: text(detail.service.name),
      number: detail.number,
      submitted: detail.submittedAt ? day(detail.submittedAt) : '—',
      accepted: detail.acceptedAt ? day(detail.acceptedAt) : '—',
    },
  };

  return (
    <NoticeSheet
      title={t(`titles.${kind}`)}
      documentNumber={issued.number}
      addressee={detail.enterprise.name}
      creditCode={detail.enterprise.creditCode}
      issuer={detail.department ? text(detail.department) : t('document.centre')}
      issuedOn={day(issued.issuedAt)}
      caseNumber={detail.number}
      trackingUrl={trackingUrl}
    >
      {kind === 'acceptance' ? <AcceptanceNoticeBody ctx={ctx} /> : null}
      {kind === 'supplement' && supplement ? <SupplementNoticeBody ctx={ctx} notice={supplement} /> : null}
      {kind === 'refusal' ? <RefusalNoticeBody ctx={ctx} /> : null}
      {kind === 'tolerance' ? <ToleranceNoticeBody ctx={ctx} /> : null}
      {kind === 'decision' ? <DecisionNoticeBody ctx={ctx} /> : null}
      {kind === 'denial' ? <DenialNoticeBody ctx={ctx} /> : null}
    </NoticeSheet>
  );
}
