import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordCreditForm } from '@/components/credit/credit-forms';
import { CreditRecords } from '@/components/credit/credit-records';
import { can } from '@/lib/auth/permissions';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listActiveCreditRecords } from '@/lib/data/credit-records';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.credit'))('title') };
}

/** Every active credit record (失信), for managers to follow and clear (信用修复). */
export default async function CreditPage() {
  const viewer = await getViewer();
  const records = await guardPage(() => listActiveCreditRecords(viewer));
  const t = await getTranslations('dashboard.credit');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted-foreground">{t('intro')}</p>
      </div>
      <section aria-labelledby="credit-active" className="flex flex-col gap-3">
        <h2 id="credit-active" className="text-lg font-semibold">
          {t('activeHeading')}
        </h2>
        <CreditRecords records={records} showEnterprise canClear={can(viewer, 'credit.clear')} />
      </section>
      {can(viewer, 'credit.record') && (
        <section aria-labelledby="credit-record" className="flex max-w-xl flex-col gap-3">
          <h2 id="credit-record" className="text-lg font-semibold">
            {t('recordHeading')}
          </h2>
          <RecordCreditForm />
        </section>
      )}
    </div>
  );
}
