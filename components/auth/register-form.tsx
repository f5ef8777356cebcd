'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { registerAction } from '@/lib/actions/session';
import { registerSchema } from '@/lib/validation/auth';

export function RegisterForm() {
  const t = useTranslations('auth.register');
  const router = useRouter();
  const form = useZodForm(registerSchema, {
    defaultValues: {
      name: '',
      email: '',
      phone: '',
      password: '',
      confirmPassword: '',
      enterpriseMode: 'create',
      enterpriseName: '',
    },
  });
  const [failure, setFailure] = useState<{ formError?: string; retryAfterMs?: number }>({});
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure({});
    const result = await registerAction(values);
    if (result.ok) {
      router.push('/my');
      router.refresh();
      return;
    }
    setFailure({ formError: applyActionErrors(form, result), retryAfterMs: result.retryAfterMs });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage error={failure.formError} retryAfterMs={failure.retryAfterMs} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="name" label={t('name')} error={errors.name?.message}>
          <Input autoComplete="name" {...form.register('name')} />
        </FormField>
        <FormField id="phone" label={t('phone')} error={errors.phone?.message}>
          <Input type="tel" inputMode="numeric" autoComplete="tel" {...form.register('phone')} />
        </FormField>
      </div>
      <FormField id="email" label={t('email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register('email')} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="password" label={t('password')} hint={t('passwordHint')} error={errors.password?.message}>
          <Input type="password" autoComplete="new-password" {...form.register('password')} />
        </FormField>
        <FormField id="confirmPassword" label={t('confirmPassword')} error={errors.confirmPassword?.message}>
          <Input type="password" autoComplete="new-password" {...form.register('confirmPassword')} />
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t('enterprise')}</legend>
        {(['create', 'join'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-sm">
            <input type="radio" value={mode} {...form.register('enterpriseMode')} />
            {mode === 'create' ? t('modeCreate') : t('modeJoin')}
          </label>
        ))}
      </fieldset>
      <FormField
        id="enterpriseName"
        label={t('enterpriseName')}
        hint={t('enterpriseHint')}
        error={errors.enterpriseName?.message}
      >
        <Input autoComplete="organization" {...form.register('enterpriseName')} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
      <p className="text-sm text-muted-foreground">
        {t('haveAccount')}{' '}
        <Link href="/login" className="text-primary underline underline-offset-4">
          {t('signIn')}
        </Link>
      </p>
    </form>
  );
}
