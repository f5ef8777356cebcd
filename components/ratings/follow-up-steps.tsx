'use client';

import { useTranslations } from 'next-intl';
import { ActionFeedback, ActionSubmit } from '@/components/case-desk/action-parts';
import { useCaseAction } from '@/components/case-desk/use-case-action';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Input, Textarea } from '@/components/ui/input';
import { followUpStepAction } from '@/lib/actions/ratings';
import type { FollowUpChange } from '@/lib/domain/ratings';
import { followUpStepSchema } from '@/lib/validation/ratings';

type Step = 'take' | 'call_back' | 'rectify' | 'close';
const STEPS: readonly Step[] = ['take', 'call_back', 'rectify', 'close'];

/** The steps this officer or manager may take on a follow-up now: exactly those the state table offers. */
export function FollowUpSteps({
  followUpId,
  version,
  offered,
}: {
  followUpId: string;
  version: number;
  offered: FollowUpChange[];
}) {
  const steps = STEPS.filter((s) => offered.includes(s));
  if (!steps.length) return null;
  return (
    <div className="flex flex-col gap-3">
      {steps.map((step) => (
        <StepForm key={`${step}-${version}`} followUpId={followUpId} version={version} step={step} />
      ))}
    </div>
  );
}

function StepForm({ followUpId, version, step }: { followUpId: string; version: number; step: Step }) {
  const t = useTranslations('ratings.steps');
  // The action hook is the desk's: it refreshes on success and keeps a stale version's "reload".
  const action = useCaseAction({ caseId: followUpId, version });
  const form = useZodForm(followUpStepSchema, { defaultValues: { followUpId, version, change: step, text: '', calledAt: '' } });
  const id = `follow-up-${followUpId}-${step}`;
  // The raw values: the server parses the typed local time itself.
  const onSubmit = form.handleSubmit(async () => {
    await action.run(() => followUpStepAction(form.getValues()));
  });
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-2 rounded-md border p-3" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {t(`${step}.title`)}
      </h3>
      {step === 'take' ? (
        <p className="text-sm text-muted-foreground">{t('take.hint')}</p>
      ) : (
        <FormField id={`${id}-text`} label={t(`${step}.label`)} required error={errors.text?.message ?? action.fieldErrors.text}>
          <Textarea rows={2} maxLength={1000} {...form.register('text')} />
        </FormField>
      )}
      {step === 'call_back' ? (
        <FormField
          id={`${id}-at`}
          label={t('call_back.at')}
          hint={t('call_back.atHint')}
          error={errors.calledAt?.message ?? action.fieldErrors.calledAt}
        >
          <Input type="datetime-local" {...form.register('calledAt')} />
        </FormField>
      ) : null}
      <ActionFeedback state={action} shown={['text', 'calledAt']} />
      <ActionSubmit
        label={t(`${step}.submit`)}
        pending={action.pending || form.formState.isSubmitting}
        variant={step === 'take' ? 'outline' : 'default'}
      />
    </form>
  );
}
