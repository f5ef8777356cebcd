'use client';

import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { Input } from '@/components/ui/input';
import type { WizardValues } from './types';

export function ContactStep({ form }: { form: UseFormReturn<WizardValues> }) {
  const t = useTranslations('applicant.wizard.contact');
  const errors = form.formState.errors.contact;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">{t('intro')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="contact-name" label={t('name')} error={errors?.name?.message} required>
          <Input autoComplete="name" {...form.register('contact.name')} />
        </FormField>
        <FormField id="contact-phone" label={t('phone')} hint={t('phoneHint')} error={errors?.phone?.message} required>
          <Input type="tel" inputMode="tel" autoComplete="tel" {...form.register('contact.phone')} />
        </FormField>
      </div>
      <FormField id="contact-email" label={t('email')} error={errors?.email?.message}>
        <Input type="email" autoComplete="email" {...form.register('contact.email')} />
      </FormField>
    </div>
  );
}
