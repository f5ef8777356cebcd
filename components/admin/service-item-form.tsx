'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import { updateServiceItemAction } from '@/lib/actions/admin';
import { serviceItemEditSchema } from '@/lib/validation/admin';

export type ServiceItemFormValues = {
  code: string;
  baseVersion: number;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  keywords: string;
  statutoryDays: number;
  promisedDays: number;
  feeYuan: number;
  allowsTolerance: boolean;
  allowsPromise: boolean;
};

const FLAGS = ['allowsTolerance', 'allowsPromise'] as const;

export function ServiceItemForm({ defaults }: { defaults: ServiceItemFormValues }) {
  const t = useTranslations('admin.serviceEdit');
  const form = useZodForm(serviceItemEditSchema, { defaultValues: defaults });
  const [formError, setFormError] = useState<string>();
  const [savedVersion, setSavedVersion] = useState<number>();
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setSavedVersion(undefined);
    const result = await updateServiceItemAction(values);
    if (result.ok) {
      form.reset({ ...form.getValues(), baseVersion: result.data.version });
      setSavedVersion(result.data.version);
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  const asNumber = { valueAsNumber: true } as const;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormMessage error={formError} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t('sections.names')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField id="nameZh" label={t('nameZh')} error={errors.nameZh?.message}>
            <Input lang="zh-CN" {...form.register('nameZh')} />
          </FormField>
          <FormField id="nameEn" label={t('nameEn')} error={errors.nameEn?.message}>
            <Input lang="en" {...form.register('nameEn')} />
          </FormField>
          <FormField id="summaryZh" label={t('summaryZh')} error={errors.summaryZh?.message}>
            <Textarea lang="zh-CN" rows={5} {...form.register('summaryZh')} />
          </FormField>
          <FormField id="summaryEn" label={t('summaryEn')} error={errors.summaryEn?.message}>
            <Textarea lang="en" rows={5} {...form.register('summaryEn')} />
          </FormField>
          <FormField id="keywords" label={t('keywords')} hint={t('keywordsHint')} error={errors.keywords?.message}>
            <Textarea rows={4} {...form.register('keywords')} />
          </FormField>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t('sections.limits')}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField
            id="statutoryDays"
            label={t('statutoryDays')}
            hint={t('statutoryHint')}
            error={errors.statutoryDays?.message}
          >
            <Input type="number" inputMode="numeric" min={1} max={365} step={1} {...form.register('statutoryDays', asNumber)} />
          </FormField>
          <FormField id="promisedDays" label={t('promisedDays')} hint={t('promisedHint')} error={errors.promisedDays?.message}>
            <Input type="number" inputMode="numeric" min={1} max={365} step={1} {...form.register('promisedDays', asNumber)} />
          </FormField>
          <FormField id="feeYuan" label={t('feeYuan')} hint={t('feeHint')} error={errors.feeYuan?.message}>
            <Input type="number" inputMode="numeric" min={0} step={1} {...form.register('feeYuan', asNumber)} />
          </FormField>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-base font-semibold">{t('sections.options')}</legend>
        {FLAGS.map((flag) => (
          <label
            key={flag}
            className="flex cursor-pointer items-start gap-3 rounded-md border bg-card p-3 text-sm has-[:checked]:border-primary"
          >
            <input type="checkbox" className="mt-0.5 size-4 accent-primary" {...form.register(flag)} />
            <span className="flex flex-col gap-0.5">
              <span className="font-medium">{t(flag)}</span>
              <span className="text-xs text-muted-foreground">{t(`${flag}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? t('saving') : t('save')}
        </Button>
        <p role="status" className="text-sm text-success">
          {savedVersion !== undefined && !isDirty ? t('saved', { version: savedVersion }) : null}
        </p>
      </div>
    </form>
  );
}
