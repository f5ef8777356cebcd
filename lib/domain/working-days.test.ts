import cd from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './clock';
import { addWorkingDays, BUILTIN_CALENDAR, defaultWorkingCalendar, isIsoDate, WorkingCalendar } from './working-days';

const calendar = defaultWorkingCalendar;

describe('the built-in calendar', () => {
  it('covers 2004–2026 from chinese-days', () => {
    expect(BUILTIN_CALENDAR).toMatchObject({ package: 'chinese-days', firstYear: 2004, lastYear: 2026 });
    expect(BUILTIN_CALENDAR.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('agrees with chinese-days on every day it covers', () => {
    const mismatches: string[] = [];
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
      if (calendar.isWorkday(d) !== cd.isWorkday(d)) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });

  it('knows 2026’s holidays and adjusted working days', () => {
    expect(calendar.isWorkday('2026-02-14')).toBe(true); // Saturday, worked before the Spring Festival
    expect(calendar.isWorkday('2026-02-16')).toBe(false); // Spring Festival, a Monday
    expect(calendar.isWorkday('2026-02-28')).toBe(true); // Saturday, worked after it
    expect(calendar.isWorkday('2026-09-20')).toBe(true); // Sunday, worked for National Day
    expect(calendar.isWorkday('2026-09-25')).toBe(false); // Mid-Autumn Festival, a Friday
    expect(calendar.isWorkday('2026-09-27')).toBe(false); // a Sunday of the Mid-Autumn break
    expect(calendar.isWorkday('2026-10-10')).toBe(true); // Saturday, worked for National Day
    expect(calendar.isWorkday('2026-10-17')).toBe(false); // an ordinary Saturday
  });
});

describe('addWorkingDays', () => {
  it('accepted 2026-09-30 with 5 working days is due 2026-10-13 (DESIGN §3)', () => {
    expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(calendar.addWorkingDays('2026-09-30', 5)).toEqual({ date: '2026-10-13', provisional: false });
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10'); // the adjusted Saturday counts
  });

  it('skips the Spring Festival 2026 and counts its adjusted Saturdays', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
    expect(addWorkingDays('2026-02-27', 2)).toBe('2026-03-02');
  });

  it('counts an adjusted working Sunday', () => {
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('does not count the start day, even when it is a holiday', () => {
    expect(addWorkingDays('2026-10-03', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-02-16', 1)).toBe('2026-02-24');
    expect(addWorkingDays('2026-11-23', 1)).toBe('2026-11-24');
  });

  it('0 days is the start day; negative counts walk backwards', () => {
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
    expect(addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkingDays('2026-10-13', -4)).toBe('2026-10-08'); // via the adjusted Saturday 10-10
  });

  it('refuses malformed input instead of guessing', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('30/09/2026', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-09-30', 1.5)).toThrow(RangeError);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });

  it('adding 20 working days takes microseconds', () => {
    const runs = 20_000;
    const started = performance.now();
    for (let i = 0; i < runs; i++) addWorkingDays('2026-09-30', 20);
    const perCallMs = (performance.now() - started) / runs;
    expect(perCallMs).toBeLessThan(0.05);
  });
});

describe('years the package does not cover', () => {
  it('a deadline in 2027 is provisional and uses Monday to Friday', () => {
    expect(calendar.isCovered('2026-12-31')).toBe(true);
    expect(calendar.isCovered('2027-01-04')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
    expect(calendar.addWorkingDays('2026-12-30', 5)).toEqual({ date: '2027-01-06', provisional: true });
    expect(calendar.addWorkingDays('2027-09-30', 5)).toEqual({ date: '2027-10-07', provisional: true });
  });

  it('is no longer provisional once the year is added with its days', () => {
    const with2027 = new WorkingCalendar({
      days: [
        { date: '2027-01-01', isWorkday: false },
        { date: '2027-10-01', isWorkday: false },
        { date: '2027-10-04', isWorkday: false },
        { date: '2027-10-05', isWorkday: false },
        { date: '2027-10-06', isWorkday: false },
        { date: '2027-10-07', isWorkday: false },
        { date: '2027-10-09', isWorkday: true },
      ],
      coveredYears: [2027],
    });
    expect(with2027.isCovered('2027-01-04')).toBe(true);
    expect(with2027.addWorkingDays('2026-12-30', 5)).toEqual({ date: '2027-01-07', provisional: false });
    // 10-08 Fri, 10-09 adjusted Sat, 10-11 Mon, 10-12, 10-13
    expect(with2027.addWorkingDays('2027-09-30', 5)).toEqual({ date: '2027-10-13', provisional: false });
    // 2028 is still unpublished
    expect(with2027.addWorkingDays('2027-12-30', 2).provisional).toBe(true);
  });

  it('entered days without the year marked complete still count, but stay provisional', () => {
    const partial = new WorkingCalendar({ days: [{ date: '2027-01-01', isWorkday: false }] });
    expect(partial.addWorkingDays('2026-12-30', 5)).toEqual({ date: '2027-01-07', provisional: true });
  });

  it('a backwards walk is provisional only when it crosses an uncovered year', () => {
    expect(calendar.addWorkingDays('2027-01-05', -3)).toEqual({ date: '2026-12-31', provisional: true });
    expect(calendar.addWorkingDays('2026-12-31', -1)).toEqual({ date: '2026-12-30', provisional: false });
    expect(calendar.addWorkingDays('2027-01-05', 0)).toEqual({ date: '2027-01-05', provisional: false });
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-13')).toEqual({ days: 5, provisional: false });
    expect(calendar.workingDaysBetween('2026-10-01', '2026-10-07')).toEqual({ days: 0, provisional: false });
    expect(calendar.workingDaysBetween('2026-10-13', '2026-10-13')).toEqual({ days: 0, provisional: false });
    expect(calendar.workingDaysBetween('2026-10-13', '2026-09-30')).toEqual({ days: -5, provisional: false });
    expect(calendar.workingDaysBetween('2026-12-30', '2027-01-06')).toEqual({ days: 5, provisional: true });
  });

  it('round-trips addWorkingDays', () => {
    const starts = [
      '2026-01-01',
      '2026-02-13',
      '2026-02-16',
      '2026-04-03',
      '2026-09-19',
      '2026-09-30',
      '2026-10-03',
      '2026-12-24',
    ];
    for (const start of starts) {
      for (let n = 0; n <= 30; n++) {
        const { date } = calendar.addWorkingDays(start, n);
        expect(calendar.workingDaysBetween(start, date).days, `${start} + ${n}`).toBe(n);
        if (n > 0) expect(calendar.isWorkday(date), `${start} + ${n} lands on a working day`).toBe(true);
      }
    }
  });
});
