'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ActionSubmit, GroupError } from '@/components/case-desk/action-parts';
import { FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { bulkReassignAction } from '@/lib/actions/reassign';
import { bulkReassignSchema } from '@/lib/validation/ratings';
import { AssigneeFields, type StaffOption } from './assignee-fields';

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
      <AssigneeFields
        idPrefix="bulk"
        options={options}
        labels={{ assignee: t('assignee'), choose: t('choose'), reason: t('reason') }}
        assignee={form.register('assigneeId')}
        reason={form.register('reason')}
        errors={{ assigneeId: form.formState.errors.assigneeId?.message, reason: form.formState.errors.reason?.message }}
      />
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
