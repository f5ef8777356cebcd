import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';

/**
 * Department codes (in audit events and merged revision notices) → names in the reader's
 * language, from a combined case's tasks; a code no task names reads as itself.
 */
export function departmentNamer(tasks: readonly { department: { code: string; name: Bilingual } }[], locale: Locale) {
  const names = new Map(tasks.map((t) => [t.department.code, pickLanguage(t.department.name, locale)]));
  return (code: unknown): string => names.get(String(code)) ?? String(code);
}
