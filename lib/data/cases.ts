import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db/client';
import { cases, enterprises, serviceItems, serviceItemVersions } from '@/db/schema';
import type { CaseState } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate, zoneDayStart, zoneMonthStart, zoneWeekStart } from '@/lib/domain/clock';
import type { Bilingual } from '@/lib/i18n/config';
import { authorize } from './viewer';

export type CaseListItem = {
  id: string;
  number: string;
  title: string;
  state: CaseState;
  service: { code: string; name: Bilingual };
  enterpriseName: string;
  submittedAt: string | null;
  serviceDeadline: string | null;
  legalDeadline: string | null;
};

const listColumns = {
  id: cases.id,
  number: cases.number,
  title: cases.title,
  state: cases.state,
  code: serviceItems.code,
  nameZh: serviceItemVersions.nameZh,
  nameEn: serviceItemVersions.nameEn,
  enterpriseName: enterprises.name,
  submittedAt: cases.submittedAt,
  serviceDeadline: cases.serviceDeadline,
  legalDeadline: cases.legalDeadline,
};

type ListRow = {
  id: string;
  number: string;
  title: string;
  state: CaseState;
  code: string;
  nameZh: string;
  nameEn: string;
  enterpriseName: string;
  submittedAt: Date | null;
  serviceDeadline: string | null;
  legalDeadline: string | null;
};

function toListItem(r: ListRow): CaseListItem {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    state: r.state,
    service: { code: r.code, name: { zh: r.nameZh, en: r.nameEn } },
    enterpriseName: r.enterpriseName,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    serviceDeadline: r.serviceDeadline,
    legalDeadline: r.legalDeadline,
  };
}

// Not async: a drizzle query is a thenable, so awaiting it would run it unfiltered.
const caseListQuery = (db: Database) =>
  db
    .select(listColumns)
    .from(cases)
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .$dynamic();

/** The applicant's cases: only those of enterprises they are an active member of. */
export async function listMyCases(viewer: Viewer, limit = 50): Promise<CaseListItem[]> {
  authorize(viewer, 'case.listOwn');
  if (viewer.kind !== 'user' || viewer.memberships.length === 0) return [];
  const rows = await caseListQuery(await getDb())
    .where(inArray(cases.enterpriseId, viewer.memberships.map((m) => m.enterpriseId)))
    .orderBy(desc(cases.createdAt))
    .limit(limit);
  return rows.map(toListItem);
}

/** The intake queue of the staff desk: submitted cases, the nearest deadline first. */
export async function listIntakeQueue(viewer: Viewer, limit = 50): Promise<{ items: CaseListItem[]; total: number }> {
  authorize(viewer, 'desk.queue');
  const db = await getDb();
  const [rows, [{ total }]] = await Promise.all([
    caseListQuery(db).where(eq(cases.state, 'submitted')).orderBy(asc(cases.submittedAt), asc(cases.id)).limit(limit),
    db.select({ total: count() }).from(cases).where(eq(cases.state, 'submitted')),
  ]);
  return { items: rows.map(toListItem), total };
}

const OPEN_STATES: CaseState[] = ['submitted', 'needs_supplement', 'accepted', 'in_review', 'suspended', 'approved'];

export type PeriodCounts = { received: number; accepted: number; completed: number };
export type DashboardCounts = {
  date: string;
  today: PeriodCounts;
  week: PeriodCounts;
  month: PeriodCounts;
  open: number;
  overdue: number;
  byState: { state: CaseState; count: number }[];
};

/** Manager dashboard figures, counted in the zone's time zone at `now`. */
export async function dashboardCounts(viewer: Viewer, now = new Date()): Promise<DashboardCounts> {
  authorize(viewer, 'dashboard.view');
  const db = await getDb();
  const today = zoneDate(now);
  const since = (isoDate: string) => zoneDayStart(isoDate);
  const period = async (from: Date): Promise<PeriodCounts> => {
    const [row] = await db
      .select({
        received: sql<number>`count(*) filter (where ${cases.submittedAt} >= ${from})::int`,
        accepted: sql<number>`count(*) filter (where ${cases.acceptedAt} >= ${from})::int`,
        completed: sql<number>`count(*) filter (where ${cases.completedAt} >= ${from})::int`,
      })
      .from(cases)
      .where(
        sql`${cases.submittedAt} >= ${from} or ${cases.acceptedAt} >= ${from} or ${cases.completedAt} >= ${from}`,
      );
    return row;
  };
  const [todayCounts, week, month, byState, [overdue]] = await Promise.all([
    period(since(today)),
    period(since(zoneWeekStart(today))),
    period(since(zoneMonthStart(today))),
    db.select({ state: cases.state, count: count() }).from(cases).groupBy(cases.state).orderBy(cases.state),
    db
      .select({ n: count() })
      .from(cases)
      .where(and(inArray(cases.state, OPEN_STATES), isNotNull(cases.serviceDeadline), lt(cases.serviceDeadline, today))),
  ]);
  const open = byState.filter((s) => OPEN_STATES.includes(s.state)).reduce((sum, s) => sum + s.count, 0);
  return { date: today, today: todayCounts, week, month, open, overdue: overdue.n, byState };
}
