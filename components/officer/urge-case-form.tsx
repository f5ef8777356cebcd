'use client';

import { useTranslations } from 'next-intl';
import { ActionCard, ActionFeedback, ActionSubmit } from '@/components/case-desk/action-parts';
import { useCaseAction, type CaseRef } from '@/components/case-desk/use-case-action';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Textarea } from '@/components/ui/input';
import { urgeCaseAction } from '@/lib/actions/officer';
import { urgeCaseSchema } from '@/lib/validation/officer';

/** The paired officer urges (催办) whoever holds the case: the note goes to them and into the timeline. */
export function UrgeCaseForm({ caseRef, assigneeName }: { caseRef: CaseRef; assigneeName: string }) {
  const t = useTranslations('officer.urge');
  const action = useCaseAction(caseRef);
  const form = useZodForm(urgeCaseSchema, { defaultValues: { caseId: caseRef.caseId, note: '' } });
  const onSubmit = form.handleSubmit(async (input) => {
    if (await action.run(() => urgeCaseAction(input))) form.reset({ caseId: caseRef.caseId, note: '' });
  });
  return (
    <ActionCard id="action-urge" title={t('title')} hint={t('hint', { name: assigneeName })}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
        <FormField id="action-urge-note" label={t('note')} error={form.formState.errors.note?.message ?? action.fieldErrors.note}>
          <Textarea rows={2} maxLength={500} {...form.register('note')} />
        </FormField>
        <ActionFeedback state={action} shown={['note']} />
        <ActionSubmit label={t('submit')} pending={action.pending || form.formState.isSubmitting} />
      </form>
    </ActionCard>
  );
}
