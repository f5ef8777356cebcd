'use client';

import { useTranslations } from 'next-intl';
import { Plus, X } from 'lucide-react';
import {
  useFieldArray,
  type ArrayPath,
  type Control,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
} from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { GroupError } from './action-parts';

type ConditionsForm = { conditions: { text: string }[] };

/**
 * The conditions of an approval (附条件批准), added and removed freely, at least one: the
 * reviewer's approval of a case and a department's approval of its task alike.
 */
export function ConditionsFieldset<F extends FieldValues & ConditionsForm>({
  control,
  register,
  errors,
  listError,
  idPrefix,
}: {
  control: Control<F>;
  register: UseFormRegister<F>;
  errors: FieldErrors<ConditionsForm>;
  listError?: string;
  idPrefix: string;
}) {
  const t = useTranslations('desk.caseForms.conditions');
  const { fields, append, remove } = useFieldArray({ control, name: 'conditions' as ArrayPath<F> });
  const errorId = `${idPrefix}-conditions-error`;
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-invalid={listError ? true : undefined}
      aria-describedby={listError ? errorId : undefined}
    >
      <legend className="mb-1 text-sm font-medium">{t('list')}</legend>
      {fields.map((field, i) => (
        <div key={field.id} className="flex items-start gap-2">
          <FormField
            id={`${idPrefix}-condition-${i}`}
            label={t('item', { n: i + 1 })}
            error={errors.conditions?.[i]?.text?.message}
            className="flex-1"
          >
            <Input maxLength={500} {...register(`conditions.${i}.text` as Path<F>)} />
          </FormField>
          {fields.length > 1 && (
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className="mt-6 shrink-0"
              onClick={() => remove(i)}
              aria-label={t('remove', { n: i + 1 })}
            >
              <X aria-hidden />
            </Button>
          )}
        </div>
      ))}
      <GroupError id={errorId} error={listError} />
      {fields.length < 20 && (
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => append({ text: '' } as never)}>
            <Plus aria-hidden />
            {t('add')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
