'use client';

import { useTranslations } from 'next-intl';
import { ActionCard, ActionFeedback, ActionSubmit } from '@/components/case-desk/action-parts';
import { useCaseAction, type CaseRef } from '@/components/case-desk/use-case-action';
import { useZodForm } from '@/components/form/use-zod-form';
import { reassignCaseAction, reassignTaskAction } from '@/lib/actions/reassign';
import { reassignCaseSchema } from '@/lib/validation/ratings';
import { AssigneeFields, type StaffOption } from './assignee-fields';

/**
 * The manager's reassignment (改派) of a case, or of one of its department tasks (`task`): only the
 * staff who could take it are listed, and a reason is required.
 */
export function ReassignCaseForm({
  caseRef,
  task,
  options,
  currentAssignee,
}: {
  caseRef: CaseRef;
  task?: { id: string; version: number; name: string };
  options: StaffOption[];
  currentAssignee: string | null;
}) {
  const t = useTranslations('reassign.form');
  const action = useCaseAction(caseRef);
  const form = useZodForm(reassignCaseSchema, { defaultValues: { ...caseRef, assigneeId: '', reason: '' } });
  const onSubmit = form.handleSubmit(async ({ assigneeId, reason }) => {
    await action.run(() =>
      task
        ? reassignTaskAction({ taskId: task.id, version: task.version, assigneeId, reason })
        : reassignCaseAction({ ...caseRef, assigneeId, reason }),
    );
  });
  const id = task ? `action-reassign-${task.id}` : 'action-reassign';
  const hint = currentAssignee ? t('hintAssigned', { name: currentAssignee }) : t('hintUnassigned');
  return (
    <ActionCard id={id} title={task ? t('taskTitle', { task: task.name }) : t('title')} hint={hint}>
      {options.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('noCandidates')}</p>
      ) : (
        <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
          <AssigneeFields
            idPrefix={id}
            options={options}
            labels={{ assignee: t('assignee'), choose: t('choose'), reason: t('reason') }}
            assignee={form.register('assigneeId')}
            reason={form.register('reason')}
            errors={{
              assigneeId: form.formState.errors.assigneeId?.message ?? action.fieldErrors.assigneeId,
              reason: form.formState.errors.reason?.message ?? action.fieldErrors.reason,
            }}
          />
          <ActionFeedback state={action} shown={['assigneeId', 'reason']} />
          <ActionSubmit label={t('submit')} pending={action.pending || form.formState.isSubmitting} />
        </form>
      )}
    </ActionCard>
  );
}
