/**
 * Personal identity numbers (居民身份证号码) shown to staff: the window needs only the last 4
 * characters to match a person to their papers, so everything before is masked. Credit codes
 * of corporate shareholders are public and stay whole. Pure.
 */
import type { FormField } from './application-forms';

export const VISIBLE_ID_CHARACTERS = 4;

/** '411002199001011234' → '**************1234'; anything of 4 characters or fewer is masked whole. */
export function maskIdentityNumber(value: string): string {
  const id = value.trim();
  if (id.length <= VISIBLE_ID_CHARACTERS) return '*'.repeat(Math.max(id.length, VISIBLE_ID_CHARACTERS));
  return '*'.repeat(id.length - VISIBLE_ID_CHARACTERS) + id.slice(-VISIBLE_ID_CHARACTERS);
}

/** The answers with every natural-person shareholder's identity number masked; the input is not changed. */
export function maskIdentityNumbers(fields: readonly Pick<FormField, 'key' | 'type'>[], answers: Record<string, unknown>) {
  const masked: Record<string, unknown> = { ...answers };
  for (const field of fields) {
    const rows = answers[field.key];
    if (field.type !== 'shareholders' || !Array.isArray(rows)) continue;
    masked[field.key] = rows.map((row) =>
      row && typeof row === 'object' && (row as Record<string, unknown>).kind !== 'corporate' && typeof row.idNumber === 'string'
        ? { ...row, idNumber: maskIdentityNumber(row.idNumber) }
        : row,
    );
  }
  return masked;
}
