'use client';

import { useTranslations } from 'next-intl';
import * as React from 'react';
import { Label } from '@/components/ui/label';
import { waitForDisplay } from '@/lib/domain/back-off';
import { cn } from '@/lib/utils';

/**
 * A labelled control with its error linked by aria-describedby. `error` is a key of the
 * `validation` catalogue, as zod schemas and the data layer produce them.
 */
export function FormField({
  id,
  label,
  error,
  hint,
  required,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** Marks the label with an asterisk (hidden from the accessible name) and the control with aria-required. */
  required?: boolean;
  className?: string;
  children: React.ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean }>;
}) {
  const t = useTranslations('validation');
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </Label>
      {React.cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        ...(required ? { 'aria-required': true } : {}),
      })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {t.has(error) ? t(error) : error}
        </p>
      )}
    </div>
  );
}

/** The asterisk of a required field: seen, not read out (the control says aria-required). */
function RequiredMark() {
  return (
    <span aria-hidden className="ml-0.5 text-destructive">
      *
    </span>
  );
}

/**
 * A group of controls answering one question (a list of choices, the rows of a table) under a
 * legend, with its hint and its error linked by aria-describedby, as `FormField` does for one.
 */
export function FieldGroup({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations('validation');
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="mb-1.5 text-sm font-medium">
        {label}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {t.has(error) ? t(error) : error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The form-level message of a failed action, announced to screen readers; a throttled one says how long to wait. */
export function FormMessage({ error, retryAfterMs }: { error?: string; retryAfterMs?: number }) {
  const t = useTranslations('errors');
  return (
    <div aria-live="polite" className="min-h-0">
      {error && (
        <p className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {error === 'throttled' ? t('throttled', waitForDisplay(retryAfterMs ?? 0)) : t.has(error) ? t(error) : t('unexpected')}
        </p>
      )}
    </div>
  );
}
