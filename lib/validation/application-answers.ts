/**
 * Checks the wizard's answers as the server does before a submission: each answer against
 * its field's schema (`answerSchema`), then the form's rules across answers (`FORM_RULES`)
 * on the answers that passed. A blank required answer reads "required" whatever its type.
 * Errors are keyed by answer path ('address', 'shareholders.0.contribution') so each step
 * can show them by its inputs. Pure.
 */
import { answerSchema, formFieldsFor, FORM_RULES, isBlankAnswer } from '@/lib/domain/application-forms';
import { contactSchema } from './case';

export type ContactAnswers = { name: string; phone: string; email: string };
export const CONTACT_KEYS = ['name', 'phone', 'email'] as const satisfies readonly (keyof ContactAnswers)[];

/** Validation keys by answer path; empty when the answers may be submitted. */
export function answerErrors(formKey: string, answers: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed: Record<string, unknown> = {};
  for (const field of formFieldsFor(formKey)) {
    const value = answers[field.key];
    if (isBlankAnswer(value)) {
      if (field.required) errors[field.key] = 'required';
      continue;
    }
    const result = answerSchema(field).safeParse(value);
    if (result.success) {
      parsed[field.key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const path = [field.key, ...issue.path].join('.');
      errors[path] ??= issue.message;
    }
  }
  for (const [path, message] of Object.entries(FORM_RULES[formKey]?.(parsed) ?? {})) errors[path] ??= message;
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
