import 'server-only';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { AssessmentCitation } from '@/lib/domain/assessment-waivers';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/**
 * How a waiver cites its assessment wherever it appears (guide, wizard, desk, result, notice):
 * its name, document number and validity, in the page's language.
 */
export async function waiverCitations(): Promise<(assessment: AssessmentCitation) => string> {
  const [t, format, locale] = await Promise.all([
    getTranslations('projects.waiver'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const day = (date: string) => format.dateTime(zoneDayStart(date), { dateStyle: 'medium' });
  return (a) =>
    t('citation', {
      name: pickLanguage(a.name, locale),
      number: a.documentNumber,
      from: day(a.validFrom),
      until: day(a.validUntil),
    });
}
