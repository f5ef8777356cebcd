import { createTranslator } from 'next-intl';
import { isoWeekLabel, type Period } from '@/lib/domain/dashboard';
import { toCsv, UTF8_BOM, type CsvValue } from '@/lib/domain/csv';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import type { Dashboard, Named, Person, RatingRow } from './dashboard';

/**
 * Every table of the dashboard, as the page shows it and the CSV export writes it: one
 * definition, so the file always has the columns and rows on the screen.
 */
export const DASHBOARD_TABLES = [
  'volume-day',
  'volume-week',
  'volume-month',
  'on-time',
  'durations',
  'backlog-state',
  'backlog-department',
  'backlog-person',
  'red',
  'yellow',
  'ratings-item',
  'ratings-department',
  'ratings-person',
  'ledger',
  'follow-ups',
] as const;
export type DashboardTableId = (typeof DASHBOARD_TABLES)[number];

export const isDashboardTable = (value: unknown): value is DashboardTableId =>
  typeof value === 'string' && (DASHBOARD_TABLES as readonly string[]).includes(value);

export type Column = { header: string; numeric?: boolean; /** Decimals shown (averages, rates). */ digits?: number };
export type TableRow = { key: string; cells: CsvValue[]; /** The case the row is about, opened from its first cell. */ caseId?: string };
export type DashboardTable = { id: DashboardTableId; columns: Column[]; rows: TableRow[]; updatedAt: Date };

type Translate = (key: string, values?: Record<string, string | number>) => string;

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));
const percent = (value: number | null) => round(value === null ? null : value * 100, 1);

