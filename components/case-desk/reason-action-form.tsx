'use client';

import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Textarea } from '@/components/ui/input';
import type { Transition } from '@/lib/domain/workflow';
import { ActionCard, ActionFeedback, ActionSubmit } from './action-parts';
import { reasonFormSchema } from './form-schemas';
import { useCaseAction, type CaseRef } from './use-case-action';

/** An action that must say why: refuse (不予受理), suspend (中止), revoke (撤销). */
export function ReasonActionForm({
  caseRef,
  transition,
  label,
  hint,
  reasonLabel,
  confirm,
}: {
  caseRef: CaseRef;
  transition: Transition;
  label: string;
  hint?: string;
  reasonLabel: string;
  confirm?: string;
}) {
  const action = useCaseAction(caseRef);
  const form = useZodForm(reasonFormSchema, { defaultValues: { reason: '' } });
  const id = `action-${transition}`;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.send({ transition, reason: values.reason });
  });
  return (
    <ActionCard id={id} title={label} hint={hint} tone={confirm ? 'destructive' : 'default'}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
        <FormField
          id={`${id}-reason`}
          label={reasonLabel}
          error={form.formState.errors.reason?.message ?? action.fieldErrors.reason}
        >
          <Textarea rows={3} maxLength={1000} {...form.register('reason')} />
        </FormField>
        <ActionFeedback state={action} shown={['reason']} />
        <ActionSubmit
          key={action.attempt}
          label={label}
          pending={action.pending || form.formState.isSubmitting}
          confirm={confirm}
          validate={() => form.trigger()}
        />
      </form>
    </ActionCard>
  );
}
