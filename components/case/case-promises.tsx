import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { VerificationForm } from '@/components/case-desk/verification-form';
import { Badge } from '@/components/ui/badge';
import { FactList } from '@/components/ui/fact-list';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const STATUS_VARIANT = { open: 'outline', compliant: 'success', breached: 'destructive' } as const;

/**
 * A promise-based case's promises (告知承诺制, DESIGN §4): each clause the applicant promised and
 * the materials it stands in for, then each department's post-approval verification with its
 * findings — the one view for the applicant and the desk; the verifying reviewer records there.
 */
export async function CasePromises({ detail }: { detail: CaseDetail }) {
  if (detail.promise.route !== 'promise') return null;
  const [t, tm, format, locale] = await Promise.all([
    getTranslations('promise.view'),
    getTranslations('promise.methods'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const text = (value: { zh: string; en: string }) => pickLanguage(value, locale);
  const list = (names: { zh: string; en: string }[]) => names.map(text).join(locale === 'en' ? ', ' : '、');
  const day = (iso: string) => format.dateTime(zoneDayStart(iso), { dateStyle: 'medium' });
  return (
    <section aria-labelledby="case-promises" className="flex flex-col gap-4">
      <h2 id="case-promises" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('intro')}</p>
      <ol className="flex flex-col gap-2">
        {detail.promise.clauses
          .filter((c) => c.promised)
          .map((c) => (
            <li key={c.code} className="flex flex-col gap-1 rounded-md border bg-card p-3 text-sm">
              <span className="flex flex-wrap items-start justify-between gap-2">
                <span className="min-w-0 flex-1">{text(c.text)}</span>
                <Badge variant="secondary">{t('promised')}</Badge>
              </span>
              {c.replaces.length ? (
                <span className="text-muted-foreground">{t('replaces', { list: list(c.replaces) })}</span>
              ) : null}
            </li>
          ))}
      </ol>
      <h3 className="font-semibold">{t('verifications')}</h3>
      {detail.promise.verifications.length === 0 ? <p className="text-sm text-muted-foreground">{t('none')}</p> : null}
      {detail.promise.verifications.map((v) => (
        <article key={v.id} className="flex flex-col gap-3 rounded-lg border bg-card p-4" aria-label={text(v.department)}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="font-medium">{text(v.department)}</h4>
            <Badge variant={STATUS_VARIANT[v.status]}>{t(`status.${v.status}`)}</Badge>
          </div>
          <FactList
            rows={[
              [t('method'), tm(v.method)],
              [t('due'), day(v.dueDate)],
            ]}
          />
          {v.status !== 'open' ? (
            <ul className="flex flex-col gap-2 text-sm">
              {v.promises.map((p) => (
                <li key={p.obligationId} className="flex flex-col gap-1">
                  <span className="flex flex-wrap items-start justify-between gap-2">
                    <span className="min-w-0 flex-1">{text(p.clause)}</span>
                    {p.finding ? (
                      <Badge variant={p.finding.compliant ? 'success' : 'destructive'}>
                        {p.finding.compliant ? t('findingKept') : t('findingUntrue')}
                      </Badge>
                    ) : null}
                  </span>
                  {p.finding?.note ? (
                    <span className="text-muted-foreground">{t('findingNote', { text: p.finding.note })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {v.verdictReason ? <p className="text-sm font-medium">{t('verdict', { text: v.verdictReason })}</p> : null}
          {v.decidedAt ? (
            <p className="text-xs text-muted-foreground">
              {t('decided', { name: v.decidedByName ?? '', date: day(v.decidedAt) })}
            </p>
          ) : null}
          {v.canDecide ? (
            <VerificationForm
              key={`${v.id}-${detail.version}`}
              caseId={detail.id}
              taskId={v.id}
              promises={v.promises.map((p) => ({ obligationId: p.obligationId, clause: text(p.clause) }))}
            />
          ) : null}
        </article>
      ))}
    </section>
  );
}
