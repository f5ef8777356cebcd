'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { addMilestoneAction } from '@/lib/actions/key-projects';
import { addMilestoneSchema } from '@/lib/validation/key-projects';

/** A manager adds a milestone to a key project, with the day it is planned for. */
export function AddMilestoneForm({ projectId }: { projectId: string }) {
  const t = useTranslations('keyProjects.manageForms.milestone');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(addMilestoneSchema, { defaultValues: { projectId, name: '', plannedOn: '' } });
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await addMilestoneAction(values);
    if (result.ok) {
      form.reset({ projectId, name: '', plannedOn: '' });
      startRefresh(() => router.refresh());
    } else setFormError(applyActionErrors(form, result));
  });
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem]">
        <FormField id="milestone-name" label={t('name')} error={errors.name?.message} required>
          <Input maxLength={200} {...form.register('name')} />
        </FormField>
        <FormField id="milestone-planned" label={t('plannedOn')} error={errors.plannedOn?.message} required>
          <Input type="date" {...form.register('plannedOn')} />
        </FormField>
      </div>
      <FormMessage error={formError} />
      <Button type="submit" variant="outline" disabled={form.formState.isSubmitting || refreshing} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
