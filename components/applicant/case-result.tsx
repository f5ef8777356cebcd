import { getLocale, getTranslations } from 'next-intl/server';
import { waiverCitations } from '@/components/projects/waiver-citation';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const DECISION_VARIANT = { approve: 'success', approve_with_conditions: 'success', deny: 'destructive' } as const;

/**
 * The outcome once there is one: the decision with its opinion and conditions, the materials
 * regional assessments waived (with their citations), a refusal or revocation reason, a withdrawal.
 */
export async function CaseResult({ detail }: { detail: CaseDetail }) {
  const [t, locale, cite] = await Promise.all([
    getTranslations('applicant.caseView.result'),
    getLocale() as Promise<Locale>,
    waiverCitations(),
  ]);
  const { state, decision } = detail;
  const waived = detail.materials.filter((m) => m.waivedBy);
  const reason = state === 'refused' || state === 'revoked' ? detail.refusalReason : null;
  if (!decision && !reason && state !== 'withdrawn') return null;
  return (
    <section aria-labelledby="case-result" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-result" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {state === 'withdrawn' ? <p className="text-sm">{t('withdrawn')}</p> : null}
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        {decision ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('decision')}</dt>
            <dd>
              <Badge variant={DECISION_VARIANT[decision]}>{t(`decisions.${decision}`)}</Badge>
            </dd>
          </div>
        ) : null}
        {decision && detail.opinion ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('opinion')}</dt>
            <dd className="whitespace-pre-line">{detail.opinion}</dd>
          </div>
        ) : null}
        {detail.conditions.length > 0 ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('conditions')}</dt>
            <dd>
              <ol className="list-decimal space-y-1 pl-5">
                {detail.conditions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            </dd>
          </div>
        ) : null}
        {decision && waived.length > 0 ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('waived')}</dt>
            <dd>
              <ul className="space-y-1">
                {waived.map((m) => (
                  <li key={m.code}>
                    {pickLanguage(m.name, locale)}
                    <span className="block text-muted-foreground">{cite(m.waivedBy!)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {reason ? (
          <div className="contents">
            <dt className="text-muted-foreground">{state === 'refused' ? t('refusalReason') : t('revokedReason')}</dt>
            <dd className="whitespace-pre-line">{reason}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
