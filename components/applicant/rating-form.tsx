'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FieldGroup, FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { rateCaseAction } from '@/lib/actions/ratings';
import { RATING_SCORES } from '@/lib/domain/ratings';
import { rateCaseSchema } from '@/lib/validation/ratings';

/** The five national levels as radio buttons, a comment, and the button; also changes one's own rating within the day. */
export function RatingForm({ caseId, current }: { caseId: string; current: { score: number; comment: string | null } | null }) {
  const t = useTranslations('ratings.form');
  const tl = useTranslations('ratings.levels');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(rateCaseSchema, {
    defaultValues: { caseId, score: current ? String(current.score) : undefined, comment: current?.comment ?? '' } as never,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await rateCaseAction(values);
    if (result.ok) startRefresh(() => router.refresh());
    else setFormError(applyActionErrors(form, result));
  });
  const pending = form.formState.isSubmitting || refreshing;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      <FieldGroup id="rating-score" label={t('score')} required error={form.formState.errors.score?.message}>
        <div className="flex flex-col gap-1.5">
          {RATING_SCORES.map((score) => (
            <label key={score} className="flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-1 text-sm hover:bg-muted">
              <input type="radio" value={String(score)} className="size-4" {...form.register('score')} />
              {tl(String(score))}
            </label>
          ))}
        </div>
      </FieldGroup>
      <FormField id="rating-comment" label={t('comment')} hint={t('commentHint')} error={form.formState.errors.comment?.message}>
        <Textarea rows={3} maxLength={1000} {...form.register('comment')} />
      </FormField>
      <FormMessage error={formError} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {current ? t('update') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
