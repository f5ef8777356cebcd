'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { useZodForm } from '@/components/form/use-zod-form';
import { ActionCard, ActionFeedback, ActionSubmit, GroupError } from './action-parts';
import { DeficiencyFieldset, deficiencyDefaults, selectedDeficiencies, type DeficiencyTarget } from './deficiency-list';
import { supplementFormSchema } from './form-schemas';
import { useCaseAction, type CaseRef } from './use-case-action';

export type SupplementTarget = DeficiencyTarget;

/**
 * The one-time notice (一次性告知): every deficient material and form answer ticked at once,
 * each with a reason code and an optional note, sent as one notice.
 */
export function SupplementForm({ caseRef, targets }: { caseRef: CaseRef; targets: SupplementTarget[] }) {
  const t = useTranslations('desk.caseForms.supplement');
  const ta = useTranslations('desk.actions');
  const action = useCaseAction(caseRef);
  const form = useZodForm(supplementFormSchema, {
    defaultValues: {
      items: deficiencyDefaults(targets),
    },
  });
  const items = useWatch({ control: form.control, name: 'items' }) ?? [];
  const count = items.filter((i) => i?.selected).length;
  const errors = form.formState.errors;
  const groupError = errors.items?.message ?? errors.items?.root?.message ?? action.fieldErrors.supplementItems;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.send({
      transition: 'request_supplement',
      supplementItems: selectedDeficiencies(values.items),
    });
  });

  const group = (kind: SupplementTarget['kind'], legend: string) => (
    <DeficiencyFieldset
      kind={kind}
      legend={legend}
      targets={targets}
      items={items}
      register={form.register}
      errors={errors}
      idPrefix="supplement"
    />
  );

  return (
    <ActionCard id="action-request_supplement" title={ta('request_supplement')} hint={t('hint')}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        {group('material', t('materials'))}
        {group('field', t('fields'))}
        <GroupError id="supplement-error" error={groupError} />
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t('selected', { count })}
        </p>
        <ActionFeedback state={action} shown={['supplementItems']} />
        <ActionSubmit label={ta('request_supplement')} pending={action.pending || form.formState.isSubmitting} />
      </form>
    </ActionCard>
  );
}
