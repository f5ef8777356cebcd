'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import type { StaffOption } from '@/components/reassign/assignee-fields';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { taskForceAction } from '@/lib/actions/key-projects';
import { taskForceSchema } from '@/lib/validation/key-projects';

/**
 * A manager sets a key project's task force ("one project, one team"): the lead, one of the officers,
 * and members from the departments' staff.
 */
export function TaskForceForm({
  projectId,
  officers,
  staff,
  leadId,
  memberIds,
}: {
  projectId: string;
  officers: StaffOption[];
  staff: StaffOption[];
  leadId: string | null;
  memberIds: string[];
}) {
  const t = useTranslations('keyProjects.manageForms.taskForce');
  const tv = useTranslations('validation');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const form = useZodForm(taskForceSchema, { defaultValues: { projectId, leadId: leadId ?? '', memberIds } });
  const submit = form.handleSubmit(async () => {
    setFormError(undefined);
    setDone(false);
    const result = await taskForceAction(form.getValues());
    if (result.ok) {
      setDone(true);
      startRefresh(() => router.refresh());
    } else setFormError(applyActionErrors(form, result));
  });
  const errors = form.formState.errors;
  const membersError = errors.memberIds?.message ?? errors.memberIds?.root?.message;
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <FormField id="task-force-lead" label={t('lead')} error={errors.leadId?.message}>
        <NativeSelect {...form.register('leadId')}>
          <option value="">{t('noLead')}</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={membersError ? 'task-force-members-error' : undefined}
        aria-invalid={membersError ? true : undefined}
      >
        <legend className="mb-1 text-sm font-medium">{t('members')}</legend>
        <div className="flex max-h-64 flex-col gap-1 overflow-y-auto rounded-md border p-2">
          {staff.map((s) => (
            <label key={s.id} className="flex cursor-pointer items-center gap-2 rounded px-1 py-1.5 text-sm hover:bg-accent">
              <input type="checkbox" value={s.id} className="size-4 accent-primary" {...form.register('memberIds')} />
              {s.label}
            </label>
          ))}
        </div>
        {membersError && (
          <p id="task-force-members-error" className="text-sm text-destructive">
            {tv.has(membersError) ? tv(membersError) : membersError}
          </p>
        )}
      </fieldset>
      <FormMessage error={formError} />
      {done && (
        <p role="status" className="text-sm text-green-700">
          {t('saved')}
        </p>
      )}
      <Button type="submit" variant="outline" disabled={form.formState.isSubmitting || refreshing} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