/** One table of the dashboard, its headers in the reader's language (`translate`: the whole catalogue). */
export function dashboardTable(d: Dashboard, id: DashboardTableId, translate: Translate, locale: Locale): DashboardTable {
  const t: Translate = (key, values) => translate(`dashboard.${key}`, values);
  const name = (n: Named | null, none: string) => (n ? pickLanguage(n.name, locale) : none);
  const noDepartment = t('none.department');
  const person = (p: Person) => (p.id ? (p.name ?? p.id) : t('none.assignee'));
  const counts = [{ header: t('columns.open'), numeric: true }, { header: t('columns.red'), numeric: true }, { header: t('columns.yellow'), numeric: true }];
  const volume = (period: Period): DashboardTable => ({
    id,
    columns: [
      { header: t(`columns.${period}`) },
      { header: t('measures.received'), numeric: true },
      { header: t('measures.accepted'), numeric: true },
      { header: t('measures.completed'), numeric: true },
    ],
    rows: d.volume.series[period].map((p) => ({
      key: p.start,
      cells: [period === 'week' ? isoWeekLabel(p.start) : period === 'month' ? p.start.slice(0, 7) : p.start, p.received, p.accepted, p.completed],
    })),
    updatedAt: d.volume.updatedAt,
  });
  const ratings = (rows: (RatingRow & { label: string })[], header: string): DashboardTable => ({
    id,
    columns: [
      { header },
      { header: t('columns.ratings'), numeric: true },
      { header: t('columns.averageScore'), numeric: true, digits: 2 },
      ...[5, 4, 3, 2, 1].map((score) => ({ header: t(`levels.${score}`), numeric: true })),
    ],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [r.label, r.count, round(r.average, 2), ...[5, 4, 3, 2, 1].map((score) => r.byScore[score - 1])],
    })),
    updatedAt: d.ratings.updatedAt,
  });
  const flagged = (list: Dashboard['red'], daysHeader: string): DashboardTable => ({
    id,
    columns: [
      { header: t('columns.caseNumber') },
      { header: t('columns.item') },
      { header: t('columns.department') },
      { header: t('columns.assignee') },
      { header: t('columns.dueOn') },
      { header: daysHeader, numeric: true },
    ],
    rows: list.items.map((c) => ({
      key: c.id,
      caseId: c.id,
      cells: [c.number, name(c.item, ''), name(c.department, noDepartment), c.assigneeName ?? t('none.assignee'), c.dueOn, c.workingDays],
    })),
    updatedAt: list.updatedAt,
  });

  switch (id) {
    case 'volume-day':
      return volume('day');
    case 'volume-week':
      return volume('week');
    case 'volume-month':
      return volume('month');
    case 'on-time':
      return {
        id,
        columns: [
          { header: t('columns.clock') },
          { header: t('columns.onTime'), numeric: true },
          { header: t('measures.completed'), numeric: true },
          { header: t('columns.onTimeRate'), numeric: true, digits: 1 },
        ],
        rows: (['service', 'legal'] as const).map((clock) => ({
          key: clock,
          cells: [t(`clocks.${clock}`), d.onTime[clock], d.onTime.completed, percent(d.onTime[`${clock}Rate`])],
        })),
        updatedAt: d.onTime.updatedAt,
      };
    case 'durations':
      return {
        id,
        columns: [
          { header: t('columns.item') },
          { header: t('measures.completed'), numeric: true },
          { header: t('columns.averageDays'), numeric: true, digits: 1 },
          { header: t('columns.p90Days'), numeric: true },
        ],
        rows: [...d.durations.byItem, { ...d.durations.total, item: null }].map((r) => ({
          key: r.item?.id ?? 'total',
          cells: [r.item ? name(r.item, '') : t('columns.allItems'), r.count, round(r.average, 1), r.p90],
        })),
        updatedAt: d.durations.updatedAt,
      };
    case 'backlog-state':
      return {
        id,
        columns: [{ header: t('columns.state') }, ...counts],
        rows: d.backlog.byState.map((r) => ({ key: r.key, cells: [translate(`common.caseStates.${r.label}`), r.open, r.red, r.yellow] })),
        updatedAt: d.backlog.updatedAt,
      };
    case 'backlog-department':
      return {
        id,
        columns: [{ header: t('columns.department') }, ...counts],
        rows: d.backlog.byDepartment.map((r) => ({ key: r.key, cells: [name(r.label, noDepartment), r.open, r.red, r.yellow] })),
        updatedAt: d.backlog.updatedAt,
      };
    case 'backlog-person':
      return {
        id,
        columns: [{ header: t('columns.assignee') }, ...counts],
        rows: d.backlog.byPerson.map((r) => ({ key: r.key, cells: [person(r.label), r.open, r.red, r.yellow] })),
        updatedAt: d.backlog.updatedAt,
      };
    case 'red':
      return flagged(d.red, t('columns.daysOver'));
    case 'yellow':
      return flagged(d.yellow, t('columns.daysLeft'));
    case 'ratings-item':
      return ratings(
        d.ratings.byItem.map((r) => ({ ...r, label: name(r.item, '') })),
        t('columns.item'),
      );
    case 'ratings-department':
      return ratings(
        d.ratings.byDepartment.map((r) => ({ ...r, label: name(r.department, noDepartment) })),
        t('columns.department'),
      );
    case 'ratings-person':
      return ratings(
        d.ratings.byPerson.map((r) => ({ ...r, label: person(r.person) })),
        t('columns.assignee'),
      );
    case 'ledger':
      return {
        id,
        columns: [{ header: t('columns.ledger') }, { header: t('columns.open'), numeric: true }, { header: t('columns.red'), numeric: true }],
        rows: (['tolerance', 'verification'] as const).map((kind) => ({
          key: kind,
          cells: [t(`ledger.${kind}`), d.ledger[kind].open, d.ledger[kind].overdue],
        })),
        updatedAt: d.ledger.updatedAt,
      };
    case 'follow-ups':
      return {
        id,
        columns: [
          { header: t('columns.caseNumber') },
          { header: t('columns.owner') },
          { header: t('columns.dueOn') },
          { header: t('columns.daysOver'), numeric: true },
        ],
        rows: d.ledger.overdueFollowUps.items.map((f) => ({
          key: f.id,
          caseId: f.caseId,
          cells: [f.caseNumber, f.ownerName ?? t('none.assignee'), f.dueOn, f.daysOver],
        })),
        updatedAt: d.ledger.updatedAt,
      };
  }
}

/** One table as a CSV file: UTF-8 with a BOM (so Excel reads Chinese), headers in the reader's language. */
export async function dashboardCsv(d: Dashboard, id: DashboardTableId, locale: Locale): Promise<{ filename: string; body: string }> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Translate;
  const table = dashboardTable(d, id, t, locale);
  const scope = [d.filter.department, d.filter.item].filter(Boolean).join('-');
  return {
    filename: `dashboard-${id}-${d.filter.from}-${d.filter.to}${scope ? `-${scope}` : ''}.csv`,
    body: UTF8_BOM + toCsv([table.columns.map((c) => c.header), ...table.rows.map((r) => r.cells)]),
  };
}
