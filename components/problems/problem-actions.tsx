'use client';

import { useTranslations } from 'next-intl';
import { ActionFeedback, ActionSubmit } from '@/components/case-desk/action-parts';
import { useCaseAction } from '@/components/case-desk/use-case-action';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { NativeSelect, Textarea } from '@/components/ui/input';
import { changeProblemAction } from '@/lib/actions/problems';
import type { ProblemChange } from '@/lib/domain/problems';
import { changeProblemSchema } from '@/lib/validation/problems';

/** Changes that record a text: the note, the result, the reason for reopening. */
const WITH_TEXT: readonly ProblemChange[] = ['note', 'resolve', 'reopen'];

/** The changes this viewer may make to a problem now: exactly those the state table offers them. */
export function ProblemActions({
  problemId,
  version,
  offered,
  departments,
}: {
  problemId: string;
  version: number;
  offered: ProblemChange[];
  /** The departments the owner may bring in, named in the reader's language. */
  departments: { id: string; name: string }[];
}) {
  if (!offered.length) return null;
  return (
    <div className="flex flex-col gap-3">
      {offered.map((change) => (
        <ChangeForm
          key={`${change}-${version}`}
          problemId={problemId}
          version={version}
          change={change}
          departments={departments}
        />
      ))}
    </div>
  );
}

function ChangeForm({
  problemId,
  version,
  change,
  departments,
}: {
  problemId: string;
  version: number;
  change: ProblemChange;
  departments: { id: string; name: string }[];
}) {
  const t = useTranslations('problems.actions');
  // The desk's action hook: it refreshes on success and turns a stale version into "reload".
  const action = useCaseAction({ caseId: problemId, version });
  const form = useZodForm(changeProblemSchema, { defaultValues: { problemId, version, change, text: '', departmentId: '' } });
  const id = `problem-${problemId}-${change}`;
  // The raw values: the server parses them with the same schema (an empty department becomes null there).
  const onSubmit = form.handleSubmit(async () => {
    await action.run(() => changeProblemAction(form.getValues()));
  });
  const errors = form.formState.errors;
  const hint = t.has(`${change}.hint`) ? t(`${change}.hint`) : null;
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-2 rounded-md border bg-card p-3"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {t(`${change}.title`)}
      </h3>
      {hint && change !== 'bring_in_department' ? <p className="text-sm text-muted-foreground">{hint}</p> : null}
      {WITH_TEXT.includes(change) ? (
        <FormField
          id={`${id}-text`}
          label={t(`${change}.label`)}
          required
          error={errors.text?.message ?? action.fieldErrors.text}
        >
          <Textarea rows={3} maxLength={2000} {...form.register('text')} />
        </FormField>
      ) : null}
      {change === 'bring_in_department' ? (
        <FormField
          id={`${id}-department`}
          label={t('bring_in_department.label')}
          hint={hint ?? undefined}
          required
          error={errors.departmentId?.message ?? action.fieldErrors.departmentId}
        >
          <NativeSelect {...form.register('departmentId')}>
            <option value="">{t('bring_in_department.choose')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : null}
      <ActionFeedback state={action} shown={['text', 'departmentId']} />
      <ActionSubmit
        label={t(`${change}.submit`)}
        pending={action.pending || form.formState.isSubmitting}
        variant={change === 'take' || change === 'take_over' || change === 'note' ? 'outline' : 'default'}
      />
    </form>
  );
}
