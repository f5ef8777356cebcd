'use client';

import { useLocale, useTranslations } from 'next-intl';
import * as React from 'react';
import { CircleAlert, CircleCheck, CircleX, Loader2, RotateCw } from 'lucide-react';
import { FormField } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { composeName } from '@/lib/domain/names/compose';
import { INDUSTRY_TERMS, ORGANIZATION_FORMS, REGIONS } from '@/lib/domain/names/vocabulary';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

type Verdict = 'available' | 'similar' | 'refused';
type CheckResult = {
  verdict: Verdict;
  reasons: { rule: string; message: Bilingual; blockingName?: string; freeFrom?: string }[];
  similar: { name: string; score: number }[];
};
type Field = 'region' | 'tradeName' | 'industry' | 'organizationForm';
type Parts = Record<Field, string>;

type State =
  | { status: 'idle' }
  | { status: 'loading'; previous?: CheckResult }
  | { status: 'done'; result: CheckResult }
  | { status: 'invalid'; fields: Partial<Record<Field, string[]>> }
  | { status: 'error' };

const DEBOUNCE_MS = 400;
/** Every spelling of every division, the short form first (许昌 before 许昌市). */
const REGION_OPTIONS = [...new Set(REGIONS.flatMap((r) => [...r.aliases, r.name]))];

const VERDICT_STYLE: Record<Verdict, { className: string; icon: typeof CircleCheck }> = {
  available: { className: 'border-success/50 bg-success/10 text-success', icon: CircleCheck },
  similar: { className: 'border-warning/60 bg-warning/15 text-foreground', icon: CircleAlert },
  refused: { className: 'border-destructive/50 bg-destructive/10 text-destructive', icon: CircleX },
};

function isCheckResult(body: unknown): body is CheckResult {
  const b = body as Partial<CheckResult> | null;
  return Boolean(b && typeof b.verdict === 'string' && Array.isArray(b.reasons) && Array.isArray(b.similar));
}

/**
 * The name composer (DESIGN §5): the four parts of a name, the full name as it is typed, and
 * the verdict of `POST /api/v1/names/check`, asked 400 ms after the last keystroke (the
 * previous request is aborted).
 */
export function NameComposer() {
  const t = useTranslations('names.composer');
  const locale = useLocale() as Locale;
  const [parts, setParts] = React.useState<Parts>({
    region: '许昌',
    tradeName: '',
    industry: '',
    organizationForm: ORGANIZATION_FORMS[0]?.form ?? '有限公司',
  });
  const [state, setState] = React.useState<State>({ status: 'idle' });
  const [attempt, setAttempt] = React.useState(0);

  const active = parts.tradeName.trim().length > 0;

  React.useEffect(() => {
    if (!active) {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => ({
      status: 'loading',
      previous: s.status === 'done' ? s.result : s.status === 'loading' ? s.previous : undefined,
    }));
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch('/api/v1/names/check', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(parts),
          signal: controller.signal,
        });
        const body: unknown = await response.json().catch(() => null);
        if (controller.signal.aborted) return;
        if (response.status === 400) {
          const fields = (body as { error?: { fields?: Partial<Record<Field, string[]>> } } | null)?.error?.fields ?? {};
          setState({ status: 'invalid', fields });
        } else if (response.ok && isCheckResult(body)) {
          setState({ status: 'done', result: body });
        } else {
          setState({ status: 'error' });
        }
      } catch (error) {
        if (controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
        setState({ status: 'error' });
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [active, parts, attempt]);

  const set = (field: Field) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setParts((p) => ({ ...p, [field]: e.target.value }));

  const fieldError = (field: Field): string | undefined => {
    if (state.status !== 'invalid' || !state.fields[field]?.length) return undefined;
    const value = parts[field].trim();
    if (!value) return t('fieldRequired');
    if (value.length > 50) return t('fieldTooLong');
    return t('fieldInvalid');
  };

  const fullName = composeName(parts);
  const result = state.status === 'done' ? state.result : state.status === 'loading' ? state.previous : undefined;

  return (
    <div className="flex flex-col gap-6">
      <form
        aria-label={t('formLabel')}
        onSubmit={(e) => e.preventDefault()}
        className="grid gap-4 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <FormField id="name-region" label={t('region')} hint={t('regionHint')} error={fieldError('region')} required>
          <Input value={parts.region} onChange={set('region')} list="name-region-options" maxLength={60} autoComplete="off" />
        </FormField>
        <datalist id="name-region-options">
          {REGION_OPTIONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <FormField id="name-trade" label={t('tradeName')} hint={t('tradeNameHint')} error={fieldError('tradeName')} required>
          <Input
            value={parts.tradeName}
            onChange={set('tradeName')}
            placeholder={t('tradeNamePlaceholder')}
            maxLength={60}
            autoComplete="off"
          />
        </FormField>
        <FormField id="name-industry" label={t('industry')} hint={t('industryHint')} error={fieldError('industry')}>
          <Input
            value={parts.industry}
            onChange={set('industry')}
            list="name-industry-options"
            placeholder={t('industryPlaceholder')}
            maxLength={60}
            autoComplete="off"
          />
        </FormField>
        <datalist id="name-industry-options">
          {INDUSTRY_TERMS.map((term) => (
            <option key={term} value={term} />
          ))}
        </datalist>
        <FormField id="name-form" label={t('organizationForm')} error={fieldError('organizationForm')} required>
          <NativeSelect value={parts.organizationForm} onChange={set('organizationForm')}>
            {ORGANIZATION_FORMS.map((f) => (
              <option key={f.form} value={f.form}>
                {f.form}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </form>

      <section aria-labelledby="name-full-heading" className="flex flex-col gap-1">
        <h2 id="name-full-heading" className="text-sm font-medium text-muted-foreground">
          {t('fullName')}
        </h2>
        <p className={cn('text-2xl font-bold break-all', !active && 'text-muted-foreground')} data-testid="composed-name">
          {active ? fullName : t('fullNameEmpty')}
        </p>
      </section>

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
              <Button type="button" size="sm" variant="outline" onClick={() => setAttempt((n) => n + 1)}>
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
          </div>
        ) : null}
      </section>
    </div>
  );
}

function VerdictBanner({ verdict }: { verdict: Verdict }) {
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
