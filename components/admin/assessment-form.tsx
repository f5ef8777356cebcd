'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { SitePlan } from '@/components/projects/site-plan';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { createAssessmentAction, updateAssessmentAction } from '@/lib/actions/project';
import { ASSESSMENT_KIND_NAMES, ASSESSMENT_KINDS } from '@/lib/domain/assessment-kinds';
import { geometryProblem, parseGeometryText } from '@/lib/domain/geometry';
import { ZONE_BOUNDARY } from '@/lib/domain/zone';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { assessmentSchema } from '@/lib/validation/project';

export type AssessmentFormValues = {
  kind: string;
  nameZh: string;
  nameEn: string;
  documentNumber: string;
  areaText: string;
  validFrom: string;
  validUntil: string;
};

/** Creates or changes a regional assessment; its area (GeoJSON from the assessment's GIS files) is drawn on the zone's plan as it is pasted. */
export function AssessmentForm({ assessmentId, defaults }: { assessmentId?: string; defaults: AssessmentFormValues }) {
  const t = useTranslations('admin.assessments.form');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const form = useZodForm(assessmentSchema, { defaultValues: defaults as z.input<typeof assessmentSchema> });
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const { errors, isSubmitting } = form.formState;
  const [areaText, kind] = useWatch({ control: form.control, name: ['areaText', 'kind'] });
  const parsed = parseGeometryText(String(areaText ?? ''));
  const preview = parsed.ok && !geometryProblem(parsed.geometry) ? parsed.geometry : null;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    setSaved(false);
    const values = form.getValues();
    const result = assessmentId
      ? await updateAssessmentAction({ ...values, assessmentId })
      : await createAssessmentAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(form, result));
      return;
    }
    if (assessmentId) {
      form.reset(values);
      setSaved(true);
      router.refresh();
    } else {
      router.push(`/admin/assessments/${result.data.id}`);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage error={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="kind" label={t('kind')} error={errors.kind?.message} required>
          <NativeSelect {...form.register('kind')}>
            <option value="">{t('chooseKind')}</option>
            {ASSESSMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {pickLanguage(ASSESSMENT_KIND_NAMES[k], locale)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField
          id="documentNumber"
          label={t('documentNumber')}
          hint={t('documentNumberHint')}
          error={errors.documentNumber?.message}
          required
        >
          <Input lang="zh-CN" {...form.register('documentNumber')} />
        </FormField>
      </div>
      <FormField id="nameZh" label={t('nameZh')} error={errors.nameZh?.message} required>
        <Input lang="zh-CN" {...form.register('nameZh')} />
      </FormField>
      <FormField id="nameEn" label={t('nameEn')} error={errors.nameEn?.message} required>
        <Input lang="en" {...form.register('nameEn')} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="validFrom" label={t('validFrom')} error={errors.validFrom?.message} required>
          <Input type="date" {...form.register('validFrom')} />
        </FormField>
        <FormField id="validUntil" label={t('validUntil')} hint={t('validityHint')} error={errors.validUntil?.message} required>
          <Input type="date" {...form.register('validUntil')} />
        </FormField>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <FormField id="areaText" label={t('area')} hint={t('areaHint')} error={errors.areaText?.message} required>
          <Textarea rows={10} spellCheck={false} className="font-mono text-xs" {...form.register('areaText')} />
        </FormField>
        <SitePlan
          id="assessment-area-preview"
          zone={ZONE_BOUNDARY}
          areas={
            preview ? [{ id: 'preview', kind: String(kind ?? ''), label: t('preview.area'), area: preview, inactive: false }] : []
          }
          parcel={null}
          labels={{ title: t('preview.title'), description: t('preview.description'), zone: t('preview.zone'), parcel: '' }}
        />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('saving') : assessmentId ? t('save') : t('create')}
        </Button>
        <p role="status" className="text-sm text-success">
          {saved ? t('saved') : null}
        </p>
      </div>
    </form>
  );
}
