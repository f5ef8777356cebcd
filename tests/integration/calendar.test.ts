import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { ANONYMOUS } from '@/lib/auth/permissions';
import {
  addCalendarYear,
  invalidateWorkingCalendar,
  listCalendarDays,
  listCalendarYears,
  loadWorkingCalendar,
  removeCalendarYear,
} from '@/lib/data/calendar';
import { caseClock } from '@/lib/domain/sla';
import { DomainError } from '@/lib/errors';
import { calendarYearSchema } from '@/lib/validation/calendar';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };

const year2027 = calendarYearSchema.parse({
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  days: ['2027-01-01 休 元旦', '2027-10-01~2027-10-07 休 国庆节', '2027-10-09 班 国庆节调休上班'].join('\n'),
});

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('admin-entered calendar years', () => {
  it('before 2027 is entered, its deadlines are provisional and count Monday to Friday', async () => {
    invalidateWorkingCalendar();
    const calendar = await loadWorkingCalendar(test.db);
    expect(calendar.addWorkingDays('2027-09-30', 5)).toEqual({ date: '2027-10-07', provisional: true });
  });

  it('adding 2027 makes its deadlines firm and honours its holidays', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    expect(await addCalendarYear(admin, year2027, meta)).toEqual({ year: 2027, holidays: 8, workdays: 1 });

    const calendar = await loadWorkingCalendar(test.db);
    // 10-01..10-07 off, 10-08 Fri, 10-09 adjusted Sat, 10-11, 10-12, 10-13
    expect(calendar.addWorkingDays('2027-09-30', 5)).toEqual({ date: '2027-10-13', provisional: false });
    expect(calendar.addWorkingDays('2026-12-30', 2)).toEqual({ date: '2027-01-04', provisional: false });
    expect(caseClock({ acceptedOn: '2027-09-30', limitDays: 5, today: '2027-10-12', calendar })).toMatchObject({
      deadline: '2027-10-13',
      provisional: false,
      usedDays: 4,
      status: 'yellow',
    });

    expect(await listCalendarYears(admin)).toEqual([
      expect.objectContaining({ year: 2027, source: year2027.source, holidays: 8, workdays: 1 }),
    ]);
    const days = await listCalendarDays(admin, 2027);
    expect(days).toHaveLength(9);
    expect(days[0]).toEqual({ date: '2027-01-01', isWorkday: false, name: '元旦' });

    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'calendar_year'), eq(auditEvents.entityId, '2027')));
    expect(event).toMatchObject({ action: 'calendar.year.add', ip: '127.0.0.1' });
  });

  it('saving the year again replaces its days', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const corrected = calendarYearSchema.parse({ ...year2027, days: '2027-10-01~2027-10-07 休 国庆节' });
    await addCalendarYear(admin, corrected, meta);
    expect(await listCalendarDays(admin, 2027)).toHaveLength(7);
    const calendar = await loadWorkingCalendar(test.db);
    expect(calendar.isWorkday('2027-01-01')).toBe(true);
    expect(calendar.isWorkday('2027-10-09')).toBe(false);
  });

  it('refuses a year the built-in calendar covers', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const error = await errorOf(
      addCalendarYear(admin, { ...year2027, year: 2026, days: [{ date: '2026-12-31', isWorkday: false, name: 'x' }] }, meta),
    );
    expect(error.fieldErrors).toEqual({ year: ['yearAlreadyCovered'] });
  });

  it('refuses anyone but an admin', async () => {
    const manager = await test.viewerOf('manager@onewindow.test');
    expect((await errorOf(addCalendarYear(manager, year2027, meta))).code).toBe('forbidden');
    expect((await errorOf(listCalendarYears(manager))).code).toBe('forbidden');
    expect((await errorOf(removeCalendarYear(manager, 2027, meta))).code).toBe('forbidden');
    expect((await errorOf(listCalendarDays(ANONYMOUS, 2027))).code).toBe('unauthenticated');
  });

  it('removing the year makes its deadlines provisional again', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    await removeCalendarYear(admin, 2027, meta);
    expect(await listCalendarYears(admin)).toEqual([]);
    expect((await loadWorkingCalendar(test.db)).addWorkingDays('2027-09-30', 5).provisional).toBe(true);
    expect((await errorOf(removeCalendarYear(admin, 2027, meta))).code).toBe('notFound');
  });
});
