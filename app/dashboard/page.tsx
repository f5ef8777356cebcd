import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FigureCard, PeriodCard } from '@/components/dashboard/period-card';
import { StateTable } from '@/components/dashboard/state-table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { dashboardCounts } from '@/lib/data/cases';
import { zoneDayStart } from '@/lib/domain/clock';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const viewer = await getViewer();
  const counts = await guardPage(() => dashboardCounts(viewer));
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  const date = format.dateTime(zoneDayStart(counts.date), { dateStyle: 'full' });
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted-foreground">{t('asOf', { date })}</p>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/dashboard/obligations" className="text-primary hover:underline">
            {t('obligationsLink')}
          </Link>
          <Link href="/dashboard/credit" className="text-primary hover:underline">
            {t('credit.link')}
          </Link>
        </div>
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <PeriodCard title={t('periods.today')} hint={t('periodHints.today')} counts={counts.today} />
        <PeriodCard title={t('periods.week')} hint={t('periodHints.week')} counts={counts.week} />
        <PeriodCard title={t('periods.month')} hint={t('periodHints.month')} counts={counts.month} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <FigureCard title={t('open')} hint={t('openHint')} value={counts.open} />
        <FigureCard title={t('overdue')} hint={t('overdueHint')} value={counts.overdue} tone="danger" />
      </div>

      <section aria-labelledby="by-state" className="flex flex-col gap-3">
        <h2 id="by-state" className="text-lg font-semibold">
          {t('byState.heading')}
        </h2>
        <div className="max-w-xl rounded-lg border bg-card">
          <StateTable byState={counts.byState} />
        </div>
      </section>
    </div>
  );
}
