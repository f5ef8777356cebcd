import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { STATUS_VARIANT } from '@/components/licences/licence-facts';
import { Badge } from '@/components/ui/badge';
import type { LicenceStatus } from '@/lib/domain/licence-status';

/** The business licence the case issued, with its status: the way from the desk to the licence page. */
export async function CaseLicence({ licence }: { licence: { creditCode: string; status: LicenceStatus } }) {
  const [t, ts] = await Promise.all([getTranslations('desk.case.licence'), getTranslations('licences.status')]);
  return (
    <section aria-labelledby="case-licence" className="flex flex-col gap-2 rounded-lg border bg-card p-4">
      <h2 id="case-licence" className="font-semibold">
        {t('heading')}
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono break-all">{licence.creditCode}</span>
        <Badge variant={STATUS_VARIANT[licence.status]}>{ts(licence.status)}</Badge>
      </p>
      <Link href={`/licences/${licence.creditCode}`} className="text-sm text-primary hover:underline">
        {t('open')}
      </Link>
    </section>
  );
}
