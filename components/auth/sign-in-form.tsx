'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { signInAction } from '@/lib/actions/session';
import { signInSchema } from '@/lib/validation/auth';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth.signIn');
  const form = useZodForm(signInSchema, { defaultValues: { email: '', password: '' } });
  const [failure, setFailure] = useState<{ formError?: string; retryAfterMs?: number }>({});
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure({});
    // On success the action redirects; it only returns on failure.
    const result = await signInAction({ ...values, callbackUrl });
    if (!result.ok) setFailure(result);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage error={failure.formError} retryAfterMs={failure.retryAfterMs} />
      <FormField id="email" label={t('email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register('email')} />
      </FormField>
      <FormField id="password" label={t('password')} error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register('password')} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
      <p className="text-sm text-muted-foreground">
        {t('noAccount')}{' '}
        <Link href="/register" className="text-primary underline underline-offset-4">
          {t('register')}
        </Link>
      </p>
    </form>
  );
}
