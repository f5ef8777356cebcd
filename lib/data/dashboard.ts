import 'server-only';
import { alias, unionAll, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { and, asc, between, eq, gte, inArray, lt, lte, max, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db/client';
import {
  caseDailyStats,
  caseDurationStats,
  cases,
  caseStateStats,
  departments,
  NONE_ID,
  obligations,
  ratingFollowUps,
  ratingStats,
  serviceItems,
  serviceItemVersions,
  users,
  verificationTasks,
} from '@/db/schema';
import type { CaseState } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import { histogramSummary, PERIODS, rate, volumeSeries, type Period, type VolumeMeasure, type VolumePoint } from '@/lib/domain/dashboard';
import { OWED_STATES } from '@/lib/domain/obligation-states';
import type { WorkingCalendar } from '@/lib/domain/working-days';
import { OPEN_STATES } from '@/lib/domain/workflow';
import type { Bilingual } from '@/lib/i18n/config';
import type { DashboardFilter, DashboardFilterError, DashboardFilterField } from '@/lib/validation/dashboard';
import { loadWorkingCalendar } from './calendar';
import { currentInstant } from './now';
import { authorize } from './viewer';

/** How many red and yellow cases, and overdue follow-ups, the lists show (the counts cover them all). */
export const DASHBOARD_LIST_LIMIT = 20;

/** Every figure group says when it was last updated: the newest aggregate row it read, or now for a live query. */
type Fresh<T> = T & { updatedAt: Date };

export type Named = { id: string; code: string; name: Bilingual };
export type Person = { id: string | null; name: string | null };

export type VolumeFigures = Fresh<{ totals: Record<VolumeMeasure, number>; series: Record<Period, VolumePoint[]> }>;
export type OnTimeFigures = Fresh<{ completed: number; service: number; legal: number; serviceRate: number | null; legalRate: number | null }>;
export type DurationRow = { item: Named | null; count: number; average: number | null; p90: number | null };
export type BacklogRow<L> = { key: string; label: L; open: number; red: number; yellow: number };
export type BacklogFigures = Fresh<{
  open: number;
  red: number;
  yellow: number;
  byState: BacklogRow<CaseState>[];
  byDepartment: BacklogRow<Named | null>[];
  byPerson: BacklogRow<Person>[];
}>;
export type FlaggedCase = {
  id: string;
  number: string | null;
  state: CaseState;
  item: Named;
  department: Named | null;
  assigneeName: string | null;
  dueOn: string;
  /** Red: working days past the due date; yellow: working days left (0 = due today). */
  workingDays: number;
};
export type RatingRow = { key: string; count: number; average: number | null; byScore: number[] };
export type RatingFigures = Fresh<{
  total: RatingRow;
  byItem: (RatingRow & { item: Named | null })[];
  byDepartment: (RatingRow & { department: Named | null })[];
  byPerson: (RatingRow & { person: Person })[];
}>;
export type OverdueFollowUp = { id: string; caseId: string; caseNumber: string | null; ownerName: string | null; dueOn: string; daysOver: number };
export type LedgerFigures = Fresh<{
  tolerance: { open: number; overdue: number };
  verification: { open: number; overdue: number };
  overdueFollowUps: { count: number; items: OverdueFollowUp[] };
}>;

export type Dashboard = {
  today: string;
  filter: DashboardFilter;
  /** Filter values the data layer could not use (an unknown department or item code): shown beside the field. */
  errors: Partial<Record<DashboardFilterField, DashboardFilterError>>;
  options: { departments: Named[]; items: Named[] };
  volume: VolumeFigures;
  onTime: OnTimeFigures;
  durations: Fresh<{ total: DurationRow; byItem: DurationRow[] }>;
  backlog: BacklogFigures;
  red: Fresh<{ count: number; items: FlaggedCase[] }>;
  yellow: Fresh<{ count: number; items: FlaggedCase[] }>;
  ratings: RatingFigures;
  ledger: LedgerFigures;
};

const newest = (dates: readonly (Date | string | null)[], fallback: Date): Date => {
  const times = dates.filter((d) => d !== null).map((d) => new Date(d).getTime());
  return times.length ? new Date(Math.max(...times)) : fallback;
};
const noneToNull = (id: string) => (id === NONE_ID ? null : id);

/**
 * The manager dashboard (DESIGN §9) for a filter: every figure from the aggregates that the
 * triggers of migration 0014 keep (summed over their slots), the small obligation and
 * follow-up tables, and, for the red and yellow lists, LIMITed index range scans on the cases
 * — never a scan of the cases table. Backlog, red and yellow are as of now; the rest covers
 * the filter's range of zone days.
 */
export async function loadDashboard(viewer: Viewer, filter: DashboardFilter, now = currentInstant()): Promise<Dashboard> {
  authorize(viewer, 'dashboard.view');
  const db = await getDb();
  const today = zoneDate(now);
  const [options, calendar] = await Promise.all([dashboardOptions(db), loadWorkingCalendar(db)]);
  const errors: Dashboard['errors'] = {};
  const department = filter.department ? options.departments.find((d) => d.code === filter.department) : undefined;
  const item = filter.item ? options.items.find((i) => i.code === filter.item) : undefined;
  if (filter.department && !department) errors.department = 'unknown';
  if (filter.item && !item) errors.item = 'unknown';
  const applied: DashboardFilter = { from: filter.from, to: filter.to, department: department?.code, item: item?.code };
  const scope: Scope = { from: filter.from, to: filter.to, departmentId: department?.id, itemId: item?.id };
  const yellowBy = calendar.addWorkingDays(today, 1).date;
  const names = lookup(options);

  const [volume, durations, backlog, red, yellow, ratings, ledger] = await Promise.all([
    volumeFigures(db, scope),
    durationFigures(db, scope, names),
    backlogFigures(db, scope, today, yellowBy, names),
    flaggedCases(db, scope, { dueBefore: today }, today, calendar, names),
    flaggedCases(db, scope, { dueFrom: today, dueBy: yellowBy }, today, calendar, names),
    ratingFigures(db, scope, names),
    ledgerFigures(db, scope, today, calendar, now),
  ]);
  return {
    today,
    filter: applied,
    errors,
    options,
    volume: volume.volume,
    onTime: volume.onTime,
    durations,
    backlog,
    red: { count: backlog.red, items: red, updatedAt: backlog.updatedAt },
    yellow: { count: backlog.yellow, items: yellow, updatedAt: backlog.updatedAt },
    ratings,
    ledger,
  };
}

type Scope = { from: string; to: string; departmentId?: string; itemId?: string };
type Names = { department: (id: string) => Named | null; item: (id: string) => Named | null };

/** The departments and service items to filter by (small tables), items named as their current version. */
async function dashboardOptions(db: Database): Promise<Dashboard['options']> {
  const [depts, items] = await Promise.all([
    db
      .select({ id: departments.id, code: departments.code, zh: departments.nameZh, en: departments.nameEn })
      .from(departments)
      .orderBy(asc(departments.code)),
    db
      .select({ id: serviceItems.id, code: serviceItems.code, zh: serviceItemVersions.nameZh, en: serviceItemVersions.nameEn })
      .from(serviceItems)
      .innerJoin(
        serviceItemVersions,
        and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
      )
      .orderBy(asc(serviceItems.code)),
  ]);
  const named = (r: { id: string; code: string; zh: string; en: string }): Named => ({ id: r.id, code: r.code, name: { zh: r.zh, en: r.en } });
  return { departments: depts.map(named), items: items.map(named) };
}

function lookup(options: Dashboard['options']): Names {
  const departmentsById = new Map(options.departments.map((d) => [d.id, d]));
  const itemsById = new Map(options.items.map((i) => [i.id, i]));
  return { department: (id) => departmentsById.get(id) ?? null, item: (id) => itemsById.get(id) ?? null };
}

/** The department and item conditions of the filter, on any table with these two columns. */
function scoped(scope: Scope, columns: { departmentId: AnyPgColumn; itemId: AnyPgColumn }): SQL[] {
  const conditions: SQL[] = [];
  if (scope.departmentId) conditions.push(eq(columns.departmentId, scope.departmentId));
  if (scope.itemId) conditions.push(eq(columns.itemId, scope.itemId));
  return conditions;
}

/** Received / accepted / completed per day, week and month, and the on-time rates: one query on case_daily_stats. */
async function volumeFigures(db: Database, scope: Scope): Promise<{ volume: VolumeFigures; onTime: OnTimeFigures }> {
  const rows = await db
    .select({
      day: caseDailyStats.day,
      change: caseDailyStats.change,
      n: sql<number>`sum(${caseDailyStats.n})::int`,
      updatedAt: max(caseDailyStats.updatedAt),
    })
    .from(caseDailyStats)
    .where(and(between(caseDailyStats.day, scope.from, scope.to), ...scoped(scope, caseDailyStats)))
    .groupBy(caseDailyStats.day, caseDailyStats.change);
  const total = (change: string) => rows.filter((r) => r.change === change).reduce((sum, r) => sum + r.n, 0);
  const days = rows
    .filter((r) => r.change === 'received' || r.change === 'accepted' || r.change === 'completed')
    .map((r) => ({ day: r.day, measure: r.change as VolumeMeasure, n: r.n }));
  const updatedAt = newest(
    rows.map((r) => r.updatedAt),
    new Date(0),
  );
  const series = Object.fromEntries(PERIODS.map((p) => [p, volumeSeries(days, scope.from, scope.to, p)])) as Record<Period, VolumePoint[]>;
  const completed = total('completed');
  const service = total('on_time_service');
  const legal = total('on_time_legal');
  return {
    volume: { totals: { received: total('received'), accepted: total('accepted'), completed }, series, updatedAt },
    onTime: { completed, service, legal, serviceRate: rate(service, completed), legalRate: rate(legal, completed), updatedAt },
  };
}

/** Average and p90 working days per item, exact from the histogram in case_duration_stats. */
async function durationFigures(db: Database, scope: Scope, names: Names): Promise<Dashboard['durations']> {
  const rows = await db
    .select({
      itemId: caseDurationStats.itemId,
      value: caseDurationStats.workingDays,
      n: sql<number>`sum(${caseDurationStats.n})::int`,
      updatedAt: max(caseDurationStats.updatedAt),
    })
    .from(caseDurationStats)
    .where(and(between(caseDurationStats.day, scope.from, scope.to), ...scoped(scope, caseDurationStats)))
    .groupBy(caseDurationStats.itemId, caseDurationStats.workingDays);
  const binsByItem = new Map<string, typeof rows>();
  for (const r of rows) binsByItem.set(r.itemId, [...(binsByItem.get(r.itemId) ?? []), r]);
  const byItem = [...binsByItem].map(([itemId, bins]) => ({ item: names.item(itemId), ...histogramSummary(bins) }));
  return {
    total: { item: null, ...histogramSummary(rows) },
    byItem: byItem.filter((r) => r.count > 0).sort((a, b) => (a.item?.code ?? '').localeCompare(b.item?.code ?? '')),
    updatedAt: newest(
      rows.map((r) => r.updatedAt),
      new Date(0),
    ),
  };
}

const OPEN = OPEN_STATES as readonly CaseState[];

/** Open cases by state, department and person, with the red and yellow among them: one query on case_state_stats. */
async function backlogFigures(db: Database, scope: Scope, today: string, yellowBy: string, names: Names): Promise<BacklogFigures> {
  const rows = await db
    .select({
      state: caseStateStats.state,
      departmentId: caseStateStats.departmentId,
      assigneeId: caseStateStats.assigneeId,
      assigneeName: users.name,
      open: sql<number>`sum(${caseStateStats.n})::int`,
      red: sql<number>`coalesce(sum(${caseStateStats.n}) filter (where ${caseStateStats.dueOn} < ${today}), 0)::int`,
      yellow: sql<number>`coalesce(sum(${caseStateStats.n}) filter (where ${caseStateStats.dueOn} >= ${today} and ${caseStateStats.dueOn} <= ${yellowBy}), 0)::int`,
      updatedAt: max(caseStateStats.updatedAt),
    })
    .from(caseStateStats)
    .leftJoin(users, eq(users.id, caseStateStats.assigneeId))
    .where(and(inArray(caseStateStats.state, OPEN), ...scoped(scope, caseStateStats)))
    .groupBy(caseStateStats.state, caseStateStats.departmentId, caseStateStats.assigneeId, users.name);
  const live = rows.filter((r) => r.open > 0);
  const sumBy = <L>(key: (r: (typeof live)[number]) => string, label: (r: (typeof live)[number]) => L) => {
    const groups = new Map<string, BacklogRow<L>>();
    for (const r of live) {
      const k = key(r);
      const g = groups.get(k) ?? { key: k, label: label(r), open: 0, red: 0, yellow: 0 };
      g.open += r.open;
      g.red += r.red;
      g.yellow += r.yellow;
      groups.set(k, g);
    }
    return [...groups.values()].sort((a, b) => b.open - a.open || a.key.localeCompare(b.key));
  };
  const byState = sumBy(
    (r) => r.state,
    (r) => r.state as CaseState,
  ).sort((a, b) => OPEN.indexOf(a.label) - OPEN.indexOf(b.label));
  return {
    open: live.reduce((s, r) => s + r.open, 0),
    red: live.reduce((s, r) => s + r.red, 0),
    yellow: live.reduce((s, r) => s + r.yellow, 0),
    byState,
    byDepartment: sumBy(
      (r) => r.departmentId,
      (r) => names.department(r.departmentId),
    ),
    byPerson: sumBy(
      (r) => r.assigneeId,
      (r): Person => ({ id: noneToNull(r.assigneeId), name: r.assigneeName }),
    ),
    updatedAt: newest(
      rows.map((r) => r.updatedAt),
      new Date(0),
    ),
  };
}

const assignee = alias(users, 'flag_assignee');

/**
 * The first red (due before today) or yellow (due today up to `dueBy`) open cases, most urgent
 * first: per open state one LIMITed range scan of cases_state_due_idx (state, due_on, id),
 * put together in one query.
 */
async function flaggedCases(
  db: Database,
  scope: Scope,
  window: { dueBefore: string } | { dueFrom: string; dueBy: string },
  today: string,
  calendar: WorkingCalendar,
  names: Names,
): Promise<FlaggedCase[]> {
  const due = 'dueBefore' in window ? lt(cases.dueOn, window.dueBefore) : and(gte(cases.dueOn, window.dueFrom), lte(cases.dueOn, window.dueBy));
  const perState = (state: CaseState) =>
    db
      .select({
        id: cases.id,
        number: cases.number,
        state: cases.state,
        itemId: cases.itemId,
        departmentId: cases.departmentId,
        assigneeName: assignee.name,
        dueOn: cases.dueOn,
      })
      .from(cases)
      .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
      .where(and(eq(cases.state, state), due, ...scoped(scope, cases)))
      .orderBy(asc(cases.dueOn), asc(cases.id))
      .limit(DASHBOARD_LIST_LIMIT);
  const [first, second, ...rest] = OPEN.map(perState);
  const rows = await unionAll(first, second, ...rest);
  return rows
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
    .slice(0, DASHBOARD_LIST_LIMIT)
    .map((r) => ({
      id: r.id,
      number: r.number,
      state: r.state,
      item: names.item(r.itemId) as Named,
      department: r.departmentId ? names.department(r.departmentId) : null,
      assigneeName: r.assigneeName,
      dueOn: r.dueOn,
      // A case past its due date is at least one day over, even when the days since were not working days.
      workingDays:
        'dueBefore' in window
          ? Math.max(calendar.workingDaysBetween(r.dueOn, today).days, 1)
          : calendar.workingDaysBetween(today, r.dueOn).days,
    }));
}

const emptyRating = (key: string): RatingRow => ({ key, count: 0, average: null, byScore: [0, 0, 0, 0, 0] });
const addRating = (row: RatingRow, score: number, n: number) => {
  const sum = (row.average ?? 0) * row.count + score * n;
  row.count += n;
  row.byScore[score - 1] += n;
  row.average = row.count ? sum / row.count : null;
};

/** Ratings (好差评) per level, item, department and person over the range: one query on rating_stats. */
async function ratingFigures(db: Database, scope: Scope, names: Names): Promise<RatingFigures> {
  const rows = await db
    .select({
      itemId: ratingStats.itemId,
      departmentId: ratingStats.departmentId,
      assigneeId: ratingStats.assigneeId,
      assigneeName: users.name,
      score: ratingStats.score,
      n: sql<number>`sum(${ratingStats.n})::int`,
      updatedAt: max(ratingStats.updatedAt),
    })
    .from(ratingStats)
    .leftJoin(users, eq(users.id, ratingStats.assigneeId))
    .where(and(between(ratingStats.day, scope.from, scope.to), ...scoped(scope, ratingStats)))
    .groupBy(ratingStats.itemId, ratingStats.departmentId, ratingStats.assigneeId, users.name, ratingStats.score);
  const total = emptyRating('total');
  const byItem = new Map<string, RatingRow & { item: Named | null }>();
  const byDepartment = new Map<string, RatingRow & { department: Named | null }>();
  const byPerson = new Map<string, RatingRow & { person: Person }>();
  for (const r of rows.filter((row) => row.n > 0)) {
    addRating(total, r.score, r.n);
    const i = byItem.get(r.itemId) ?? { ...emptyRating(r.itemId), item: names.item(r.itemId) };
    addRating(i, r.score, r.n);
    byItem.set(r.itemId, i);
    const d = byDepartment.get(r.departmentId) ?? { ...emptyRating(r.departmentId), department: names.department(r.departmentId) };
    addRating(d, r.score, r.n);
    byDepartment.set(r.departmentId, d);
    const p = byPerson.get(r.assigneeId) ?? { ...emptyRating(r.assigneeId), person: { id: noneToNull(r.assigneeId), name: r.assigneeName } };
    addRating(p, r.score, r.n);
    byPerson.set(r.assigneeId, p);
  }
  const byCount = <T extends RatingRow>(m: Map<string, T>) => [...m.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    total,
    byItem: byCount(byItem),
    byDepartment: byCount(byDepartment),
    byPerson: byCount(byPerson),
    updatedAt: newest(
      rows.map((r) => r.updatedAt),
      new Date(0),
    ),
  };
}

/**
 * Open tolerance obligations and promise verifications, and overdue rating follow-ups: live
 * queries on small tables (their open rows are few), scoped to the filter through the case.
 */
async function ledgerFigures(db: Database, scope: Scope, today: string, calendar: WorkingCalendar, now: Date): Promise<LedgerFigures> {
  const caseScope = scoped(scope, cases);
  const owner = alias(users, 'follow_up_owner');
  const [[tolerance], [verification], followUps, [followUpCount]] = await Promise.all([
    db
      .select({
        open: sql<number>`count(*)::int`,
        overdue: sql<number>`(count(*) filter (where ${obligations.dueDate} < ${today}))::int`,
      })
      .from(obligations)
      .innerJoin(cases, eq(cases.id, obligations.caseId))
      .where(and(eq(obligations.kind, 'tolerance'), inArray(obligations.status, OWED_STATES), ...caseScope)),
    db
      .select({
        open: sql<number>`count(*)::int`,
        overdue: sql<number>`(count(*) filter (where ${verificationTasks.dueDate} < ${today}))::int`,
      })
      .from(verificationTasks)
      .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
      .where(and(eq(verificationTasks.status, 'open'), ...caseScope)),
    db
      .select({ id: ratingFollowUps.id, caseId: ratingFollowUps.caseId, caseNumber: cases.number, ownerName: owner.name, dueOn: ratingFollowUps.dueOn })
      .from(ratingFollowUps)
      .innerJoin(cases, eq(cases.id, ratingFollowUps.caseId))
      .leftJoin(owner, eq(owner.id, ratingFollowUps.ownerId))
      .where(and(ne(ratingFollowUps.state, 'closed'), lt(ratingFollowUps.dueOn, today), ...caseScope))
      .orderBy(asc(ratingFollowUps.dueOn), asc(ratingFollowUps.id))
      .limit(DASHBOARD_LIST_LIMIT),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(ratingFollowUps)
      .innerJoin(cases, eq(cases.id, ratingFollowUps.caseId))
      .where(and(ne(ratingFollowUps.state, 'closed'), lt(ratingFollowUps.dueOn, today), ...caseScope)),
  ]);
  return {
    tolerance,
    verification,
    overdueFollowUps: {
      count: followUpCount.n,
      items: followUps.map((f) => ({ ...f, daysOver: Math.max(calendar.workingDaysBetween(f.dueOn, today).days, 1) })),
    },
    updatedAt: now,
  };
}
