'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Textarea } from '@/components/ui/input';
import { claimTaskAction, decideTaskAction } from '@/lib/actions/tasks';
import { TASK_DECISIONS } from '@/lib/domain/combined-outcome';
import { ActionCard, ActionFeedback, ActionSubmit, GroupError } from './action-parts';
import { ConditionsFieldset } from './conditions-fieldset';
import { DeficiencyFieldset, deficiencyDefaults, selectedDeficiencies, type DeficiencyTarget } from './deficiency-list';
import { taskDecisionFormSchema } from './form-schemas';
import { useCaseAction } from './use-case-action';

type TaskRef = { caseId: string; caseVersion: number; taskId: string; version: number; round: number };

/** A reviewer takes their department's task (认领). */
export function TaskClaimForm({ task, assigneeName }: { task: TaskRef; assigneeName: string | null }) {
  const t = useTranslations('desk.task');
  const action = useCaseAction({ caseId: task.caseId, version: task.caseVersion });
  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => claimTaskAction({ taskId: task.taskId, version: task.version }));
      }}
    >
      <p className="text-sm text-muted-foreground">{assigneeName ? t('claimOther', { name: assigneeName }) : t('claimHint')}</p>
      <ActionFeedback state={action} />
      <ActionSubmit label={t('claim')} pending={action.pending} variant="outline" />
    </form>
  );
}

/**
 * A department's decision on its task of a combined case (DESIGN §7): approve, approve with
 * conditions, ask for a revision (the materials and answers ticked, each with a reason code),
 * deny with a reason, or find no approval of its own required. Sent with the task's version and
 * the round reviewed, so a decision on an outdated version is refused.
 */
export function TaskDecisionForm({ task, targets }: { task: TaskRef; targets: DeficiencyTarget[] }) {
  const t = useTranslations('desk.task');
  const ts = useTranslations('desk.caseForms.supplement');
  const action = useCaseAction({ caseId: task.caseId, version: task.caseVersion });
  const form = useZodForm(taskDecisionFormSchema, {
    defaultValues: { decision: 'approved', opinion: '', conditions: [{ text: '' }], items: deficiencyDefaults(targets) },
  });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const items = useWatch({ control: form.control, name: 'items' }) ?? [];
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(() =>
      decideTaskAction({
        taskId: task.taskId,
        version: task.version,
        round: task.round,
        decision: values.decision,
        opinion: values.opinion,
        conditions: values.decision === 'approved_with_conditions' ? values.conditions.map((c) => c.text).filter(Boolean) : [],
        revisionItems: values.decision === 'revision_required' ? selectedDeficiencies(values.items) : [],
      }),
    );
  });
  const conditionsError = errors.conditions?.message ?? errors.conditions?.root?.message ?? action.fieldErrors.conditions;
  const itemsError = errors.items?.message ?? errors.items?.root?.message ?? action.fieldErrors.revisionItems;

  return (
    <ActionCard id="task-decision" title={t('decide')} hint={t('decideHint')}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('decision')}</legend>
          {TASK_DECISIONS.map((d) => (
            <label key={d} className="flex cursor-pointer items-center gap-2 text-sm">
              <input type="radio" value={d} className="size-4 accent-primary" {...form.register('decision')} />
              {t(`decisions.${d}`)}
            </label>
          ))}
        </fieldset>

        {decision === 'approved_with_conditions' && (
          <ConditionsFieldset
            control={form.control}
            register={form.register}
            errors={errors}
            listError={conditionsError}
            idPrefix="task"
          />
        )}

        {decision === 'revision_required' && (
          <div className="flex flex-col gap-3">
            <DeficiencyFieldset
              kind="material"
              legend={ts('materials')}
              targets={targets}
              items={items}
              register={form.register}
              errors={errors}
              idPrefix="revision"
            />
            <DeficiencyFieldset
              kind="field"
              legend={ts('fields')}
              targets={targets}
              items={items}
              register={form.register}
              errors={errors}
              idPrefix="revision"
            />
            <GroupError id="task-items-error" error={itemsError} />
          </div>
        )}

        <FormField
          id="task-opinion"
          label={decision === 'denied' ? t('reason') : t('opinion')}
          error={errors.opinion?.message ?? action.fieldErrors.opinion}
        >
          <Textarea rows={3} maxLength={2000} {...form.register('opinion')} />
        </FormField>
        <ActionFeedback state={action} shown={['opinion', 'conditions', 'revisionItems']} />
        <ActionSubmit
          label={t('submit')}
          pending={action.pending || form.formState.isSubmitting}
          variant={decision === 'denied' ? 'destructive' : 'default'}
        />
      </form>
    </ActionCard>
  );
}
