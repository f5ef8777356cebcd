import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db/client';
import { caseClockStops, cases, enterprises, NO_DUE_DATE, serviceItems, serviceItemVersions, users } from '@/db/schema';
import type { CaseState } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import { caseClockState, deskFlag, isFinalState, type CaseClockState, type DeskFlag } from '@/lib/domain/clock-state';
import type { ClockStop } from '@/lib/domain/sla';
import type { WorkingCalendar } from '@/lib/domain/working-days';
import { STAFF_VISIBLE_STATES } from '@/lib/domain/case-access';
import { caseTitle } from '@/lib/domain/case-title';
import { decodeQueueCursor, encodeQueueCursor } from '@/lib/domain/queue-cursor';
import { DomainError } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import { loadWorkingCalendar } from './calendar';
import { authorize } from './viewer';

export type ClockStatus = DeskFlag;

export type CaseListItem = {
  id: string;
  number: string | null;
  /** Built from the item's name and the case's subject: pick the reader's language. */
  title: Bilingual;
  state: CaseState;
  version: number;
  service: { code: string; name: Bilingual };
  enterpriseName: string;
  assigneeName: string | null;
  submittedAt: string | null;
  serviceDeadline: string | null;
  legalDeadline: string | null;
  /** The date the desk works against now (null when no clock runs) and how close it is. */
  dueOn: string | null;
  clock: ClockStatus;
  /** Both clocks as the case pages show them (stopped for good once the case has ended). */
  clocks: CaseClockState;
};

const assignee = alias(users, 'assignee');

const listColumns = {
  id: cases.id,
  number: cases.number,
  subject: cases.subject,
  state: cases.state,
  version: cases.version,
  code: serviceItems.code,
  nameZh: serviceItemVersions.nameZh,
  nameEn: serviceItemVersions.nameEn,
  enterpriseName: enterprises.name,
  assigneeName: assignee.name,
  submittedAt: cases.submittedAt,
  serviceDeadline: cases.serviceDeadline,
  legalDeadline: cases.legalDeadline,
  dueOn: cases.dueOn,
  acceptedAt: cases.acceptedAt,
  closedAt: cases.closedAt,
  statutoryDays: serviceItemVersions.statutoryDays,
  promisedDays: serviceItemVersions.promisedDays,
};

type ListRow = {
  id: string;
  number: string | null;
  subject: string | null;
  state: CaseState;
  version: number;
  code: string;
  nameZh: string;
  nameEn: string;
  enterpriseName: string;
  assigneeName: string | null;
  submittedAt: Date | null;
  serviceDeadline: string | null;
  legalDeadline: string | null;
  dueOn: string;
  acceptedAt: Date | null;
  closedAt: Date | null;
  statutoryDays: number;
  promisedDays: number;
};

type Bounds = { today: string; yellowBy: string; calendar: WorkingCalendar; stops: Map<string, ClockStop[]> };

function toListItem(r: ListRow, { today, yellowBy, calendar, stops }: Bounds): CaseListItem {
  const dueOn = r.dueOn === NO_DUE_DATE ? null : r.dueOn;
  return {
    id: r.id,
    number: r.number,
    title: caseTitle({ zh: r.nameZh, en: r.nameEn }, r.subject),
    state: r.state,
    version: r.version,
    service: { code: r.code, name: { zh: r.nameZh, en: r.nameEn } },
    enterpriseName: r.enterpriseName,
    assigneeName: r.assigneeName,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    serviceDeadline: r.serviceDeadline,
    legalDeadline: r.legalDeadline,
    dueOn,
    clock: deskFlag(r.state, dueOn, today, yellowBy),
    clocks: caseClockState({
      state: r.state,
      acceptedOn: r.acceptedAt ? zoneDate(r.acceptedAt) : null,
      closedOn: r.closedAt ? zoneDate(r.closedAt) : null,
      legalDays: r.statutoryDays,
      serviceDays: r.promisedDays,
      stops: stops.get(r.id) ?? [],
      today,
      calendar,
    }),
  };
}

/** The clock stops of the listed cases, by case: one query per page. */
async function stopsOf(db: Database, ids: string[]): Promise<Map<string, ClockStop[]>> {
  const byCase = new Map<string, ClockStop[]>();
  if (!ids.length) return byCase;
  const rows = await db
    .select({ caseId: caseClockStops.caseId, startedOn: caseClockStops.startedOn, endedOn: caseClockStops.endedOn })
    .from(caseClockStops)
    .where(inArray(caseClockStops.caseId, ids));
  for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), { startedOn: r.startedOn, endedOn: r.endedOn }]);
  return byCase;
}

// Not async: a drizzle query is a thenable, so awaiting it would run it unfiltered.
const caseListQuery = (db: Database) =>
  db
    .select(listColumns)
    .from(cases)
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .$dynamic();

async function clockBounds(db: Database) {
  const today = zoneDate(new Date());
  const calendar = await loadWorkingCalendar(db);
  return { today, yellowBy: calendar.addWorkingDays(today, 1).date, calendar };
}

