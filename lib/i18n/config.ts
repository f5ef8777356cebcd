export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
/** The cookie that remembers the visitor's language choice. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A value stored in both languages in the database (catalogue wording, for instance). */
export type Bilingual = { zh: string; en: string };

export function pickLanguage(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
