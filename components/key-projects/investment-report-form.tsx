'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { investmentReportAction } from '@/lib/actions/key-projects';
import { investmentReportSchema } from '@/lib/validation/key-projects';

export type ReportableMonth = { month: string; current: { id: string; amountYuan: number } | null };

/**
 * The owner's (or officer's) monthly investment report. Choosing a month already reported turns the
 * form into a correction of that figure, which needs a reason; the old figure stays in the history.
 */
export function InvestmentReportForm({ projectId, months }: { projectId: string; months: ReportableMonth[] }) {
  const t = useTranslations('keyProjects.reportForm');
  const format = useFormatter();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const latest = months.at(-1);
  const form = useZodForm(investmentReportSchema, {
    defaultValues: {
      projectId,
      month: latest?.month ?? '',
      amountWan: '',
      note: '',
      reason: '',
      correctsReportId: latest?.current?.id,
    },
  });
  const month = form.watch('month');
  const current = months.find((m) => m.month === month)?.current ?? null;
  // The action parses the form's own input again (in 万元), not the yuan the schema turns it into.
  const submit = form.handleSubmit(async () => {
    setFormError(undefined);
    setDone(false);
    const input = { ...form.getValues(), correctsReportId: current?.id };
    const result = await investmentReportAction(input);
    if (result.ok) {
      setDone(true);
      form.reset({ ...input, amountWan: '', note: '', reason: '' });
      startRefresh(() => router.refresh());
    } else setFormError(applyActionErrors(form, result));
  });
  const pending = form.formState.isSubmitting || refreshing;
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="report-month" label={t('month')} error={errors.month?.message}>
          <NativeSelect
            {...form.register('month', {
              onChange: (e: { target: { value: string } }) =>
                form.setValue('correctsReportId', months.find((m) => m.month === e.target.value)?.current?.id),
            })}
          >
            {months.map((m) => (
              <option key={m.month} value={m.month}>
                {m.month.slice(0, 7)}
                {m.current ? ` · ${t('reported')}` : ''}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="report-amount" label={t('amountWan')} hint={t('amountHint')} error={errors.amountWan?.message} required>
          <Input type="number" inputMode="decimal" min={0} step="0.01" {...form.register('amountWan')} />
        </FormField>
      </div>
      {current ? (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t('currentFigure', { amount: format.number(current.amountYuan / 10_000, { maximumFractionDigits: 2 }) })}
          </p>
          <FormField id="report-reason" label={t('reason')} hint={t('reasonHint')} error={errors.reason?.message} required>
            <Textarea rows={2} maxLength={500} {...form.register('reason')} />
          </FormField>
        </>
      ) : (
        <FormField id="report-note" label={t('note')} error={errors.note?.message}>
          <Input maxLength={500} {...form.register('note')} />
        </FormField>
      )}
      <FormMessage error={formError} />
      {done && (
        <p role="status" className="text-sm text-green-700">
          {t('saved')}
        </p>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {current ? t('correct') : t('submit')}
      </Button>
    </form>
  );
}
