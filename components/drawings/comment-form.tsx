'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { StaleNotice } from '@/components/case-desk/action-parts';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { addDrawingCommentAction } from '@/lib/actions/drawings';
import { DRAWING_COMMENT_MAX_LENGTH } from '@/lib/domain/drawing-comments';
import { drawingCommentSchema } from '@/lib/validation/drawings';

export type PinPosition = { sheet: number; x: number; y: number };

/** The comment for a pin the reviewer just placed on a sheet of the current version. */
export function CommentForm({
  caseId,
  materialId,
  pin,
  onClose,
}: {
  caseId: string;
  materialId: string;
  pin: PinPosition;
  onClose: () => void;
}) {
  const t = useTranslations('drawings.review');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(drawingCommentSchema, { defaultValues: { caseId, materialId, ...pin, body: '' } });
  const { errors, isSubmitting } = form.formState;
  const body = useRef<HTMLTextAreaElement | null>(null);
  const { ref: bodyRef, ...bodyField } = form.register('body');

  // Another click moves the pin, keeping what was typed; the form comes into view with its field ready.
  useEffect(() => {
    form.setValue('sheet', pin.sheet);
    form.setValue('x', pin.x);
    form.setValue('y', pin.y);
    body.current?.focus();
  }, [form, pin.sheet, pin.x, pin.y]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await addDrawingCommentAction(values);
    if (result.ok) {
      onClose();
      startRefresh(() => router.refresh());
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  // The sheet, the position and the version are set by the click, not typed: a problem with them is the form's.
  const placement = errors.sheet?.message ?? errors.x?.message ?? errors.y?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h3 className="font-semibold">{t('form.heading', { sheet: pin.sheet })}</h3>
      <FormField
        id="drawing-comment-body"
        label={t('form.body')}
        hint={t('form.bodyHint', { max: DRAWING_COMMENT_MAX_LENGTH })}
        error={errors.body?.message ?? placement}
        required
      >
        <Textarea
          rows={4}
          maxLength={DRAWING_COMMENT_MAX_LENGTH}
          {...bodyField}
          ref={(element) => {
            bodyRef(element);
            body.current = element;
          }}
        />
      </FormField>
      {formError === 'staleVersion' ? (
        <StaleNotice message={t('form.stale')} onReload={() => startRefresh(() => router.refresh())} pending={refreshing} />
      ) : (
        <FormMessage error={formError} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting || refreshing} aria-busy={isSubmitting || undefined}>
          {t('form.submit')}
        </Button>
        <Button type="button" variant="outline" onClick={onClose}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
