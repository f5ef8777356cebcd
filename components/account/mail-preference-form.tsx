'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { updateMailPreferenceAction } from '@/lib/actions/account';
import { mailPreferenceSchema } from '@/lib/validation/account';

export function MailPreferenceForm({ emailOptional }: { emailOptional: boolean }) {
  const t = useTranslations('mail.settings.form');
  const form = useZodForm(mailPreferenceSchema, { defaultValues: { emailOptional } });
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const { isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(false);
    const result = await updateMailPreferenceAction(values);
    if (result.ok) {
      form.reset(values);
      setSaved(true);
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage error={formError} />
      <label className="flex cursor-pointer items-start gap-3 rounded-md border bg-card p-3 text-sm has-[:checked]:border-primary">
        <input
          type="checkbox"
          role="switch"
          className="mt-0.5 size-4 accent-primary"
          aria-describedby="emailOptional-hint"
          {...form.register('emailOptional')}
        />
        <span className="flex flex-col gap-0.5">
          <span className="font-medium">{t('optional')}</span>
          <span id="emailOptional-hint" className="text-xs text-muted-foreground">
            {t('optionalHint')}
          </span>
        </span>
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? t('saving') : t('save')}
        </Button>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {saved && !isDirty ? t('saved') : null}
        </p>
      </div>
    </form>
  );
}
