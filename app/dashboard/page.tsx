import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DashboardFilter } from '@/components/dashboard/dashboard-filter';
import { DashboardTableView, ExportLink, UpdatedAt } from '@/components/dashboard/dashboard-table';
import { LazyVolumeChart } from '@/components/dashboard/lazy-volume-chart';
import { PageHeader } from '@/components/layout/page-header';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { DASHBOARD_LIST_LIMIT, loadDashboard } from '@/lib/data/dashboard';
import { dashboardTable, type DashboardTableId } from '@/lib/data/dashboard-tables';
import { currentInstant } from '@/lib/data/now';
import { zoneDate } from '@/lib/domain/clock';
import { isoWeekLabel, PERIODS, VOLUME_MEASURES, type Period } from '@/lib/domain/dashboard';
import type { Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';
import { DASHBOARD_FILTER_FIELDS, parseDashboardFilter } from '@/lib/validation/dashboard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

/**
 * The manager dashboard (DESIGN §9). URL: /dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD&department=<code>&item=<code>;
 * every figure comes from the aggregates (lib/data/dashboard.ts), every table exports as CSV.
 */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const query = await searchParams;
  const { filter, errors } = parseDashboardFilter(query, zoneDate(currentInstant()));
  const d = await guardPage(() => loadDashboard(viewer, filter));
  const [translate, t, format, locale] = await Promise.all([
    getTranslations(),
    getTranslations('dashboard'),
    getFormatter(),
    getLocale(),
  ]);
  const table = (id: DashboardTableId) => dashboardTable(d, id, translate, locale as Locale);
  const percent = (value: number | null) =>
    value === null ? t('figures.noRate') : format.number(value, { style: 'percent', maximumFractionDigits: 1 });
  const days = (value: number | null) =>
    value === null ? t('figures.noRate') : t('figures.days', { value: format.number(value, { maximumFractionDigits: 1 }) });
  const filtered = DASHBOARD_FILTER_FIELDS.some((field) => query[field]);
  const limit = { limit: DASHBOARD_LIST_LIMIT };

  const chartSeries = (p: Period) =>
    d.volume.series[p].map((point) => ({
      ...point,
      label: p === 'week' ? isoWeekLabel(point.start) : p === 'month' ? point.start.slice(0, 7) : point.start.slice(5),
    }));
  const summaries = Object.fromEntries(
    PERIODS.map((p) => [
      p,
      t('chart.label', { period: t(`periodTabs.${p}`), points: d.volume.series[p].length, ...d.volume.totals }),
    ]),
  ) as Record<(typeof PERIODS)[number], string>;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} intro={t('intro')}>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/desk?clock=red" className="text-primary hover:underline">
            {t('deskQueueLink')}
          </Link>
          <Link href="/dashboard/obligations" className="text-primary hover:underline">
            {t('obligationsLink')}
          </Link>
          <Link href="/dashboard/credit" className="text-primary hover:underline">
            {t('credit.link')}
          </Link>
          <Link href="/desk/follow-ups" className="text-primary hover:underline">
            {t('followUpsLink')}
          </Link>
          <Link href="/dashboard/reassign" className="text-primary hover:underline">
            {t('reassignLink')}
          </Link>
          <Link href="/dashboard/problems" className="text-primary hover:underline">
            {(await getTranslations('problems.overview'))('link')}
          </Link>
          <Link href="/dashboard/key-projects" className="text-primary hover:underline">
            {translate('keyProjects.link')}
          </Link>
        </div>
      </PageHeader>

      <DashboardFilter filter={d.filter} errors={{ ...errors, ...d.errors }} options={d.options} filtered={filtered} />
      <p className="-mt-4 text-sm text-muted-foreground" aria-live="polite">
        {t('filter.range', { from: d.filter.from, to: d.filter.to })}
      </p>

      <Section id="volume" title={t('sections.volume')} hint={t('sectionHints.volume')} updatedAt={d.volume.updatedAt}>
        <Figures items={VOLUME_MEASURES.map((m) => ({ label: t(`figures.${m}`), value: format.number(d.volume.totals[m]) }))} />
        {d.volume.totals.received + d.volume.totals.accepted + d.volume.totals.completed === 0 ? (
          <p className="rounded-md border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">{t('empty')}</p>
        ) : (
          <LazyVolumeChart
            series={{ day: chartSeries('day'), week: chartSeries('week'), month: chartSeries('month') }}
            labels={{
              measures: Object.fromEntries(VOLUME_MEASURES.map((m) => [m, t(`measures.${m}`)])) as Record<
                (typeof VOLUME_MEASURES)[number],
                string
              >,
              periods: Object.fromEntries(PERIODS.map((p) => [p, t(`periodTabs.${p}`)])) as Record<
                (typeof PERIODS)[number],
                string
              >,
              summaries,
            }}
          />
        )}
        {PERIODS.map((p) => (
          <details key={p} className="group">
            <summary className="cursor-pointer text-sm text-primary">
              {t('chart.showTable')}: {t(`periodTabs.${p}`)}
            </summary>
            <div className="mt-2 flex flex-col gap-2">
              <ExportLink table={`volume-${p}`} filter={d.filter} title={`${t('sections.volume')} (${t(`periodTabs.${p}`)})`} />
              <DashboardTableView
                table={table(`volume-${p}`)}
                caption={`${t('sections.volume')} (${t(`periodTabs.${p}`)})`}
                empty={t('empty')}
              />
            </div>
          </details>
        ))}
      </Section>

      <div className="grid gap-8 lg:grid-cols-2">
        <Section
          id="on-time"
          title={t('sections.onTime')}
          hint={t('sectionHints.onTime')}
          updatedAt={d.onTime.updatedAt}
          exportTable="on-time"
          filter={d.filter}
        >
          <Figures
            items={[
              { label: t('figures.serviceRate'), value: percent(d.onTime.serviceRate) },
              { label: t('figures.legalRate'), value: percent(d.onTime.legalRate) },
            ]}
          />
          <DashboardTableView table={table('on-time')} caption={t('sections.onTime')} empty={t('emptyLists.durations')} />
        </Section>

        <Section
          id="durations"
          title={t('sections.durations')}
          hint={t('sectionHints.durations')}
          updatedAt={d.durations.updatedAt}
          exportTable="durations"
          filter={d.filter}
        >
          <Figures
            items={[
              { label: t('figures.average'), value: days(d.durations.total.average) },
              { label: t('figures.p90'), value: days(d.durations.total.p90) },
            ]}
          />
          <DashboardTableView
            table={d.durations.total.count ? table('durations') : { ...table('durations'), rows: [] }}
            caption={t('sections.durations')}
            empty={t('emptyLists.durations')}
          />
        </Section>
      </div>

      <Section id="backlog" title={t('sections.backlog')} hint={t('sectionHints.backlog')} updatedAt={d.backlog.updatedAt}>
        <Figures
          items={[
            { label: t('figures.open'), value: format.number(d.backlog.open) },
            { label: t('figures.red'), value: format.number(d.backlog.red), tone: d.backlog.red ? 'danger' : undefined },
            {
              label: t('figures.yellow'),
              value: format.number(d.backlog.yellow),
              tone: d.backlog.yellow ? 'warning' : undefined,
            },
          ]}
        />
        <div className="grid gap-6 xl:grid-cols-3">
          {(['state', 'department', 'person'] as const).map((by) => (
            <div key={by} className="flex flex-col gap-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-medium">{t(`backlogTabs.${by}`)}</h3>
                <ExportLink
                  table={`backlog-${by}`}
                  filter={d.filter}
                  title={`${t('sections.backlog')} (${t(`backlogTabs.${by}`)})`}
                />
              </div>
              <DashboardTableView
                table={table(`backlog-${by}`)}
                caption={`${t('sections.backlog')} (${t(`backlogTabs.${by}`)})`}
                empty={t('emptyLists.backlog')}
              />
            </div>
          ))}
        </div>
      </Section>

      <Section
        id="red"
        title={t('sections.red')}
        hint={t('sectionHints.red', limit)}
        updatedAt={d.red.updatedAt}
        exportTable="red"
        filter={d.filter}
        count={d.red.count}
        tone="danger"
      >
        <DashboardTableView table={table('red')} caption={t('sections.red')} empty={t('emptyLists.red')} tone="danger" />
      </Section>

      <Section
        id="yellow"
        title={t('sections.yellow')}
        hint={t('sectionHints.yellow', limit)}
        updatedAt={d.yellow.updatedAt}
        exportTable="yellow"
        filter={d.filter}
        count={d.yellow.count}
        tone="warning"
      >
        <DashboardTableView
          table={table('yellow')}
          caption={t('sections.yellow')}
          empty={t('emptyLists.yellow')}
          tone="warning"
        />
      </Section>

      <div className="grid gap-8 lg:grid-cols-2">
        <Section
          id="ledger"
          title={t('sections.ledger')}
          hint={t('sectionHints.ledger')}
          updatedAt={d.ledger.updatedAt}
          live
          exportTable="ledger"
          filter={d.filter}
        >
          <DashboardTableView table={table('ledger')} caption={t('sections.ledger')} empty="" />
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href="/dashboard/obligations?kind=tolerance" className="text-primary hover:underline">
              {t('ledger.tolerance')} →
            </Link>
            <Link href="/dashboard/obligations?kind=promise" className="text-primary hover:underline">
              {t('ledger.verification')} →
            </Link>
            <Link href="/dashboard/obligations" className="text-primary hover:underline">
              {t('ledger.link')}
            </Link>
          </div>
        </Section>

        <Section
          id="follow-ups"
          title={t('sections.followUps')}
          hint={t('sectionHints.followUps', limit)}
          updatedAt={d.ledger.updatedAt}
          live
          exportTable="follow-ups"
          filter={d.filter}
          count={d.ledger.overdueFollowUps.count}
          tone="danger"
        >
          <DashboardTableView
            table={table('follow-ups')}
            caption={t('sections.followUps')}
            empty={t('emptyLists.followUps')}
            tone="danger"
          />
        </Section>
      </div>

      <Section id="ratings" title={t('sections.ratings')} hint={t('sectionHints.ratings')} updatedAt={d.ratings.updatedAt}>
        <Figures
          items={[
            { label: t('figures.ratings'), value: format.number(d.ratings.total.count) },
            {
              label: t('figures.averageScore'),
              value:
                d.ratings.total.average === null
                  ? t('figures.noRate')
                  : format.number(d.ratings.total.average, { maximumFractionDigits: 2 }),
            },
            ...[5, 4, 3, 2, 1].map((score) => ({
              label: t(`levels.${score}`),
              value: format.number(d.ratings.total.byScore[score - 1]),
              tone: score <= 2 && d.ratings.total.byScore[score - 1] ? ('danger' as const) : undefined,
            })),
          ]}
        />
        {d.ratings.total.count === 0 ? (
          <p className="rounded-md border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
            {t('emptyLists.ratings')}
          </p>
        ) : (
          <div className="flex flex-col gap-6">
            {(['item', 'department', 'person'] as const).map((by) => (
              <div key={by} className="flex flex-col gap-2">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-medium">{t(`ratingTabs.${by}`)}</h3>
                  <ExportLink
                    table={`ratings-${by}`}
                    filter={d.filter}
                    title={`${t('sections.ratings')} (${t(`ratingTabs.${by}`)})`}
                  />
                </div>
                <DashboardTableView
                  table={table(`ratings-${by}`)}
                  caption={`${t('sections.ratings')} (${t(`ratingTabs.${by}`)})`}
                  empty={t('emptyLists.ratings')}
                />
              </div>
            ))}
          </div>
        )}
      </Section>
    </div>
  );
}

