import { getFormatter, getTranslations } from 'next-intl/server';
import type { PublicLicence } from '@/lib/data/licences';
import { zoneDayStart } from '@/lib/domain/clock';

/** The entries a licence shows, as a definition list (verification page). */
export async function LicenceFacts({ licence }: { licence: PublicLicence }) {
  const [t, format] = await Promise.all([getTranslations('licences.fields'), getFormatter()]);
  const day = (iso: string) => <time dateTime={iso}>{format.dateTime(zoneDayStart(iso), { dateStyle: 'long' })}</time>;
  const rows: [string, React.ReactNode, string?][] = [
    [t('name'), licence.name],
    [t('creditCode'), licence.creditCode, 'font-mono'],
    [t('type'), licence.type],
    [t('legalRepresentative'), licence.legalRepresentative],
    [t('registeredCapital'), t('capitalValue', { amount: format.number(licence.registeredCapital) })],
    [t('establishedOn'), day(licence.establishedOn)],
    [t('term'), licence.term],
    [t('address'), licence.address],
    [t('businessScope'), licence.businessScope],
    [t('authority'), licence.authority],
    [t('issuedOn'), day(licence.issuedOn)],
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

/** Badge variant per status. */
export const STATUS_VARIANT = { valid: 'success', suspended: 'warning', revoked: 'destructive' } as const;
