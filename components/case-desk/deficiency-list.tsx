'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { Input, NativeSelect } from '@/components/ui/input';
import { SUPPLEMENT_REASONS } from '@/lib/validation/case';

export type DeficiencyTarget = { kind: 'material' | 'field'; code: string; name: string; supplied: boolean };
export type DeficiencyItem = {
  kind: 'material' | 'field';
  code: string;
  selected: boolean;
  reason: (typeof SUPPLEMENT_REASONS)[number];
  note: string;
};
type ItemsForm = { items: DeficiencyItem[] };

/** One unticked row per material and form answer, with the reason a missing material most likely has. */
export function deficiencyDefaults(targets: readonly DeficiencyTarget[]): DeficiencyItem[] {
  return targets.map((x) => ({
    kind: x.kind,
    code: x.code,
    selected: false,
    reason: x.kind === 'material' && !x.supplied ? 'missing' : 'incomplete',
    note: '',
  }));
}

/** The ticked rows as a notice's items (一次性告知): code, reason code and the note when there is one. */
export function selectedDeficiencies(items: readonly DeficiencyItem[]) {
  return items
    .filter((i) => i.selected)
    .map((i) => ({ kind: i.kind, code: i.code, reason: i.reason, ...(i.note ? { note: i.note } : {}) }));
}

/**
 * The materials or form answers of a case as a checklist: tick what is deficient, give each a
 * reason code and an optional note. Used by the window's supplement notice and by a
 * department's revision request alike.
 */
export function DeficiencyFieldset<F extends FieldValues & ItemsForm>({
  kind,
  legend,
  targets,
  items,
  register,
  errors,
  idPrefix,
}: {
  kind: DeficiencyTarget['kind'];
  legend: string;
  targets: readonly DeficiencyTarget[];
  items: readonly (DeficiencyItem | undefined)[];
  register: UseFormRegister<F>;
  errors: FieldErrors<ItemsForm>;
  idPrefix: string;
}) {
  const t = useTranslations('desk.caseForms.supplement');
  const tr = useTranslations('desk.supplementReasons');
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
              {...register(`items.${i}.selected` as Path<F>)}
            />
            <span className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{x.name}</span>
              {x.kind === 'material' && !x.supplied && <span className="text-xs text-muted-foreground">{t('notUploaded')}</span>}
            </span>
          </label>
          {items[i]?.selected && (
            <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
              <FormField
                id={`${idPrefix}-reason-${i}`}
                label={t('reasonLabel', { name: x.name })}
                error={errors.items?.[i]?.reason?.message}
              >
                <NativeSelect {...register(`items.${i}.reason` as Path<F>)}>
                  {SUPPLEMENT_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {tr(r)}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
              <FormField
                id={`${idPrefix}-note-${i}`}
                label={t('noteLabel', { name: x.name })}
                error={errors.items?.[i]?.note?.message}
              >
                <Input maxLength={500} placeholder={t('note')} {...register(`items.${i}.note` as Path<F>)} />
              </FormField>
            </div>
          )}
        </div>
      ))}
    </fieldset>
  );
}
