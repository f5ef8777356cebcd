'use client';

import { useTranslations } from 'next-intl';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Textarea } from '@/components/ui/input';
import { ActionCard, ActionFeedback, ActionSubmit } from './action-parts';
import { ConditionsFieldset } from './conditions-fieldset';
import { approveFormSchema, conditionsFormSchema, denyFormSchema } from './form-schemas';
import { useCaseAction, type CaseRef } from './use-case-action';

/** The reviewer approves (批准), with an optional opinion. */
export function ApproveForm({ caseRef }: { caseRef: CaseRef }) {
  const t = useTranslations('desk.caseForms.approve');
  const ta = useTranslations('desk.actions');
  const action = useCaseAction(caseRef);
  const form = useZodForm(approveFormSchema, { defaultValues: { opinion: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    await action.send({ transition: 'approve', opinion: values.opinion });
  });
  return (
    <ActionCard id="action-approve" title={ta('approve')} hint={t('hint')}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
        <FormField
          id="approve-opinion"
          label={t('opinion')}
          error={form.formState.errors.opinion?.message ?? action.fieldErrors.opinion}
        >
          <Textarea rows={3} maxLength={2000} {...form.register('opinion')} />
        </FormField>
        <ActionFeedback state={action} shown={['opinion']} />
        <ActionSubmit label={ta('approve')} pending={action.pending || form.formState.isSubmitting} />
      </form>
    </ActionCard>
  );
}

/** The reviewer approves with conditions (附条件批准): at least one condition, added and removed freely. */
export function ConditionalApproveForm({ caseRef }: { caseRef: CaseRef }) {
  const t = useTranslations('desk.caseForms.conditions');
  const ta = useTranslations('desk.actions');
  const action = useCaseAction(caseRef);
  const form = useZodForm(conditionsFormSchema, { defaultValues: { conditions: [{ text: '' }], opinion: '' } });
  const errors = form.formState.errors;
  const listError = errors.conditions?.message ?? errors.conditions?.root?.message ?? action.fieldErrors.conditions;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.send({
      transition: 'approve_with_conditions',
      conditions: values.conditions.map((c) => c.text).filter(Boolean),
      opinion: values.opinion,
    });
  });
  return (
    <ActionCard id="action-approve_with_conditions" title={ta('approve_with_conditions')} hint={t('hint')}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
        <ConditionsFieldset
          control={form.control}
          register={form.register}
          errors={errors}
          listError={listError}
          idPrefix="approve"
        />
        <FormField id="conditions-opinion" label={t('opinion')} error={errors.opinion?.message ?? action.fieldErrors.opinion}>
          <Textarea rows={3} maxLength={2000} {...form.register('opinion')} />
        </FormField>
        <ActionFeedback state={action} shown={['conditions', 'opinion']} />
        <ActionSubmit label={ta('approve_with_conditions')} pending={action.pending || form.formState.isSubmitting} />
      </form>
    </ActionCard>
  );
}

/** The reviewer denies (不予许可): a reason is required, and the denial asks for a second click. */
export function DenyForm({ caseRef }: { caseRef: CaseRef }) {
  const t = useTranslations('desk.caseForms');
  const ta = useTranslations('desk.actions');
  const action = useCaseAction(caseRef);
  const form = useZodForm(denyFormSchema, { defaultValues: { reason: '', opinion: '' } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.send({ transition: 'deny', reason: values.reason, opinion: values.opinion });
  });
  return (
    <ActionCard id="action-deny" title={ta('deny')} hint={t('deny.hint')} tone="destructive">
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
        <FormField id="deny-reason" label={t('deny.reason')} error={errors.reason?.message ?? action.fieldErrors.reason}>
          <Textarea rows={3} maxLength={1000} {...form.register('reason')} />
        </FormField>
        <FormField id="deny-opinion" label={t('deny.opinion')} error={errors.opinion?.message ?? action.fieldErrors.opinion}>
          <Textarea rows={2} maxLength={2000} {...form.register('opinion')} />
        </FormField>
        <ActionFeedback state={action} shown={['reason', 'opinion']} />
        <ActionSubmit
          key={action.attempt}
          label={ta('deny')}
          confirm={t('confirm.deny')}
          validate={() => form.trigger()}
          pending={action.pending || form.formState.isSubmitting}
        />
      </form>
    </ActionCard>
  );
}
