'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Input } from '@/components/ui/input';
import { proposeCommitmentAction } from '@/lib/actions/case';
import { ActionFeedback, ActionSubmit, GroupError } from './action-parts';
import { toleranceFormSchema } from './form-schemas';
import { useCaseAction, type CaseRef } from './use-case-action';

export type ToleranceMaterial = { code: string; name: string; supplied: boolean };

/**
 * Propose tolerance (容缺受理): tick the missing non-core materials and give each a due date no
 * later than the promised limit counted from today; the commitment generated from them goes to
 * the applicant to sign, and the acceptance follows the signature.
 */
export function ToleranceForm({
  caseRef,
  proposed,
  label,
  materials,
  coreNames,
  missing,
  today,
  latest,
  latestLabel,
  promisedDays,
}: {
  caseRef: CaseRef;
  /** The materials and due dates of the commitment proposed before, if any: the form starts from them. */
  proposed: { code: string; dueDate: string }[] | null;
  label: string;
  /** The item's non-core materials: the only ones that may be tolerated. */
  materials: ToleranceMaterial[];
  coreNames: string[];
  /** Codes of the non-core materials the case lacks: each must be tolerated (the server's intake check). */
  missing: string[];
  today: string;
  latest: string;
  /** `latest` formatted for the reader. */
  latestLabel: string;
  promisedDays: number;
}) {
  const t = useTranslations('desk.caseForms.tolerance');
  const action = useCaseAction(caseRef);
  const schema = useMemo(() => toleranceFormSchema({ today, latest }, missing), [today, latest, missing]);
  const form = useZodForm(schema, {
    defaultValues: {
      materials: materials.map((m) => {
        const before = proposed?.find((p) => p.code === m.code);
        return {
          code: m.code,
          selected: before ? true : !proposed && missing.includes(m.code),
          dueDate: before?.dueDate ?? latest,
        };
      }),
    },
  });
  const selection = useWatch({ control: form.control, name: 'materials' }) ?? [];
  const errors = form.formState.errors;
  const groupError = errors.materials?.message ?? errors.materials?.root?.message ?? action.fieldErrors.tolerated;
  // The server reports a due date by its place in what was sent (tolerated.<k>.dueDate): back to the material.
  const sent = useRef<string[]>([]);
  const serverDueDateError = (code: string) => {
    const k = sent.current.indexOf(code);
    return k < 0 ? undefined : action.fieldErrors[`tolerated.${k}.dueDate`];
  };
  const shownErrors = ['tolerated', ...Object.keys(action.fieldErrors).filter((f) => f.startsWith('tolerated.'))];
  const onSubmit = form.handleSubmit(async (values) => {
    const tolerated = values.materials.filter((m) => m.selected).map((m) => ({ code: m.code, dueDate: m.dueDate }));
    sent.current = tolerated.map((m) => m.code);
    await action.run(() => proposeCommitmentAction({ caseId: caseRef.caseId, tolerated }));
  });

  return (
    <>
      {materials.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('noneEligible')}</p>
      ) : (
        <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
          <fieldset
            className="flex flex-col gap-2"
            aria-invalid={groupError ? true : undefined}
            aria-describedby={['tolerance-latest', groupError ? 'tolerance-error' : null].filter(Boolean).join(' ')}
          >
            <legend className="mb-1 text-sm font-medium">{t('materials')}</legend>
            <p id="tolerance-latest" className="text-xs text-muted-foreground">
              {t('latest', { date: latestLabel, days: promisedDays })}
              {coreNames.length > 0 && <> {t('coreExcluded', { names: coreNames.join('、') })}</>}
            </p>
            {materials.map((m, i) => {
              const selected = selection[i]?.selected ?? false;
              return (
                <div key={m.code} className="flex flex-col gap-2 rounded-md border p-3 has-[:checked]:border-primary">
                  <label className="flex cursor-pointer items-start gap-3 text-sm">
                    <input
                      type="checkbox"
                      aria-label={t('itemLabel', { name: m.name })}
                      className="mt-0.5 size-4 accent-primary"
                      {...form.register(`materials.${i}.selected`)}
                    />
                    <span className="flex flex-col gap-0.5">
                      <span className="font-medium">{m.name}</span>
                      <span className="text-xs text-muted-foreground">
                        {m.supplied ? t('uploaded') : t('notUploaded')}
                        {missing.includes(m.code) && <> · {t('mustTolerate')}</>}
                      </span>
                    </span>
                  </label>
                  {selected && (
                    <FormField
                      id={`tolerance-due-${i}`}
                      label={t('dueDateLabel', { name: m.name })}
                      error={errors.materials?.[i]?.dueDate?.message ?? serverDueDateError(m.code)}
                      className="sm:max-w-56"
                    >
                      <Input type="date" min={today} max={latest} {...form.register(`materials.${i}.dueDate`)} />
                    </FormField>
                  )}
                </div>
              );
            })}
            <GroupError id="tolerance-error" error={groupError} />
          </fieldset>
          <ActionFeedback state={action} shown={shownErrors} />
          <ActionSubmit label={label} pending={action.pending || form.formState.isSubmitting} />
        </form>
      )}
    </>
  );
}
