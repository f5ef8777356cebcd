'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ActionSubmit } from '@/components/case-desk/action-parts';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Input, Textarea } from '@/components/ui/input';
import { clearCreditAction, recordCreditAction } from '@/lib/actions/credit';
import { creditClearSchema, creditRecordSchema } from '@/lib/validation/credit';

/** A manager records a credit record (失信) against the enterprise of a case, named by its number. */
export function RecordCreditForm() {
  const t = useTranslations('dashboard.creditForms');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const defaults = { reason: '', caseNumber: '' };
  const form = useZodForm(creditRecordSchema, { defaultValues: defaults });
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setDone(false);
    const result = await recordCreditAction(values);
    if (result.ok) {
      form.reset(defaults);
      setDone(true);
      startRefresh(() => router.refresh());
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('recordHeading')}>
      <FormField
        id="credit-record-case"
        label={t('caseNumber')}
        hint={t('caseNumberHint')}
        error={errors.caseNumber?.message}
        required
      >
        <Input {...form.register('caseNumber')} />
      </FormField>
      <FormField
        id="credit-record-reason"
        label={t('reason')}
        hint={t('recordReasonHint')}
        error={errors.reason?.message}
        required
      >
        <Textarea rows={2} maxLength={500} {...form.register('reason')} />
      </FormField>
      <FormMessage error={formError} />
      <ActionSubmit
        label={t('record')}
        pending={isSubmitting || refreshing}
        confirm={t('confirmRecord')}
        validate={() => form.trigger()}
        variant="destructive"
      />
      <p role="status" className="text-sm text-success">
        {done ? t('recorded') : null}
      </p>
    </form>
  );
}

/** A manager clears a record (信用修复) with the reason and the evidence the enterprise gave. */
export function ClearCreditForm({ recordId }: { recordId: string }) {
  const t = useTranslations('dashboard.creditForms');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const defaults = { recordId, reason: '', evidence: '' };
  const form = useZodForm(creditClearSchema, { defaultValues: defaults });
  const [formError, setFormError] = useState<string>();
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `credit-clear-${recordId}-${field}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await clearCreditAction(values);
    if (result.ok) {
      startRefresh(() => router.refresh());
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('clearHeading')}>
      <FormField id={id('reason')} label={t('clearingReason')} error={errors.reason?.message} required>
        <Textarea rows={2} maxLength={500} {...form.register('reason')} />
      </FormField>
      <FormField id={id('evidence')} label={t('evidence')} hint={t('evidenceHint')} error={errors.evidence?.message} required>
        <Textarea rows={2} maxLength={1000} {...form.register('evidence')} />
      </FormField>
      <FormMessage error={formError} />
      <ActionSubmit label={t('clear')} pending={isSubmitting || refreshing} validate={() => form.trigger()} />
    </form>
  );
}
