'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { publishServiceItemAction } from '@/lib/actions/admin';
import { PROJECT_STAGE_NAMES, PROJECT_STAGES } from '@/lib/domain/project-stages';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { AUDIENCES, FORM_KEYS, SERVICE_KINDS, serviceItemSchema, type ServiceItemFormValues } from '@/lib/validation/catalogue';
import { BilingualListEditor, Checkbox, DepartmentsEditor, MaterialsEditor, type Choice } from './service-item-parts';

const FLAGS = ['allowsTolerance', 'allowsPromise'] as const;
const TEXT_LISTS = ['legalBasis', 'conditions', 'howToApply', 'promiseClauses'] as const;

/**
 * Creates an item (no `baseVersion`) or edits every part of one; each save publishes a new
 * version. The schema is the one the action parses with, composition rules included.
 */
export function ServiceItemForm({
  defaults,
  departments,
  departmentItems,
}: {
  defaults: ServiceItemFormValues;
  departments: Choice[];
  /** Items a stage item may bundle: the catalogue's department items. */
  departmentItems: Choice[];
}) {
  const t = useTranslations('admin.serviceEdit');
  const tk = useTranslations('common.kinds');
  const ta = useTranslations('common.audiences');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const form = useZodForm(serviceItemSchema, { defaultValues: defaults });
  const [formError, setFormError] = useState<string>();
  const [savedVersion, setSavedVersion] = useState<number>();
  const { errors, isSubmitting, isDirty } = form.formState;
  const isNew = defaults.baseVersion === null;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setSavedVersion(undefined);
    // The action parses the form's own values again, with the same schema.
    const result = await publishServiceItemAction(form.getValues());
    if (!result.ok) {
      setFormError(applyActionErrors(form, result));
      return;
    }
    if (isNew) {
      router.push(`/admin/catalogue/${encodeURIComponent(values.code)}`);
      return;
    }
    form.reset({ ...form.getValues(), baseVersion: result.data.version });
    setSavedVersion(result.data.version);
    router.refresh();
  });

  const asNumber = { valueAsNumber: true } as const;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <FormMessage error={formError} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t('sections.identity')}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <FormField
            id="code"
            label={t('code')}
            hint={isNew ? t('codeHint') : t('codeFixed')}
            error={errors.code?.message}
            required
          >
            <Input className="font-mono" autoCapitalize="characters" readOnly={!isNew} {...form.register('code')} />
          </FormField>
          <FormField id="kind" label={t('kind')} error={errors.kind?.message} required>
            <NativeSelect {...form.register('kind')}>
              {SERVICE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="audience" label={t('audience')} error={errors.audience?.message} required>
            <NativeSelect {...form.register('audience')}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {ta(a)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="leadDepartmentCode" label={t('leadDepartment')} error={errors.leadDepartmentCode?.message} required>
            <NativeSelect {...form.register('leadDepartmentCode')}>
              <option value="">{t('choose')}</option>
              {departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {pickLanguage(d.name, locale)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="formKey" label={t('formKey')} error={errors.formKey?.message} required>
            <NativeSelect {...form.register('formKey')}>
              {FORM_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`forms.${k}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="stage" label={t('stage')} hint={t('stageHint')} error={errors.stage?.message}>
            <NativeSelect {...form.register('stage')}>
              <option value="">{t('noStage')}</option>
              {PROJECT_STAGES.map((s) => (
                <option key={s} value={s}>
                  {pickLanguage(PROJECT_STAGE_NAMES[s], locale)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t('sections.names')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField id="nameZh" label={t('nameZh')} error={errors.nameZh?.message} required>
            <Input lang="zh-CN" {...form.register('nameZh')} />
          </FormField>
          <FormField id="nameEn" label={t('nameEn')} error={errors.nameEn?.message} required>
            <Input lang="en" {...form.register('nameEn')} />
          </FormField>
          <FormField id="summaryZh" label={t('summaryZh')} error={errors.summaryZh?.message} required>
            <Textarea lang="zh-CN" rows={5} {...form.register('summaryZh')} />
          </FormField>
          <FormField id="summaryEn" label={t('summaryEn')} error={errors.summaryEn?.message} required>
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
            required
          >
            <Input type="number" inputMode="numeric" min={1} max={365} step={1} {...form.register('statutoryDays', asNumber)} />
          </FormField>
          <FormField
            id="promisedDays"
            label={t('promisedDays')}
            hint={t('promisedHint')}
            error={errors.promisedDays?.message}
            required
          >
            <Input type="number" inputMode="numeric" min={1} max={365} step={1} {...form.register('promisedDays', asNumber)} />
          </FormField>
          <FormField id="feeYuan" label={t('feeYuan')} hint={t('feeHint')} error={errors.feeYuan?.message} required>
            <Input type="number" inputMode="numeric" min={0} step={1} {...form.register('feeYuan', asNumber)} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-base font-semibold">{t('sections.options')}</legend>
        {FLAGS.map((flag) => (
          <div key={flag} className="rounded-md border bg-card p-3">
            <Checkbox id={flag} label={t(flag)} hint={t(`${flag}Hint`)} {...form.register(flag)} />
          </div>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-6">
        <legend className="mb-2 text-base font-semibold">{t('sections.texts')}</legend>
        {TEXT_LISTS.map((name) => (
          <BilingualListEditor key={name} form={form} name={name} label={t(`lists.${name}`)} />
        ))}
      </fieldset>

      <DepartmentsEditor form={form} departments={departments} departmentItems={departmentItems} locale={locale} />
      <MaterialsEditor form={form} departments={departments} locale={locale} />

      <div className="sticky bottom-0 -mx-4 flex flex-col gap-3 border-t bg-background/95 px-4 py-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting || (!isNew && !isDirty)}>
          {isSubmitting ? t('saving') : isNew ? t('create') : t('save')}
        </Button>
        <p role="status" className="text-sm text-success">
          {savedVersion !== undefined && !isDirty ? t('saved', { version: savedVersion }) : null}
        </p>
      </div>
    </form>
  );
}
