'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { keyProjectSettingsAction } from '@/lib/actions/key-projects';
import type { KeyProjectLevel, KeyProjectProgramme } from '@/lib/domain/key-projects';
import { keyProjectSettingsSchema } from '@/lib/validation/key-projects';

export type KeyProjectSettingsValues = {
  level: KeyProjectLevel;
  programme: KeyProjectProgramme;
  plannedYuan: number;
  continuing: boolean;
  startedOn: string | null;
  annualPlanYuan: number;
};

const LEVELS: KeyProjectLevel[] = ['provincial', 'municipal', 'zone'];
const PROGRAMMES: KeyProjectProgramme[] = ['key', 'urban_upgrading'];
const toWan = (yuan: number) => String(yuan / 10_000);

/**
 * A manager marks a project key (no `current`) or edits it. Amounts in 万元, as the monthly reports
 * enter them; the plan is this year's.
 */
export function KeyProjectSettingsForm({
  projectId,
  year,
  current,
}: {
  projectId: string;
  year: number;
  current?: KeyProjectSettingsValues;
}) {
  const t = useTranslations('keyProjects.manageForms.settings');
  const tLevel = useTranslations('keyProjects.levels');
  const tProgramme = useTranslations('keyProjects.programmes');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const form = useZodForm(keyProjectSettingsSchema, {
    defaultValues: {
      projectId,
      year,
      level: current?.level ?? 'zone',
      programme: current?.programme ?? 'key',
      plannedWan: current ? toWan(current.plannedYuan) : '',
      annualPlanWan: current ? toWan(current.annualPlanYuan) : '',
      continuing: current?.continuing ?? false,
      startedOn: current?.startedOn ?? '',
    },
  });
  // The action parses the form's own input again (in 万元), not the yuan the schema turns it into.
  const submit = form.handleSubmit(async () => {
    setFormError(undefined);
    setDone(false);
    const result = await keyProjectSettingsAction(form.getValues());
    if (result.ok) {
      setDone(true);
      startRefresh(() => router.refresh());
    } else setFormError(applyActionErrors(form, result));
  });
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="key-level" label={t('level')} error={errors.level?.message} required>
          <NativeSelect {...form.register('level')}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {tLevel(level)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="key-programme" label={t('programme')} error={errors.programme?.message} required>
          <NativeSelect {...form.register('programme')}>
            {PROGRAMMES.map((programme) => (
              <option key={programme} value={programme}>
                {tProgramme(programme)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="key-planned" label={t('plannedWan')} error={errors.plannedWan?.message} required>
          <Input type="number" inputMode="decimal" min={0} step="0.01" {...form.register('plannedWan')} />
        </FormField>
        <FormField id="key-annual-plan" label={t('annualPlanWan', { year })} error={errors.annualPlanWan?.message} required>
          <Input type="number" inputMode="decimal" min={0} step="0.01" {...form.register('annualPlanWan')} />
        </FormField>
        <FormField id="key-started" label={t('startedOn')} hint={t('startedOnHint')} error={errors.startedOn?.message}>
          <Input type="date" {...form.register('startedOn')} />
        </FormField>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" className="size-4 accent-primary" {...form.register('continuing')} />
          {t('continuing')}
        </label>
      </div>
      <FormMessage error={formError} />
      {done && (
        <p role="status" className="text-sm text-green-700">
          {t('saved')}
        </p>
      )}
      <Button type="submit" disabled={form.formState.isSubmitting || refreshing} className="self-start">
        {current ? t('save') : t('mark')}
      </Button>
    </form>
  );
}