/** A figure group: its heading, what it counts, when it was last updated, and its CSV export. */
async function Section({
  id,
  title,
  hint,
  updatedAt,
  live,
  exportTable,
  filter,
  count,
  tone,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  updatedAt: Date;
  live?: boolean;
  exportTable?: DashboardTableId;
  filter?: Parameters<typeof ExportLink>[0]['filter'];
  count?: number;
  tone?: 'danger' | 'warning';
  children: React.ReactNode;
}) {
  const format = await getFormatter();
  return (
    <section aria-labelledby={`section-${id}`} className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`section-${id}`} className="text-lg font-semibold">
          {title}
          {count !== undefined ? (
            <span
              className={cn(
                'ml-2 rounded-full px-2 py-0.5 text-sm tabular-nums',
                count && tone === 'danger' && 'bg-destructive/10 text-destructive',
                count && tone === 'warning' && 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
                !count && 'bg-muted text-muted-foreground',
              )}
            >
              {format.number(count)}
            </span>
          ) : null}
        </h2>
        <div className="flex flex-wrap items-baseline gap-x-4">
          <UpdatedAt at={updatedAt} live={live} />
          {exportTable && filter ? <ExportLink table={exportTable} filter={filter} title={title} /> : null}
        </div>
      </div>
      <p className="text-sm text-muted-foreground">{hint}</p>
      {children}
    </section>
  );
}

function Figures({ items }: { items: { label: string; value: string; tone?: 'danger' | 'warning' }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      {items.map((f) => (
        <div key={f.label} className="rounded-md bg-muted px-3 py-2">
          <dt className="text-xs text-muted-foreground">{f.label}</dt>
          <dd
            className={cn(
              'mt-1 text-2xl font-semibold tabular-nums',
              f.tone === 'danger' && 'text-destructive',
              f.tone === 'warning' && 'text-amber-700 dark:text-amber-400',
            )}
          >
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
