import { get, set, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import { answerErrors, contactErrors } from '@/lib/validation/application-answers';
import type { WizardField, WizardValues } from './types';

/**
 * Where react-hook-form keeps the error of an answer path: a list's own error (the
 * contributions do not add up) sits at its `root`, beside the errors of its rows.
 */
export function errorPath(fields: readonly Pick<WizardField, 'key' | 'type'>[], path: string): string {
  const [key, ...rest] = path.split('.');
  const type = fields.find((f) => f.key === key)?.type;
  if (type === 'shareholders') return rest.length ? `formData.${path}` : `formData.${key}.root`;
  // A multiselect's checkboxes share one name: an error about one choice is the field's.
  return `formData.${type === 'multiselect' ? key : path}`;
}

/** react-hook-form's view of the shared checks: contact and the item's form, keyed as the inputs are named. */
export function wizardResolver(formKey: string, fields: readonly Pick<WizardField, 'key' | 'type'>[]): Resolver<WizardValues> {
  return async (values) => {
    const errors: Record<string, unknown> = {};
    for (const [key, message] of Object.entries(contactErrors(values.contact)))
      set(errors, `contact.${key}`, { type: 'validate', message });
    for (const [path, message] of Object.entries(answerErrors(formKey, values.formData))) {
      set(errors, errorPath(fields, path), { type: 'validate', message });
    }
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<WizardValues> } : { values, errors: {} };
  };
}

/** The message key of the error at `path` of the wizard's form, if any. */
export function errorAt(form: UseFormReturn<WizardValues>, path: string): string | undefined {
  return (get(form.formState.errors, path) as { message?: string } | undefined)?.message;
}