/** The applicant's cases: only those of enterprises they are an active member of. */
export async function listMyCases(viewer: Viewer, limit = 50): Promise<CaseListItem[]> {
  authorize(viewer, 'case.listOwn');
  if (viewer.kind !== 'user' || viewer.memberships.length === 0) return [];
  const db = await getDb();
  const [rows, bounds] = await Promise.all([
    caseListQuery(db)
      .where(inArray(cases.enterpriseId, viewer.memberships.map((m) => m.enterpriseId)))
      .orderBy(desc(cases.createdAt))
      .limit(limit),
    clockBounds(db),
  ]);
  const stops = await stopsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toListItem(r, { ...bounds, stops }));
}

export type QueueFilter = {
  itemCode?: string;
  state?: CaseState;
  clock?: 'red' | 'yellow';
  assignee?: 'me' | 'unassigned';
  /** Opaque cursor from the previous page. */
  after?: string;
  limit?: number;
};

export type QueuePage = {
  items: CaseListItem[];
  total: number;
  red: number;
  yellow: number;
  nextCursor: string | null;
};

/**
 * The staff desk's queue: cases in one state (submitted by default), nearest working date
 * first, paged by keyset on (due_on, id) so a deep page costs what the first one does.
 * Reviewers see their own department's cases only; nobody sees drafts (STAFF_VISIBLE_STATES).
 */
export async function listIntakeQueue(viewer: Viewer, filter: QueueFilter = {}): Promise<QueuePage> {
  authorize(viewer, 'desk.queue');
  if (filter.state && !(STAFF_VISIBLE_STATES as readonly CaseState[]).includes(filter.state)) {
    throw new DomainError('invalid', 'Not a state staff can list', { state: ['state'] });
  }
  if (viewer.kind !== 'user') return { items: [], total: 0, red: 0, yellow: 0, nextCursor: null };
  const db = await getDb();
  const { today, yellowBy, calendar } = await clockBounds(db);
  const limit = Math.min(Math.max(filter.limit ?? 25, 1), 100);

  const scope: SQL[] = [eq(cases.state, filter.state ?? 'submitted')];
  if (filter.itemCode) scope.push(eq(cases.itemId, db.select({ id: serviceItems.id }).from(serviceItems).where(eq(serviceItems.code, filter.itemCode))));
  if (filter.assignee === 'me') scope.push(eq(cases.assigneeId, viewer.userId));
  if (filter.assignee === 'unassigned') scope.push(isNull(cases.assigneeId));
  const onlyReviewer = viewer.roles.includes('reviewer') && !viewer.roles.some((r) => r === 'clerk' || r === 'officer');
  if (onlyReviewer) scope.push(viewer.departmentId ? eq(cases.departmentId, viewer.departmentId) : sql`false`);
  const clockFilter =
    filter.clock === 'red'
      ? lt(cases.dueOn, today)
      : filter.clock === 'yellow'
        ? and(gte(cases.dueOn, today), lte(cases.dueOn, yellowBy))
        : undefined;
  const cursor = filter.after ? decodeQueueCursor(filter.after) : null;
  if (filter.after && !cursor) throw new DomainError('invalid', 'Not a cursor of this queue', { after: ['cursor'] });
  const page = cursor ? sql`(${cases.dueOn}, ${cases.id}) > (${cursor.dueOn}, ${cursor.id})` : undefined;

  const [rows, [counts]] = await Promise.all([
    caseListQuery(db)
      .where(and(...scope, clockFilter, page))
      .orderBy(asc(cases.dueOn), asc(cases.id))
      .limit(limit + 1),
    db
      .select({
        total: sql<number>`count(*)::int`,
        red: sql<number>`count(*) filter (where ${cases.dueOn} < ${today})::int`,
        yellow: sql<number>`count(*) filter (where ${cases.dueOn} >= ${today} and ${cases.dueOn} <= ${yellowBy})::int`,
      })
      .from(cases)
      .where(and(...scope, clockFilter)),
  ]);
  const pageRows = rows.slice(0, limit);
  const stops = await stopsOf(db, pageRows.map((r) => r.id));
  const items = pageRows.map((r) => toListItem(r, { today, yellowBy, calendar, stops }));
  const last = rows.length > limit ? rows[limit - 1] : null;
  return { items, ...counts, nextCursor: last ? encodeQueueCursor(last) : null };
}

/**
 * The cases of some enterprises still under way (submitted, not ended), nearest working date first:
 * what an officer paired with them watches. The caller has authorized the viewer for these enterprises.
 */
export async function listOpenCasesOfEnterprises(enterpriseIds: readonly string[], limit = 100): Promise<CaseListItem[]> {
  if (!enterpriseIds.length) return [];
  const db = await getDb();
  const open = STAFF_VISIBLE_STATES.filter((s) => !isFinalState(s));
  const [rows, bounds] = await Promise.all([
    caseListQuery(db)
      .where(and(inArray(cases.enterpriseId, [...enterpriseIds]), inArray(cases.state, open)))
      .orderBy(asc(cases.dueOn), asc(cases.id))
      .limit(limit),
    clockBounds(db),
  ]);
  const stops = await stopsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toListItem(r, { ...bounds, stops }));
}
