import { z } from 'zod';

/**
 * C0 controls but tab and line breaks, DEL and C1 controls: PostgreSQL refuses NUL in text
 * (a 500, not a field error), and none of them belongs in anything a person types.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether a string holds a control character that no text field accepts. */
export const hasControlCharacter = (s: string) => CONTROL_CHARACTER.test(s);

/** Whether any string or key inside a JSON value (a form's answers) holds a control character. */
export function holdsControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return hasControlCharacter(value);
  if (Array.isArray(value)) return value.some(holdsControlCharacter);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, v]) => hasControlCharacter(key) || holdsControlCharacter(v));
  return false;
}

/** The API's wording of the same error (its field errors are sentences, the forms' are catalogue keys). */
export const CONTROL_CHARACTERS_API_MESSAGE = 'Control characters (such as NUL) are not allowed.';

/**
 * The string every text field starts from: a control character is a field error. Messages are
 * catalogue keys (namespace `validation`) for forms, sentences for the API; `missing` is the
 * message for a value that is not a string at all (zod's own by default).
 */
export const plainText = ({ control = 'controlCharacters', missing }: { control?: string; missing?: string } = {}) =>
  z.string(missing ? { error: missing } : undefined).refine((s) => !hasControlCharacter(s), { error: control });
