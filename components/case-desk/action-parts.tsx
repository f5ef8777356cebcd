'use client';

import { useTranslations } from 'next-intl';
import { RotateCw } from 'lucide-react';
import * as React from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';
import type { CaseActionState } from './use-case-action';

/** One action of the panel: a titled box with what the action does, then its form. */
export function ActionCard({
  id,
  title,
  hint,
  tone = 'default',
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  tone?: 'default' | 'destructive';
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cn('flex flex-col gap-3 rounded-lg border bg-card p-4', tone === 'destructive' && 'border-destructive/40')}
    >
      <div className="flex flex-col gap-1">
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        {hint && <p className="text-sm text-muted-foreground">{hint}</p>}
      </div>
      {children}
    </section>
  );
}

/**
 * What went wrong with the last attempt: "this case changed — reload" with a reload button
 * for a stale version, otherwise the form-level message and any field errors the form does
 * not show next to a field of its own (`shown`).
 */
export function ActionFeedback({ state, shown = [] }: { state: CaseActionState; shown?: readonly string[] }) {
  const t = useTranslations('desk.caseForms');
  const tv = useTranslations('validation');
  if (state.formError === 'staleVersion') {
    return <StaleNotice message={t('stale')} onReload={state.reload} pending={state.pending} />;
  }
  const rest = Object.entries(state.fieldErrors).filter(([field]) => !shown.includes(field));
  return (
    <>
      <FormMessage error={state.formError} />
      {rest.length > 0 && (
        <ul aria-live="polite" className="list-disc pl-5 text-sm text-destructive">
          {rest.map(([field, key]) => (
            <li key={field}>{tv.has(key) ? tv(key) : key}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Someone else changed the record meanwhile, so nothing was done: says so, with a button that reloads it. */
export function StaleNotice({ message, onReload, pending }: { message: string; onReload: () => void; pending: boolean }) {
  const t = useTranslations('desk.caseForms');
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive sm:flex-row sm:items-center sm:justify-between"
    >
      <p>{message}</p>
      <Button type="button" size="sm" variant="outline" onClick={onReload} disabled={pending}>
        <RotateCw aria-hidden />
        {t('reload')}
      </Button>
    </div>
  );
}

/** An error key of the `validation` catalogue under a group of controls (a fieldset). */
export function GroupError({ id, error }: { id: string; error?: string }) {
  const tv = useTranslations('validation');
  if (!error) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {tv.has(error) ? tv(error) : error}
    </p>
  );
}

/**
 * The submit button, named with the action. With `confirm`, the first click only asks
 * (after `validate` passes) and a second click on the confirming button submits.
 */
export function ActionSubmit({
  label,
  pending,
  confirm,
  validate,
  variant = 'default',
}: {
  label: string;
  pending: boolean;
  confirm?: string;
  validate?: () => Promise<boolean>;
  variant?: 'default' | 'destructive' | 'outline';
}) {
  const t = useTranslations('desk.caseForms');
  const [confirming, setConfirming] = React.useState(false);
  if (!confirm) {
    return (
      <div>
        <Button type="submit" variant={variant} disabled={pending} aria-busy={pending || undefined}>
          {label}
        </Button>
      </div>
    );
  }
  if (!confirming) {
    return (
      <div>
        <Button
          type="button"
          variant="outline"
          disabled={pending}
          onClick={async () => {
            if (!validate || (await validate())) setConfirming(true);
          }}
        >
          {label}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-sm text-destructive">
        {t('confirmHint')}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="destructive" disabled={pending} aria-busy={pending || undefined} autoFocus>
          {confirm}
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={() => setConfirming(false)}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
