import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClipboardCheck } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { FigureCard } from '@/components/dashboard/figure-card';
import { LedgerFilter } from '@/components/obligations/ledger-filter';
import { ObligationsTable } from '@/components/obligations/obligations-table';
import { EmptyState } from '@/components/ui/empty-state';
import { can } from '@/lib/auth/permissions';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { countObligations, LEDGER_PAGE, listObligations } from '@/lib/data/obligations';
import { ledgerFilterSchema } from '@/lib/validation/obligations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('obligations.risk'))('title') };
}

/** The obligations ledger as risk (DESIGN §4, §9): managers see all of it, officers their department's. */
export default async function ObligationsRiskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const filter = ledgerFilterSchema.parse(await searchParams);
  const counts = await guardPage(() => countObligations(viewer));
  const [rows, t] = await Promise.all([
    guardPage(() => listObligations(viewer, { ...filter, enterpriseId: filter.enterprise })),
    getTranslations('obligations.risk'),
  ]);
  const filtered = !!(filter.kind || filter.state || filter.due || filter.enterprise);
  const manager = can(viewer, 'dashboard.view');
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        back={manager ? { href: '/dashboard', label: t('back') } : undefined}
        title={t('title')}
        intro={manager ? t('intro') : t('officerIntro')}
      />

      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
        <FigureCard title={t('counts.openTolerance')} hint="" value={counts.openTolerance} />
        <FigureCard title={t('counts.openPromise')} hint="" value={counts.openPromise} />
        <FigureCard title={t('counts.dueThisWeek')} hint={t('counts.dueThisWeekHint')} value={counts.dueThisWeek} />
        <FigureCard title={t('counts.overdue')} hint={t('counts.overdueHint')} value={counts.overdue} tone="danger" />
        <FigureCard title={t('counts.breached')} hint={t('counts.breachedHint')} value={counts.breached} tone="danger" />
      </div>

      <LedgerFilter filter={filter} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {rows.length >= LEDGER_PAGE ? t('limited', { count: rows.length }) : t('count', { count: rows.length })}
      </p>
      {rows.length ? (
        <ObligationsTable rows={rows} audience="staff" />
      ) : filtered ? (
        <EmptyState
          icon={ClipboardCheck}
          title={t('emptyFiltered.title')}
          body={t('emptyFiltered.body')}
          action={{ href: '/dashboard/obligations', label: t('filter.reset') }}
        />
      ) : (
        <EmptyState icon={ClipboardCheck} title={t('empty.title')} body={t('empty.body')} />
      )}
    </div>
  );
}
