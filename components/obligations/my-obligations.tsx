import { getTranslations } from 'next-intl/server';
import { ClipboardCheck } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import type { Viewer } from '@/lib/auth/permissions';
import { guardPage } from '@/lib/auth/page-guard';
import { listObligations } from '@/lib/data/obligations';
import { addCalendarDays, zoneDate } from '@/lib/domain/clock';
import { ObligationsTable } from './obligations-table';

/** Settled obligations stay on the applicant's page this many days. */
const RECENTLY_SETTLED_DAYS = 30;

/** The applicant's section of /my: their enterprises' owed, breached and recently settled obligations, with what to do next. */
export async function MyObligations({ viewer }: { viewer: Viewer }) {
  // An applicant who has not joined an enterprise yet owes nothing (and has no part of the ledger to read).
  const member = viewer.kind === 'user' && viewer.memberships.length > 0;
  const [rows, t] = await Promise.all([
    member
      ? guardPage(() => listObligations(viewer, { settledSince: addCalendarDays(zoneDate(new Date()), -RECENTLY_SETTLED_DAYS) }))
      : [],
    getTranslations('obligations.mine'),
  ]);
  return (
    <section aria-labelledby="my-obligations" className="flex flex-col gap-3">
      <div>
        <h2 id="my-obligations" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{t('intro')}</p>
      </div>
      {rows.length ? (
        <ObligationsTable rows={rows} audience="applicant" />
      ) : (
        <EmptyState icon={ClipboardCheck} title={t('empty.title')} body={t('empty.body')} />
      )}
    </section>
  );
}
