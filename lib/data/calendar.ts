import 'server-only';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { calendarDays, calendarYears, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { BUILTIN_CALENDAR, WorkingCalendar } from '@/lib/domain/working-days';
import { DomainError, notFound } from '@/lib/errors';
import type { CalendarDayInput } from '@/lib/validation/calendar';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { actorId, authorize } from './viewer';

/** The schedule changes about once a year; other instances see an admin's change within this time. */
const CACHE_MS = 60_000;
// Serialises writers of the calendar, so two admins saving one year cannot interleave.
const CALENDAR_LOCK = 727_276;

type CacheEntry = { expiresAt: number; calendar: Promise<WorkingCalendar> };
let cache = new WeakMap<Executor, CacheEntry>();

/**
 * The working calendar in force: chinese-days plus the years and days admins have entered.
 * Cached per process (and per database handle) for a minute.
 */
export function loadWorkingCalendar(db?: Executor): Promise<WorkingCalendar> {
  return db ? cachedCalendar(db) : getDb().then(cachedCalendar);
}

function cachedCalendar(db: Executor): Promise<WorkingCalendar> {
  const now = Date.now();
  const hit = cache.get(db);
  if (hit && hit.expiresAt > now) return hit.calendar;
  const calendar = readCalendar(db);
  const entry = { expiresAt: now + CACHE_MS, calendar };
  cache.set(db, entry);
  // A failed read is not cached.
  calendar.catch(() => {
    if (cache.get(db) === entry) cache.delete(db);
  });
  return calendar;
}

async function readCalendar(db: Executor): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([
    db.select({ date: calendarDays.date, isWorkday: calendarDays.isWorkday }).from(calendarDays),
    db.select({ year: calendarYears.year }).from(calendarYears),
  ]);
  return new WorkingCalendar({ days, coveredYears: years.map((y) => y.year) });
}

/** Drops the cached calendar of this process; the writers below call it after committing. */
export function invalidateWorkingCalendar(): void {
  cache = new WeakMap();
}

export type CalendarYearSummary = {
  year: number;
  source: string;
  createdAt: Date;
  createdBy: string | null;
  holidays: number;
  workdays: number;
};

const inYear = (year: number) => and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`));

/** The years admins have entered, newest first, with how many holidays and adjusted working days each has. */
export async function listCalendarYears(viewer: Viewer): Promise<CalendarYearSummary[]> {
  authorize(viewer, 'calendar.manage');
  const db = await getDb();
  const daysOfYear = sql`${calendarDays.date} between make_date(${calendarYears.year}, 1, 1) and make_date(${calendarYears.year}, 12, 31)`;
  return db
    .select({
      year: calendarYears.year,
      source: calendarYears.source,
      createdAt: calendarYears.createdAt,
      createdBy: users.name,
      holidays: sql<number>`(select count(*)::int from ${calendarDays} where ${daysOfYear} and not ${calendarDays.isWorkday})`,
      workdays: sql<number>`(select count(*)::int from ${calendarDays} where ${daysOfYear} and ${calendarDays.isWorkday})`,
    })
    .from(calendarYears)
    .leftJoin(users, eq(users.id, calendarYears.createdBy))
    .orderBy(sql`${calendarYears.year} desc`);
}

export async function listCalendarDays(viewer: Viewer, year: number): Promise<CalendarDayInput[]> {
  authorize(viewer, 'calendar.manage');
  const db = await getDb();
  return readDays(db, year);
}

const readDays = (db: Executor, year: number): Promise<CalendarDayInput[]> =>
  db
    .select({ date: calendarDays.date, isWorkday: calendarDays.isWorkday, name: calendarDays.name })
    .from(calendarDays)
    .where(inYear(year))
    .orderBy(asc(calendarDays.date));

/**
 * Enters (or replaces) the official schedule of a year the package does not cover: its
 * holidays and adjusted working days. From then on that year's deadlines are not provisional.
 */
export async function addCalendarYear(
  viewer: Viewer,
  input: { year: number; source: string; days: readonly CalendarDayInput[] },
  meta: RequestMeta,
): Promise<{ year: number; holidays: number; workdays: number }> {
  authorize(viewer, 'calendar.manage');
  if (input.year <= BUILTIN_CALENDAR.lastYear) {
    throw new DomainError('invalid', 'year already covered', { year: ['yearAlreadyCovered'] });
  }
  const dates = input.days.map((d) => d.date);
  if (dates.some((d) => !d.startsWith(`${input.year}-`)) || new Set(dates).size !== dates.length) {
    throw new DomainError('invalid', 'calendar days', { days: ['calendarDays'] });
  }
  if (!input.days.some((d) => !d.isWorkday)) {
    throw new DomainError('invalid', 'calendar days', { days: ['calendarNoHolidays'] });
  }
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1)).map(({ date, isWorkday, name }) => ({ date, isWorkday, name }));
  const db = await getDb();
  const createdBy = actorId(viewer);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK})`);
    const [previous] = await tx.select({ source: calendarYears.source }).from(calendarYears).where(eq(calendarYears.year, input.year));
    const previousDays = await readDays(tx, input.year);
    await tx.delete(calendarDays).where(inYear(input.year));
    await tx
      .insert(calendarYears)
      .values({ year: input.year, source: input.source, createdBy })
      .onConflictDoUpdate({ target: calendarYears.year, set: { source: input.source, createdBy, createdAt: sql`now()` } });
    await tx.insert(calendarDays).values(days.map((d) => ({ ...d, createdBy })));
    await appendAudit(tx, { actorId: createdBy, ip: meta.ip }, {
      action: previous ? 'calendar.year.replace' : 'calendar.year.add',
      entityType: 'calendar_year',
      entityId: String(input.year),
      before: previous ? { source: previous.source, days: previousDays } : undefined,
      after: { source: input.source, days },
    });
  });
  invalidateWorkingCalendar();
  return { year: input.year, holidays: days.filter((d) => !d.isWorkday).length, workdays: days.filter((d) => d.isWorkday).length };
}

/** Withdraws an entered year: its deadlines become provisional again (plain weekday rule). */
export async function removeCalendarYear(viewer: Viewer, year: number, meta: RequestMeta): Promise<void> {
  authorize(viewer, 'calendar.manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK})`);
    const [existing] = await tx.select({ source: calendarYears.source }).from(calendarYears).where(eq(calendarYears.year, year));
    if (!existing) throw notFound('calendar year');
    const days = await readDays(tx, year);
    await tx.delete(calendarDays).where(inYear(year));
    await tx.delete(calendarYears).where(eq(calendarYears.year, year));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'calendar.year.remove',
      entityType: 'calendar_year',
      entityId: String(year),
      before: { source: existing.source, days },
    });
  });
  invalidateWorkingCalendar();
}
