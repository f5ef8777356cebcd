'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { followUpReplyAction } from '@/lib/actions/ratings';
import { followUpReplySchema } from '@/lib/validation/ratings';

/** The enterprise's reply to the follow-up's result: satisfied, or not (saying why), which reopens it. */
export function FollowUpReplyForm({ caseId, followUpId, version }: { caseId: string; followUpId: string; version: number }) {
  const t = useTranslations('ratings.reply');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(followUpReplySchema, { defaultValues: { caseId, followUpId, version, satisfied: true, reply: '' } });
  const send = (satisfied: boolean) =>
    form.handleSubmit(async (values) => {
      setFormError(undefined);
      const result = await followUpReplyAction({ ...values, satisfied });
      if (result.ok) startRefresh(() => router.refresh());
      else setFormError(applyActionErrors(form, result));
    });
  const pending = form.formState.isSubmitting || refreshing;
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-3">
      <FormField id="follow-up-reply" label={t('label')} hint={t('hint')} error={form.formState.errors.reply?.message}>
        <Textarea rows={2} maxLength={1000} {...form.register('reply')} />
      </FormField>
      <FormMessage error={formError} />
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          disabled={pending}
          onClick={() => {
            form.setValue('satisfied', true);
            void send(true)();
          }}
        >
          {t('satisfied')}
        </Button>
        <Button
          type="button"
          variant="outline"
          disabled={pending}
          onClick={() => {
            form.setValue('satisfied', false);
            void send(false)();
          }}
        >
          {t('notSatisfied')}
        </Button>
      </div>
    </form>
  );
}
