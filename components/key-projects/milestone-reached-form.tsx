'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { milestoneReachedAction } from '@/lib/actions/key-projects';
import { milestoneReachedSchema } from '@/lib/validation/key-projects';

/** The task force records the day a milestone was reached. */
export function MilestoneReachedForm({
  projectId,
  milestoneId,
  name,
  today,
}: {
  projectId: string;
  milestoneId: string;
  name: string;
  today: string;
}) {
  const t = useTranslations('keyProjects.milestoneForm');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(milestoneReachedSchema, { defaultValues: { projectId, milestoneId, actualOn: today } });
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await milestoneReachedAction(values);
    if (result.ok) startRefresh(() => router.refresh());
    else setFormError(applyActionErrors(form, result));
  });
  return (
    <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <FormField id={`milestone-${milestoneId}`} label={t('actualOn', { name })} error={form.formState.errors.actualOn?.message}>
        <Input type="date" max={today} {...form.register('actualOn')} />
      </FormField>
      <Button type="submit" size="sm" variant="outline" disabled={form.formState.isSubmitting || refreshing}>
        {t('submit')}
      </Button>
      <FormMessage error={formError} />
    </form>
  );
}
