import type { FieldErrors, Resolver } from 'react-hook-form';
import { answerErrors, contactErrors } from '@/lib/validation/application-answers';
import type { WizardValues } from './types';

const asFieldErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([key, message]) => [key, { type: 'validate', message }]));

/** react-hook-form's view of the shared checks: contact and the item's form, keyed as the inputs are named. */
export function wizardResolver(formKey: string): Resolver<WizardValues> {
  return async (values) => {
    const contact = contactErrors(values.contact);
    const answers = answerErrors(formKey, values.formData);
    const errors: Record<string, unknown> = {};
    if (Object.keys(contact).length) errors.contact = asFieldErrors(contact);
    if (Object.keys(answers).length) errors.formData = asFieldErrors(answers);
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<WizardValues> } : { values, errors: {} };
  };
}
