import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { STATUS_VARIANT } from '@/components/licences/licence-facts';
import { Badge } from '@/components/ui/badge';
import type { LicenceStatus } from '@/lib/domain/licence-status';
import { PERMIT_KINDS, type PermitKind } from '@/lib/domain/permits';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** The permit a case issued, with its status and the public page that verifies it: for the applicant and the desk alike. */
export async function CasePermit({ permit }: { permit: { number: string; kind: PermitKind; status: LicenceStatus } }) {
  const [t, ts, locale] = await Promise.all([
    getTranslations('licences.permits.caseCard'),
    getTranslations('licences.status'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <section aria-labelledby="case-permit" className="flex flex-col gap-2 rounded-lg border bg-card p-4">
      <h2 id="case-permit" className="font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm">{pickLanguage(PERMIT_KINDS[permit.kind].name, locale)}</p>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono break-all">{permit.number}</span>
        <Badge variant={STATUS_VARIANT[permit.status]}>{ts(permit.status)}</Badge>
      </p>
      <Link href={`/verify/${permit.number}`} className="text-sm text-primary hover:underline">
        {t('verify')}
      </Link>
    </section>
  );
}
