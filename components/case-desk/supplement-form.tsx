'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { useZodForm } from '@/components/form/use-zod-form';
import { Input, NativeSelect } from '@/components/ui/input';
import { SUPPLEMENT_REASONS } from '@/lib/validation/case';
import { ActionCard, ActionFeedback, ActionSubmit, GroupError } from './action-parts';
import { supplementFormSchema } from './form-schemas';
import { useCaseAction, type CaseRef } from './use-case-action';

export type SupplementTarget = { kind: 'material' | 'field'; code: string; name: string; supplied: boolean };

/**
 * The one-time notice (一次性告知): every deficient material and form answer ticked at once,
 * each with a reason code and an optional note, sent as one notice.
 */
export function SupplementForm({ caseRef, targets }: { caseRef: CaseRef; targets: SupplementTarget[] }) {
  const t = useTranslations('desk.caseForms.supplement');
  const ta = useTranslations('desk.actions');
  const tr = useTranslations('desk.supplementReasons');
  const action = useCaseAction(caseRef);
  const form = useZodForm(supplementFormSchema, {
    defaultValues: {
      items: targets.map((x) => ({
        kind: x.kind,
        code: x.code,
        selected: false,
        reason: x.kind === 'material' && !x.supplied ? ('missing' as const) : ('incomplete' as const),
        note: '',
      })),
    },
  });
  const items = useWatch({ control: form.control, name: 'items' }) ?? [];
  const count = items.filter((i) => i?.selected).length;
  const errors = form.formState.errors;
  const groupError = errors.items?.message ?? errors.items?.root?.message ?? action.fieldErrors.supplementItems;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.send({
      transition: 'request_supplement',
      supplementItems: values.items
        .filter((i) => i.selected)
        .map((i) => ({ kind: i.kind, code: i.code, reason: i.reason, ...(i.note ? { note: i.note } : {}) })),
    });
  });

  const group = (kind: SupplementTarget['kind'], legend: string) => {
    const rows = targets.map((x, i) => ({ x, i })).filter(({ x }) => x.kind === kind);
    if (rows.length === 0) return null;
    return (
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{legend}</legend>
        {rows.map(({ x, i }) => (
          <div key={`${x.kind}:${x.code}`} className="flex flex-col gap-2 rounded-md border p-3 has-[:checked]:border-primary">
            <label className="flex cursor-pointer items-start gap-3 text-sm">
              <input
                type="checkbox"
                aria-label={t('itemLabel', { name: x.name })}
                className="mt-0.5 size-4 accent-primary"
                {...form.register(`items.${i}.selected`)}
              />
              <span className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{x.name}</span>
                {x.kind === 'material' && !x.supplied && <span className="text-xs text-muted-foreground">{t('notUploaded')}</span>}
              </span>
            </label>
            {items[i]?.selected && (
              <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
                <FormField id={`supplement-reason-${i}`} label={t('reasonLabel', { name: x.name })} error={errors.items?.[i]?.reason?.message}>
                  <NativeSelect {...form.register(`items.${i}.reason`)}>
                    {SUPPLEMENT_REASONS.map((r) => (
                      <option key={r} value={r}>
                        {tr(r)}
                      </option>
                    ))}
                  </NativeSelect>
                </FormField>
                <FormField id={`supplement-note-${i}`} label={t('noteLabel', { name: x.name })} error={errors.items?.[i]?.note?.message}>
                  <Input maxLength={500} placeholder={t('note')} {...form.register(`items.${i}.note`)} />
                </FormField>
              </div>
            )}
          </div>
        ))}
      </fieldset>
    );
  };

  return (
    <ActionCard id="action-request_supplement" title={ta('request_supplement')} hint={t('hint')}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        {group('material', t('materials'))}
        {group('field', t('fields'))}
        <GroupError id="supplement-error" error={groupError} />
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t('selected', { count })}
        </p>
        <ActionFeedback state={action} shown={['supplementItems']} />
        <ActionSubmit label={ta('request_supplement')} pending={action.pending || form.formState.isSubmitting} />
      </form>
    </ActionCard>
  );
}
