'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { createProjectAction, updateProjectAction } from '@/lib/actions/project';
import { areaM2, parseParcelText } from '@/lib/domain/geometry';
import { PROJECT_INDUSTRIES, PROJECT_INDUSTRY_CODES } from '@/lib/domain/project-code';
import { PROJECT_STAGES, PROJECT_STAGE_NAMES } from '@/lib/domain/project-stages';
import { ZONE_BOUNDARY } from '@/lib/domain/zone';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { projectSchema } from '@/lib/validation/project';
import { SitePlan } from './site-plan';

export type ProjectFormValues = {
  enterpriseId: string;
  name: string;
  siteParcel: string;
  parcelText: string;
  totalInvestmentWan: string;
  landAreaM2: string;
  floorAreaM2: string;
  industry: string;
  stage: string;
};

/**
 * Creates a project or changes one. The parcel is typed as the boundary points of the land
 * documents (or pasted as GeoJSON) and drawn in the zone's outline as it is typed, with its
 * area, so a swapped coordinate is seen before the server refuses it.
 */
export function ProjectForm({
  projectId,
  defaults,
  enterprises,
}: {
  /** Editing this project; creating when absent. */
  projectId?: string;
  defaults: ProjectFormValues;
  /** The enterprises the viewer may create a project for (one only when editing). */
  enterprises: { id: string; name: string }[];
}) {
  const t = useTranslations('projects.form');
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const router = useRouter();
  // An unchosen industry starts as '', which the schema refuses until one is chosen.
  const form = useZodForm(projectSchema, { defaultValues: defaults as z.input<typeof projectSchema> });
  const [formError, setFormError] = useState<string>();
  const { errors, isSubmitting } = form.formState;
  const parcelText = useWatch({ control: form.control, name: 'parcelText' }) ?? '';
  const preview = parseParcelText(String(parcelText));
  const previewArea = preview.ok && preview.geometry.coordinates[0].length >= 4 ? areaM2(preview.geometry) : null;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    const values = form.getValues();
    const result = projectId ? await updateProjectAction({ ...values, projectId }) : await createProjectAction(values);
    if (result.ok) {
      router.push(`/projects/${result.data.id}`);
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage error={formError} />
      {enterprises.length > 1 ? (
        <FormField id="enterpriseId" label={t('enterprise')} error={errors.enterpriseId?.message} required>
          <NativeSelect {...form.register('enterpriseId')}>
            <option value="">{t('chooseEnterprise')}</option>
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : (
        <p className="text-sm text-muted-foreground">{t('forEnterprise', { enterprise: enterprises[0]?.name ?? '' })}</p>
      )}
      <FormField id="name" label={t('name')} hint={t('nameHint')} error={errors.name?.message} required>
        <Input lang="zh-CN" {...form.register('name')} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="industry" label={t('industry')} error={errors.industry?.message} required>
          <NativeSelect {...form.register('industry')}>
            <option value="">{t('chooseIndustry')}</option>
            {PROJECT_INDUSTRY_CODES.map((code) => (
              <option key={code} value={code}>
                {code} {pickLanguage(PROJECT_INDUSTRIES[code], locale)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="stage" label={t('stage')} hint={t('stageHint')} error={errors.stage?.message} required>
          <NativeSelect {...form.register('stage')}>
            {PROJECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {pickLanguage(PROJECT_STAGE_NAMES[stage], locale)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="totalInvestmentWan" label={t('investment')} error={errors.totalInvestmentWan?.message} required>
          <Input type="number" inputMode="decimal" min={0} step="any" {...form.register('totalInvestmentWan')} />
        </FormField>
        <FormField id="landAreaM2" label={t('landArea')} error={errors.landAreaM2?.message} required>
          <Input type="number" inputMode="numeric" min={1} step={1} {...form.register('landAreaM2')} />
        </FormField>
        <FormField id="floorAreaM2" label={t('floorArea')} error={errors.floorAreaM2?.message} required>
          <Input type="number" inputMode="numeric" min={1} step={1} {...form.register('floorAreaM2')} />
        </FormField>
      </div>
      <FormField id="siteParcel" label={t('siteParcel')} hint={t('siteParcelHint')} error={errors.siteParcel?.message} required>
        <Input lang="zh-CN" {...form.register('siteParcel')} />
      </FormField>
      <div className="grid gap-4 lg:grid-cols-2">
        <FormField id="parcelText" label={t('parcel')} hint={t('parcelHint')} error={errors.parcelText?.message} required>
          <Textarea
            rows={8}
            spellCheck={false}
            className="font-mono text-sm"
            placeholder={t('parcelPlaceholder')}
            {...form.register('parcelText')}
          />
        </FormField>
        <div className="flex flex-col gap-2">
          <SitePlan
            id="parcel-preview"
            zone={ZONE_BOUNDARY}
            areas={[]}
            parcel={preview.ok && previewArea !== null ? preview.geometry : null}
            labels={{
              title: t('preview.title'),
              description: t('preview.description'),
              zone: t('preview.zone'),
              parcel: t('preview.parcel'),
            }}
          />
          <p role="status" className="text-sm text-muted-foreground">
            {previewArea !== null ? t('preview.area', { area: format.number(Math.round(previewArea)) }) : t('preview.none')}
          </p>
        </div>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('saving') : projectId ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
