'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ActionSubmit, GroupError } from '@/components/case-desk/action-parts';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { NativeSelect, Textarea } from '@/components/ui/input';
import { bulkReassignAction } from '@/lib/actions/reassign';
import { bulkReassignSchema } from '@/lib/validation/ratings';
import type { StaffOption } from './reassign-case-form';

/** Hands all of one person's open work to a stand-in, after a confirming second click. */
export function BulkReassignForm({
  fromId,
  fromName,
  count,
  options,
}: {
  fromId: string;
  fromName: string;
  count: number;
  options: StaffOption[];
}) {
  const t = useTranslations('reassign.bulk');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<{ cases: number; tasks: number } | null>(null);
  const form = useZodForm(bulkReassignSchema, { defaultValues: { fromId, assigneeId: '', reason: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await bulkReassignAction(values);
    if (result.ok) {
      setDone(result.data);
      startRefresh(() => router.refresh());
      return;
    }
    setFormError(applyActionErrors(form, result));
  });
  if (done) {
    return (
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {t('done', { cases: done.cases, tasks: done.tasks })}
      </p>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <FormField id="bulk-assignee" label={t('assignee')} required error={form.formState.errors.assigneeId?.message}>
        <NativeSelect {...form.register('assigneeId')}>
          <option value="">{t('choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="bulk-reason" label={t('reason')} required error={form.formState.errors.reason?.message}>
        <Textarea rows={2} maxLength={500} {...form.register('reason')} />
      </FormField>
      <GroupError id="bulk-from-error" error={form.formState.errors.fromId?.message} />
      <FormMessage error={formError} />
      <ActionSubmit
        label={t('submit', { count })}
        confirm={t('confirm', { count, name: fromName })}
        pending={form.formState.isSubmitting || refreshing}
        validate={() => form.trigger()}
      />
    </form>
  );
}
