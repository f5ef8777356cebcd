'use client';

import { CircleAlert, Info } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FieldGroup, FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { chooseApprovalRouteAction } from '@/lib/actions/promise';
import { cn } from '@/lib/utils';

/** A clause in the page's language; `replaces` names the materials it stands in for, joined for reading (empty: none). */
export type RouteClause = { code: string; text: string; replaces: string };

export type ApprovalRouteProps = {
  caseId: string;
  route: 'ordinary' | 'promise';
  promisedClauses: string[];
  /** The item offers promise-based approval (告知承诺制). */
  promiseOffered: boolean;
  /** The item allows tolerance (容缺受理). */
  toleranceOffered: boolean;
  /** The enterprise has an active credit record: neither is open to it. */
  discredited: boolean;
  clauses: RouteClause[];
  verificationDays: number;
  /** The verification method, in the page's language. */
  method: string;
};

/**
 * How the draft is decided (DESIGN §4): the ordinary procedure, or promise-based approval with
 * every catalogue condition promised one by one — the materials they replace are then not asked
 * for. Says why neither promises nor tolerance are open to an enterprise with a credit record.
 */
export function ApprovalRoute(props: ApprovalRouteProps) {
  const t = useTranslations('promise.route');
  const router = useRouter();
  const [route, setRoute] = useState(props.route);
  const [promised, setPromised] = useState<string[]>(props.promisedClauses);
  const [error, setError] = useState<{ form?: string; clauses?: string }>({});
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const routeName = (r: 'ordinary' | 'promise') => t(r);

  const toleranceLine = props.toleranceOffered ? (
    <p className="flex gap-2 text-sm text-muted-foreground">
      <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
      {props.discredited ? t('toleranceUnavailable') : t('toleranceAvailable')}
    </p>
  ) : null;

  if (!props.promiseOffered)
    return toleranceLine ? <section className="rounded-lg border bg-card p-4">{toleranceLine}</section> : null;

  function save() {
    setError({});
    setSaved(false);
    if (route === 'promise' && !props.clauses.every((c) => promised.includes(c.code))) {
      setError({ clauses: 'clauseNotPromised' });
      return;
    }
    startTransition(async () => {
      const result = await chooseApprovalRouteAction({
        caseId: props.caseId,
        route,
        promisedClauses: route === 'promise' ? promised : [],
      });
      if (result.ok) {
        setSaved(true);
        router.refresh(); // the materials list drops (or brings back) what the promises replace
        return;
      }
      setError({ form: result.formError, clauses: result.fieldErrors?.promisedClauses?.[0] ?? result.fieldErrors?.route?.[0] });
    });
  }

  return (
    <section aria-labelledby="approval-route" className="flex flex-col gap-4 rounded-lg border bg-card p-4">
      <div className="flex flex-col gap-1">
        <h3 id="approval-route" className="font-semibold">
          {t('heading')}
        </h3>
        <p className="text-sm text-muted-foreground">{t('intro')}</p>
        <p className="text-sm">{t('current', { route: routeName(props.route) })}</p>
      </div>
      {props.discredited ? (
        <p role="note" className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          {t('discredited')}
        </p>
      ) : null}
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="sr-only">{t('heading')}</legend>
        {(['ordinary', 'promise'] as const).map((r) => {
          const disabled = r === 'promise' && props.discredited;
          return (
            <label
              key={r}
              className={cn(
                'flex cursor-pointer gap-3 rounded-md border p-3 text-sm',
                route === r && 'border-primary bg-primary/5',
                disabled && 'cursor-not-allowed opacity-60',
              )}
            >
              <input
                type="radio"
                name="approval-route"
                value={r}
                checked={route === r}
                disabled={disabled}
                onChange={() => setRoute(r)}
                className="mt-1"
              />
              <span className="flex flex-col gap-1">
                <span className="font-medium">{routeName(r)}</span>
                <span className="text-muted-foreground">{t(`${r}Hint`)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {route === 'promise' && !props.discredited ? (
        <FieldGroup
          id="promised-clauses"
          label={t('clausesHeading')}
          hint={t('promiseAllRequired')}
          error={error.clauses}
          required
        >
          <ol className="flex flex-col gap-2">
            {props.clauses.map((c) => (
              <li key={c.code}>
                <label className="flex gap-3 rounded-md border p-3 text-sm">
                  <input
                    type="checkbox"
                    checked={promised.includes(c.code)}
                    onChange={(event) =>
                      setPromised((p) => (event.target.checked ? [...p, c.code] : p.filter((code) => code !== c.code)))
                    }
                    className="mt-1"
                  />
                  <span className="flex flex-col gap-1">
                    <span>{c.text}</span>
                    {c.replaces ? (
                      <span className="text-muted-foreground">{t('replaces', { materials: c.replaces })}</span>
                    ) : null}
                  </span>
                </label>
              </li>
            ))}
          </ol>
          <p className="text-sm text-muted-foreground">
            {t('verification', { days: props.verificationDays, method: props.method })}
          </p>
        </FieldGroup>
      ) : null}
      <FormMessage error={error.form === 'invalid' ? undefined : error.form} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" onClick={save} disabled={pending} aria-busy={pending || undefined}>
          {t('apply')}
        </Button>
        <p aria-live="polite" className="text-sm text-success">
          {saved && !pending ? t('saved', { route: routeName(route) }) : null}
        </p>
      </div>
      {toleranceLine}
    </section>
  );
}
