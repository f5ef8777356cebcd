'use client';

import { X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { FieldGroup } from '@/components/form/form-field';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { errorAt } from './resolver';
import type { WizardField, WizardValues } from './types';

/**
 * Several choices from a long standard list (the business scope): a filter to find them, the
 * chosen ones above the list where they can be removed again. The choices are kept as a list
 * of values in list order, whatever the filter shows.
 */
export function ChoiceList({ form, field }: { form: UseFormReturn<WizardValues>; field: WizardField }) {
  const t = useTranslations('applicant.wizard.choices');
  const id = useId();
  const [filter, setFilter] = useState('');
  const name = `formData.${field.key}` as const;
  const value = form.watch(name);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const error = errorAt(form, name);
  const choose = (code: string, on: boolean) => {
    const next = field.options.map((o) => o.value).filter((v) => (v === code ? on : chosen.includes(v)));
    form.setValue(name, next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted || !!error });
  };
  const needle = filter.trim().toLowerCase();
  const shown = needle ? field.options.filter((o) => o.label.toLowerCase().includes(needle)) : field.options;
  const labelOf = new Map(field.options.map((o) => [o.value, o.label]));

  return (
    <FieldGroup id={id} label={field.label} hint={field.hint} error={error} required={field.required}>
      <p className="text-sm" aria-live="polite">
        {t('chosen', { count: chosen.length, max: field.maxItems ?? field.options.length })}
      </p>
      {chosen.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('chosenLabel')}>
          {chosen.map((code) => (
            <li key={code}>
              <button
                type="button"
                onClick={() => choose(code, false)}
                className="inline-flex max-w-full items-center gap-1 rounded-md border bg-secondary px-2 py-1 text-left text-xs hover:bg-accent"
                aria-label={t('remove', { item: labelOf.get(code) ?? code })}
              >
                <span className="break-words">{labelOf.get(code) ?? code}</span>
                <X className="size-3 shrink-0" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Input
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        placeholder={t('filter')}
        aria-label={t('filterLabel', { field: field.label })}
      />
      <ul className="flex max-h-72 flex-col overflow-y-auto rounded-md border bg-card">
        {shown.map((o) => (
          <li key={o.value} className="border-b last:border-b-0">
            <label className="flex cursor-pointer items-start gap-2 px-3 py-2 text-sm hover:bg-accent">
              <input
                type="checkbox"
                className="mt-0.5 size-4 shrink-0"
                checked={chosen.includes(o.value)}
                onChange={(event) => choose(o.value, event.target.checked)}
              />
              <span className="flex-1">{o.label}</span>
              {o.tag ? <Badge variant="outline">{o.tag}</Badge> : null}
            </label>
          </li>
        ))}
        {shown.length === 0 ? <li className="px-3 py-2 text-sm text-muted-foreground">{t('noMatch')}</li> : null}
      </ul>
    </FieldGroup>
  );
}
