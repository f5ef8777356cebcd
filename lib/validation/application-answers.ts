/**
 * Checks the wizard's answers against the schemas the server submits with
 * (`applicationFormSchema`, `contactSchema`), field by field, so each step can show its
 * own errors. A blank required field reads "required" whatever its type: the shared
 * schema coerces an empty number to 0 and would otherwise say "out of range". Pure.
 */
import { applicationFormSchema, formFieldsFor } from '@/lib/domain/application-forms';
import { contactSchema } from './case';

export type ContactAnswers = { name: string; phone: string; email: string };
export const CONTACT_KEYS = ['name', 'phone', 'email'] as const satisfies readonly (keyof ContactAnswers)[];

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Validation keys by form field key; empty when the answers may be submitted. */
export function answerErrors(formKey: string, answers: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const filled: Record<string, unknown> = {};
  for (const field of formFieldsFor(formKey)) {
    const value = answers[field.key];
    if (isBlank(value)) {
      if (field.required) errors[field.key] = 'required';
    } else {
      filled[field.key] = typeof value === 'string' ? value.trim() : value;
    }
  }
  const parsed = applicationFormSchema(formKey).partial().safeParse(filled);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (key && !errors[key]) errors[key] = issue.message;
    }
  }
  return errors;
}

/** Validation keys by contact field; empty when the contact may be submitted. */
export function contactErrors(contact: Partial<ContactAnswers> | null | undefined): Record<string, string> {
  const parsed = contactSchema.safeParse({ name: contact?.name ?? '', phone: contact?.phone ?? '', email: contact?.email ?? '' });
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (key && !errors[key]) errors[key] = issue.message;
    }
  }
  return errors;
}

/**
 * The contact fields a draft save may carry now. The save schema checks each field it is
 * given, so a half-typed phone number would refuse the whole save: such fields stay in the
 * browser (reported as `pending`) until they are valid.
 */
export function saveableContact(contact: Partial<ContactAnswers>, keys: readonly (keyof ContactAnswers)[] = CONTACT_KEYS) {
  const saveable: Partial<ContactAnswers> = {};
  const pending: (keyof ContactAnswers)[] = [];
  for (const key of keys) {
    const value = (contact[key] ?? '').trim();
    if (contactSchema.shape[key].safeParse(value).success) saveable[key] = value;
    else pending.push(key);
  }
  return { contact: saveable, pending };
}
