import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDate, zoneDayStart } from '@/lib/domain/clock';
import { documentNumber, type NoticeKind } from '@/lib/domain/notices';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';
import { AcceptanceNoticeBody } from './acceptance-notice';
import type { NoticeContext } from './notice-context';
import { NoticeSheet } from './notice-sheet';
import { RefusalNoticeBody } from './refusal-notice';
import { SupplementNoticeBody } from './supplement-notice';
import { ToleranceNoticeBody } from './tolerance-notice';

/** When the act a notice records took place; the refusal has no column of its own, its audit event has. */
function issuedAt(kind: NoticeKind, detail: CaseDetail): string {
  const lastEvent = (action: string) => detail.timeline.findLast((e) => e.action === action)?.at ?? null;
  const now = new Date().toISOString();
  switch (kind) {
    case 'acceptance':
      return detail.acceptedAt ?? now;
    case 'tolerance':
      return detail.acceptedAt ?? lastEvent('case.accept_with_tolerance') ?? now;
    case 'supplement':
      return detail.notices[0]?.issuedAt ?? now;
    case 'refusal':
      return lastEvent('case.refuse') ?? now;
  }
}

/**
 * A printable notice of a case. The caller has authorized the viewer (getCaseDetail) and
 * checked that the notice applies (`noticeApplies`).
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
  const [t, format, locale] = await Promise.all([getTranslations('notices'), getFormatter(), getLocale() as Promise<Locale>]);
  const text = (value: Bilingual) => pickLanguage(value, locale);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  const zoneDay = (isoDate: string) => format.dateTime(zoneDayStart(isoDate), { dateStyle: 'long' });
  const ctx: NoticeContext = {
    detail,
    text,
    day,
    zoneDay,
    common: {
      service: text(detail.service.name),
      number: detail.number,
      submitted: detail.submittedAt ? day(detail.submittedAt) : '—',
      accepted: detail.acceptedAt ? day(detail.acceptedAt) : '—',
    },
  };
  const issued = issuedAt(kind, detail);
  // Supplement notices are numbered by round: the latest is the n-th the case received.
  const round = kind === 'supplement' ? detail.notices.length : 1;

  return (
    <NoticeSheet
      title={t(`titles.${kind}`)}
      documentNumber={documentNumber({ kind, caseNumber: detail.number, issuedOn: zoneDate(new Date(issued)), round })}
      addressee={detail.enterprise.name}
      creditCode={detail.enterprise.creditCode}
      issuer={detail.department ? text(detail.department) : t('document.centre')}
      issuedOn={day(issued)}
      caseNumber={detail.number}
      trackingUrl={trackingUrl}
    >
      {kind === 'acceptance' ? <AcceptanceNoticeBody ctx={ctx} /> : null}
      {kind === 'supplement' && detail.notices[0] ? <SupplementNoticeBody ctx={ctx} notice={detail.notices[0]} /> : null}
      {kind === 'refusal' ? <RefusalNoticeBody ctx={ctx} /> : null}
      {kind === 'tolerance' ? <ToleranceNoticeBody ctx={ctx} /> : null}
    </NoticeSheet>
  );
}
