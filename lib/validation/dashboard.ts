import { z } from 'zod';
import { addCalendarDays } from '@/lib/domain/clock';
import { isIsoDate } from '@/lib/domain/working-days';

/** The range shown when the URL gives none: the last 90 days, today included. */
export const DEFAULT_RANGE_DAYS = 90;
/** The longest range one view sums over (two years): the day series stays a few hundred points. */
export const MAX_RANGE_DAYS = 731;

export const DASHBOARD_FILTER_FIELDS = ['from', 'to', 'department', 'item'] as const;
export type DashboardFilterField = (typeof DASHBOARD_FILTER_FIELDS)[number];

/** Why a filter value from the URL was not used; the page says so beside the field (messages dashboard.filter.errors.*). */
export type DashboardFilterError = 'date' | 'order' | 'range' | 'unknown';

export type DashboardFilter = {
  /** Zone dates, inclusive. */
  from: string;
  to: string;
  /** Codes of a department and a service item, or all when absent. */
  department?: string;
  item?: string;
};

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v);
const date = z.preprocess(single, z.string().trim().optional());
const code = z.preprocess(
  single,
  z
    .string()
    .trim()
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/)
    .optional()
    .catch(undefined),
);

/** The dashboard's filter as kept in the URL: /dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD&department=<code>&item=<code>. */
export const dashboardQuerySchema = z.object({
  from: date.catch(undefined),
  to: date.catch(undefined),
  department: code,
  item: code,
});

/**
 * The filter to show from the URL's values, never failing: a value that is not usable is
 * replaced by its default and reported, so the page shows the default view and says why.
 * An unknown department or item code passes here; the data layer, which knows the codes, reports it.
 */
export function parseDashboardFilter(
  query: Record<string, unknown>,
  today: string,
): { filter: DashboardFilter; errors: Partial<Record<DashboardFilterField, DashboardFilterError>> } {
  const raw = dashboardQuerySchema.parse(query);
  const errors: Partial<Record<DashboardFilterField, DashboardFilterError>> = {};
  const valid = (field: 'from' | 'to') => {
    const value = raw[field];
    if (value === undefined) return undefined;
    if (isIsoDate(value)) return value;
    errors[field] = 'date';
    return undefined;
  };
  // A range reaching past today is allowed: the days ahead are simply empty.
  const to = valid('to') ?? today;
  let from = valid('from') ?? addCalendarDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) {
    errors.from = 'order';
    from = addCalendarDays(to, -(DEFAULT_RANGE_DAYS - 1));
  } else if (addCalendarDays(from, MAX_RANGE_DAYS - 1) < to) {
    errors.from = 'range';
    from = addCalendarDays(to, -(MAX_RANGE_DAYS - 1));
  }
  return { filter: { from, to, department: raw.department, item: raw.item }, errors };
}

/** The filter as URL search parameters (the page's links and the export's), defaults left out. */
export function dashboardSearchParams(filter: DashboardFilter, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.department) params.set('department', filter.department);
  if (filter.item) params.set('item', filter.item);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}
