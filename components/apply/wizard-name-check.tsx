'use client';

import { useTranslations } from 'next-intl';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { NameCheckPanel } from '@/components/names/name-check-result';
import { shownAnswer, useNameCheck, type NamePartField } from '@/components/names/use-name-check';
import { Textarea } from '@/components/ui/input';
import { errorAt } from './resolver';
import type { WizardField, WizardValues } from './types';

/** The form of the name-reservation item: its answers compose a name the wizard checks live. */
export const NAME_FORM = 'name-reservation';

const PART_PATHS = ['formData.region', 'formData.tradeName', 'formData.industry', 'formData.organizationForm'] as const;

/**
 * The live verdict of the name the wizard's answers compose — the same check as the public
 * composer at /names. `enabled` false (another form) asks nothing.
 */
export function useWizardNameCheck(form: UseFormReturn<WizardValues>, enabled: boolean) {
  const values = useWatch({ control: form.control, name: PART_PATHS });
  const [region, tradeName, industry, organizationForm] = values.map((v) => (enabled && typeof v === 'string' ? v : ''));
  const parts: Record<NamePartField, string> = { region, tradeName, industry, organizationForm };
  const check = useNameCheck(parts);
  return { ...check, verdict: shownAnswer(check.state)?.verdict };
}

/**
 * The name step's check (DESIGN §5): the verdict with its rules and the nearest existing
 * names as the applicant types, and — when there are similar names — the statement of why
 * this one is not confusing, which the window reads beside the verdict.
 */
export function WizardNameCheck({ form, fields }: { form: UseFormReturn<WizardValues>; fields: WizardField[] }) {
  const t = useTranslations('applicant.wizard.nameCheck');
  const { state, retry, verdict } = useWizardNameCheck(form, true);
  const statement = fields.find((f) => f.onlyWhen === 'similarName');
  return (
    <section aria-labelledby="wizard-name-check" className="flex flex-col gap-4 rounded-lg border bg-muted/30 p-4">
      <div className="flex flex-col gap-1">
        <h3 id="wizard-name-check" className="font-semibold">
          {t('title')}
        </h3>
        <p className="text-sm text-muted-foreground">{t('intro')}</p>
      </div>
      <NameCheckPanel state={state} onRetry={retry} />
      {statement && verdict === 'similar' ? (
        <FormField
          id={`field-${statement.key}`}
          label={statement.label}
          hint={statement.hint}
          required
          error={errorAt(form, `formData.${statement.key}`)}
        >
          <Textarea rows={4} maxLength={2000} {...form.register(`formData.${statement.key}`)} />
        </FormField>
      ) : null}
    </section>
  );
}
