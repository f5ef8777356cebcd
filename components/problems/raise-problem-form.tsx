'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage, FormField } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { raiseProblemAction } from '@/lib/actions/problems';
import { PROBLEM_KINDS } from '@/lib/domain/problems';
import { raiseProblemSchema } from '@/lib/validation/problems';

/** The enterprise raises a problem; then its page opens, where documents can be attached. */
export function RaiseProblemForm({
  enterprises,
  enterpriseId,
}: {
  enterprises: { id: string; name: string }[];
  enterpriseId: string;
}) {
  const t = useTranslations('problems.raise');
  const tk = useTranslations('problems.kinds');
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(raiseProblemSchema, { defaultValues: { enterpriseId, title: '', description: '' } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await raiseProblemAction(values).catch(() => ({ ok: false as const, formError: 'unexpected' }));
    if (result.ok) {
      router.push(`/my/problems/${result.data.id}`);
      return;
    }
    setFormError(applyActionErrors(form, result));
  });
  return (
    <form noValidate onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4">
      {enterprises.length > 1 ? (
        <FormField id="problem-enterprise" label={t('enterprise')} required error={errors.enterpriseId?.message}>
          <NativeSelect {...form.register('enterpriseId')}>
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : null}
      <FormField id="problem-kind" label={t('kind')} required error={errors.kind?.message}>
        <NativeSelect {...form.register('kind')}>
          <option value="">{t('chooseKind')}</option>
          {PROBLEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="problem-title" label={t('titleLabel')} hint={t('titleHint')} required error={errors.title?.message}>
        <Input maxLength={120} {...form.register('title')} />
      </FormField>
      <FormField
        id="problem-description"
        label={t('description')}
        hint={t('descriptionHint')}
        required
        error={errors.description?.message}
      >
        <Textarea rows={6} maxLength={4000} {...form.register('description')} />
      </FormField>
      <FormMessage error={formError === 'invalid' ? undefined : formError} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
