'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import { useWatch } from 'react-hook-form';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { removeCalendarYearAction, saveCalendarYearAction } from '@/lib/actions/calendar';
import { calendarYearSchema, parseCalendarDays } from '@/lib/validation/calendar';

export type CalendarYearFormValues = { year: number; source: string; days: string };

/**
 * Enters or replaces one year's holidays and adjusted working days. Every malformed line is
 * listed with its number, from the same parser the server action runs.
 */
export function CalendarYearForm({
  defaults,
  builtinLastYear,
  editing,
}: {
  defaults: CalendarYearFormValues;
  builtinLastYear: number;
  editing: boolean;
}) {
  const t = useTranslations('admin.calendar.form');
  const tv = useTranslations('validation');
  const form = useZodForm(calendarYearSchema, { defaultValues: defaults });
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<{ year: number; holidays: number; workdays: number }>();
  const { errors, isSubmitting, isDirty } = form.formState;
  const [year, daysText] = useWatch({ control: form.control, name: ['year', 'days'] });

  const daysError = errors.days?.message;
  const lineErrors = useMemo(
    () =>
      daysError === 'calendarDays' ? parseCalendarDays(daysText ?? '', Number.isInteger(year) ? year : undefined).errors : [],
    [daysError, daysText, year],
  );

  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    setSaved(undefined);
    // The action parses the form as typed (the textarea), not the parsed days.
    const result = await saveCalendarYearAction(form.getValues());
    if (result.ok) {
      form.reset(form.getValues());
      setSaved(result.data);
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  const describedBy = ['days-hint', daysError ? 'days-error' : null].filter(Boolean).join(' ');
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage error={formError} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <FormField
          id="year"
          label={t('year')}
          hint={t('yearHint', { year: String(builtinLastYear) })}
          error={errors.year?.message}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={builtinLastYear + 1}
            step={1}
            readOnly={editing}
            {...form.register('year', { valueAsNumber: true })}
          />
        </FormField>
        <FormField id="source" label={t('source')} hint={t('sourceHint')} error={errors.source?.message}>
          <Input lang="zh-CN" {...form.register('source')} />
        </FormField>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="days">{t('days')}</Label>
        <Textarea
          id="days"
          lang="zh-CN"
          rows={12}
          spellCheck={false}
          className="font-mono"
          aria-invalid={daysError ? true : undefined}
          aria-describedby={describedBy}
          {...form.register('days')}
        />
        <p id="days-hint" className="text-xs text-muted-foreground">
          {t('daysHint')} {t('replaceNote')}
        </p>
        {daysError && (
          <div id="days-error" className="text-sm text-destructive">
            <p>{tv.has(daysError) ? tv(daysError) : daysError}</p>
            {lineErrors.length > 0 && (
              <ul aria-label={t('lineErrors')} className="mt-1 list-disc pl-5">
                {lineErrors.map((e) => (
                  <li key={e.line}>{t(`lineError.${e.error}`, { line: e.line, year: String(year) })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting || (editing && !isDirty)}>
          {isSubmitting ? t('saving') : t('save')}
        </Button>
        <p role="status" className="text-sm text-success">
          {saved && !isDirty
            ? t('saved', { year: String(saved.year), holidays: saved.holidays, workdays: saved.workdays })
            : null}
        </p>
      </div>
    </form>
  );
}

/** Withdraws an entered year after a confirmation; its deadlines become provisional again. */
export function RemoveCalendarYearButton({ year }: { year: number }) {
  const t = useTranslations('admin.calendar.years');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const onClick = () => {
    if (!window.confirm(t('confirmRemove', { year: String(year) }))) return;
    setError(undefined);
    startTransition(async () => {
      const result = await removeCalendarYearAction({ year });
      if (!result.ok) setError(result.formError ?? 'unexpected');
    });
  };
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={onClick}
        disabled={pending}
        aria-label={t('removeLabel', { year: String(year) })}
      >
        {pending ? t('removing') : t('remove')}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
