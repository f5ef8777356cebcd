import type { Locale } from '../config';

/** One catalogue per locale, split by namespace (one JSON file per area of the app). */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const catalogue = locale === 'en' ? await import('./en') : await import('./zh-CN');
  return catalogue.default;
}
