'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useWatch } from 'react-hook-form';
import { ActionSubmit, GroupError, StaleNotice } from '@/components/case-desk/action-parts';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Textarea } from '@/components/ui/input';
import { changeLicenceStatusAction } from '@/lib/actions/licence';
import { STATUS_REASON_MAX_LENGTH, type LicenceStatus, type LicenceStatusChange } from '@/lib/domain/licence-status';
import { licenceStatusChangeSchema } from '@/lib/validation/licence';

/**
 * Suspend, reinstate or revoke a licence with a reason, for its registration authority. The
 * status the page shows goes with the change, so a licence someone else changed meanwhile is
 * not changed blindly ("reload"); revoking asks for a second click. The page refreshes after.
 */
export function LicenceStatusForm({
  creditCode,
  status,
  changes,
}: {
  creditCode: string;
  status: LicenceStatus;
  changes: readonly { change: LicenceStatusChange; to: LicenceStatus }[];
}) {
  const t = useTranslations('licences.statusForm');
  const tv = useTranslations('validation');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const form = useZodForm(licenceStatusChangeSchema, { defaultValues: { creditCode, reason: '' } });
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<LicenceStatusChange>();
  /** Counts failed attempts: the revoke confirmation asks again after a failure. */
  const [attempt, setAttempt] = useState(0);
  const to = useWatch({ control: form.control, name: 'to' });
  const chosen = changes.find((c) => c.to === to);
  const { errors, isSubmitting } = form.formState;
  const stale = errors.expectedStatus?.message;
  const reload = () => {
    form.clearErrors('expectedStatus');
    startRefresh(() => router.refresh());
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setDone(undefined);
    // The status this page shows is the one the change is made from.
    const result = await changeLicenceStatusAction({ ...values, expectedStatus: status });
    if (result.ok) {
      form.reset({ creditCode, reason: '' });
      setDone(chosen?.change);
      startRefresh(() => router.refresh());
      return;
    }
    const error = applyActionErrors(form, result);
    // A stale status has its own message below; the generic "conflict" would only repeat it.
    setFormError(result.fieldErrors?.expectedStatus ? undefined : error);
    setAttempt((n) => n + 1);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={errors.to ? 'licence-change-error' : undefined}
        aria-invalid={errors.to ? true : undefined}
      >
        <legend className="mb-1 text-sm font-medium">{t('legend')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {changes.map((c) => (
            <label
              key={c.change}
              className="flex cursor-pointer items-start gap-3 rounded-md border bg-card p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent"
            >
              <input type="radio" value={c.to} className="mt-0.5 size-4 accent-primary" {...form.register('to')} />
              <span className="flex flex-col gap-0.5">
                <span className="font-medium">{t(`changes.${c.change}`)}</span>
                <span className="text-xs text-muted-foreground">{t(`hints.${c.change}`)}</span>
              </span>
            </label>
          ))}
        </div>
        <GroupError id="licence-change-error" error={errors.to?.message} />
      </fieldset>
      <FormField
        id="licence-change-reason"
        label={t('reason')}
        hint={t('reasonHint', { max: STATUS_REASON_MAX_LENGTH })}
        error={errors.reason?.message}
        required
      >
        <Textarea rows={3} maxLength={STATUS_REASON_MAX_LENGTH} {...form.register('reason')} />
      </FormField>
      <FormMessage error={formError} />
      {stale && <StaleNotice message={tv.has(stale) ? tv(stale) : stale} onReload={reload} pending={refreshing} />}
      <ActionSubmit
        key={`${attempt}-${chosen?.change}`}
        label={chosen ? t(`submit.${chosen.change}`) : t('submit.none')}
        pending={isSubmitting || refreshing}
        confirm={chosen?.change === 'revoke' ? t('confirmRevoke') : undefined}
        validate={() => form.trigger()}
        variant={chosen?.change === 'revoke' ? 'destructive' : 'default'}
      />
      <p role="status" className="text-sm text-success">
        {done ? t(`done.${done}`) : null}
      </p>
    </form>
  );
}
