import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { PublicPermit } from '@/lib/data/permits';
import { zoneDayStart } from '@/lib/domain/clock';
import { PERMIT_KINDS } from '@/lib/domain/permits';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** The entries a permit shows, as a definition list (verification page), in the look of LicenceFacts. */
export async function PermitFacts({ permit }: { permit: PublicPermit }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('licences.permits.fields'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const day = (iso: string) => <time dateTime={iso}>{format.dateTime(zoneDayStart(iso), { dateStyle: 'long' })}</time>;
  const rows: [string, React.ReactNode, string?][] = [
    [t('kind'), pickLanguage(PERMIT_KINDS[permit.kind].name, locale)],
    [t('number'), permit.number, 'font-mono'],
    [t('holder'), permit.holderName],
    [t(`subject.${permit.kind}`), permit.subject],
    [t(`address.${permit.kind}`), permit.address],
    [t('validUntil'), permit.validUntil ? day(permit.validUntil) : t('noExpiry')],
    [t('authority'), permit.authority],
    [t('issuedOn'), day(permit.issuedOn)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value, className]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className={className}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
