'use client';

import { useLocale, useTranslations } from 'next-intl';
import { CircleAlert, CircleCheck, CircleX, Loader2, RotateCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';
import { shownAnswer, type NameCheckAnswer, type NameCheckState, type NameVerdict } from './use-name-check';

const VERDICT_STYLE: Record<NameVerdict, { className: string; icon: typeof CircleCheck }> = {
  available: { className: 'border-success/50 bg-success/10 text-success', icon: CircleCheck },
  similar: { className: 'border-warning/60 bg-warning/15 text-foreground', icon: CircleAlert },
  refused: { className: 'border-destructive/50 bg-destructive/10 text-destructive', icon: CircleX },
};

/** The verdict in large type with what it means. */
export function VerdictBanner({ verdict }: { verdict: NameVerdict }) {
  const t = useTranslations('names.composer');
  const { className, icon: Icon } = VERDICT_STYLE[verdict];
  return (
    <div className={cn('flex items-start gap-3 rounded-lg border-2 px-4 py-3', className)} data-verdict={verdict}>
      <Icon className="mt-0.5 size-6 shrink-0" aria-hidden />
      <div className="flex flex-col gap-0.5">
        <p className="text-xl font-bold">{t(`verdict.${verdict}`)}</p>
        <p className="text-sm text-foreground">{t(`verdictBody.${verdict}`)}</p>
      </div>
    </div>
  );
}

/**
 * The live check's result as it comes: a prompt while idle, "checking…", a retry after a
 * failed request, then the verdict and its findings (the previous ones dimmed while the next
 * answer is on its way). Announced politely to screen readers.
 */
export function NameCheckPanel({ state, onRetry }: { state: NameCheckState; onRetry: () => void }) {
  const t = useTranslations('names.composer');
  const result = shownAnswer(state);
  return (
    <section aria-labelledby="name-result-heading" className="flex flex-col gap-4">
      <h2 id="name-result-heading" className="sr-only">
        {t('verdictLabel')}
      </h2>
      <div aria-live="polite" aria-atomic="true" className="flex flex-col gap-2">
        {state.status === 'idle' ? <p className="text-sm text-muted-foreground">{t('prompt')}</p> : null}
        {state.status === 'loading' ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <Loader2 className="size-4 animate-spin" aria-hidden />
            {t('checking')}
          </p>
        ) : null}
        {state.status === 'error' ? (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
            <span>{t('networkError')}</span>
            <Button type="button" size="sm" variant="outline" onClick={onRetry}>
              <RotateCw aria-hidden />
              {t('retry')}
            </Button>
          </div>
        ) : null}
        {state.status === 'done' ? <VerdictBanner verdict={state.result.verdict} /> : null}
      </div>
      {result ? (
        <div className={cn('flex flex-col gap-4', state.status === 'loading' && 'opacity-60')}>
          {state.status === 'loading' ? <VerdictBanner verdict={result.verdict} /> : null}
          <NameCheckFindings result={result} />
        </div>
      ) : null}
    </section>
  );
}

/** Every finding with the rule it applies and the name that blocks, then the nearest existing names with their scores. */
export function NameCheckFindings({ result }: { result: NameCheckAnswer }) {
  const t = useTranslations('names.composer');
  const locale = useLocale() as Locale;
  return (
    <>
      {result.reasons.length ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t('reasonsTitle')}</h3>
          <ul className="flex flex-col gap-2">
            {result.reasons.map((r, i) => (
              <li key={`${r.rule}-${r.blockingName ?? ''}-${i}`} className="rounded-md border bg-card px-3 py-2 text-sm">
                <p>{pickLanguage(r.message, locale)}</p>
                {r.blockingName ? (
                  <p className="mt-1 text-muted-foreground">{t('blockingName', { name: r.blockingName })}</p>
                ) : null}
                {r.freeFrom ? <p className="mt-1 text-muted-foreground">{t('freeFrom', { date: r.freeFrom })}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">{t('similarTitle')}</h3>
        {result.similar.length ? (
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b text-left text-muted-foreground">
                <th scope="col" className="py-2 font-medium">
                  {t('similarName')}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t('similarScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.similar.map((s) => (
                <tr key={s.name} className="border-b last:border-0">
                  <td className="py-2">{s.name}</td>
                  <td className="py-2 text-right tabular-nums">{Math.round(s.score * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-muted-foreground">{t('similarEmpty')}</p>
        )}
      </div>
    </>
  );
}
