/**
 * Working days of the zone (DESIGN §3): the Chinese holiday calendar with its adjusted
 * working days (调休), from the `chinese-days` package for the years it covers, plus the
 * days an admin enters for later years. Pure: no database, no clock.
 *
 * Beyond its last year chinese-days silently falls back to "Monday to Friday". We never
 * rely on that fallback unknowingly: a result that depends on a year neither the package
 * nor an admin has covered is flagged `provisional` — never an exception.
 *
 * Dates are ISO calendar dates ('YYYY-MM-DD') in and out. Internally they are day numbers
 * (days since 1970-01-01), so walking a limit is a few integer steps and Map lookups.
 */
import builtin from 'chinese-days/dist/chinese-days.json';
import builtinPackage from 'chinese-days/package.json';

type BuiltinData = { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict 'YYYY-MM-DD' that names a real calendar day. */
export function isIsoDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

function toDayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

function dayNumber(iso: string): number {
  const n = toDayNumber(iso);
  if (n === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return n;
}

const toIso = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const yearOf = (n: number) => new Date(n * DAY_MS).getUTCFullYear();
const firstDayOfYear = (year: number) => Date.UTC(year, 0, 1) / DAY_MS;
// 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday.
const weekdayOf = (n: number) => (((n + 4) % 7) + 7) % 7;

const data = builtin as BuiltinData;
// The JSON's keys are not sorted: scan them all once.
const builtinYears = [data.holidays, data.workdays, data.inLieuDays].flatMap((table) =>
  Object.keys(table).map((d) => Number(d.slice(0, 4))),
);

/** The built-in calendar: which package, which version, which years it has schedules for. */
export const BUILTIN_CALENDAR = {
  package: 'chinese-days',
  version: (builtinPackage as { version: string }).version,
  firstYear: Math.min(...builtinYears),
  lastYear: Math.max(...builtinYears),
} as const;

// Day number → is a working day. Holidays first, then adjusted working days (a date is never in both).
const BUILTIN_DAYS = new Map<number, boolean>([
  ...Object.keys(data.holidays).map((d): [number, boolean] => [dayNumber(d), false]),
  ...Object.keys(data.workdays).map((d): [number, boolean] => [dayNumber(d), true]),
]);
// Everything before this day is covered by the package (years before its first one have no
// schedule either, but no case of this system lies there).
const BUILTIN_COVERED_UNTIL = firstDayOfYear(BUILTIN_CALENDAR.lastYear + 1);

export type CalendarDayEntry = { date: string; isWorkday: boolean };

export type WorkingCalendarOptions = {
  /** Days that override the rule: holidays (`isWorkday: false`) and adjusted working days. */
  days?: readonly CalendarDayEntry[];
  /** Years whose schedule has been entered completely, beyond the package's last year. */
  coveredYears?: readonly number[];
};

export class WorkingCalendar {
  private readonly days: Map<number, boolean>;
  private readonly coveredYears: ReadonlySet<number>;

  constructor(options: WorkingCalendarOptions = {}) {
    this.days = new Map((options.days ?? []).map((d) => [dayNumber(d.date), d.isWorkday]));
    this.coveredYears = new Set(options.coveredYears ?? []);
  }

  /** Entered days first, then the package's schedule, then Monday to Friday. */
  isWorkday(date: string): boolean {
    return this.isWorkdayN(dayNumber(date));
  }

  /** Whether the date's year has a published schedule (in the package or entered by an admin). */
  isCovered(date: string): boolean {
    const n = dayNumber(date);
    return n < BUILTIN_COVERED_UNTIL || this.coveredYears.has(yearOf(n));
  }

  /**
   * The deadline of a limit of `days` working days counted from `start`, the start day
   * itself not counted (a start on a holiday counts from the next working day). 0 gives
   * `start`; a negative count walks backwards to the |days|-th working day before `start`.
   */
  addWorkingDays(start: string, days: number): { date: string; provisional: boolean } {
    if (!Number.isInteger(days)) throw new RangeError(`working days must be an integer: ${days}`);
    const from = dayNumber(start);
    const step = days < 0 ? -1 : 1;
    let cursor = from;
    for (let left = Math.abs(days); left > 0;) {
      cursor += step;
      if (this.isWorkdayN(cursor)) left--;
    }
    // The days walked through: (from, cursor] forwards, [cursor, from) backwards.
    const provisional = step > 0 ? this.uncoveredIn(from, cursor) : this.uncoveredIn(cursor - 1, from - 1);
    return { date: toIso(cursor), provisional };
  }

  /**
   * The working days after `from` up to and including `to` — the inverse of
   * `addWorkingDays` for non-negative counts. Equal dates give 0; `to` before `from` gives
   * minus the count the other way round.
   */
  workingDaysBetween(from: string, to: string): { days: number; provisional: boolean } {
    const a = dayNumber(from);
    const b = dayNumber(to);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let days = 0;
    for (let n = lo + 1; n <= hi; n++) if (this.isWorkdayN(n)) days++;
    return { days: sign * days, provisional: this.uncoveredIn(lo, hi) };
  }

  private isWorkdayN(n: number): boolean {
    const entered = this.days.get(n);
    if (entered !== undefined) return entered;
    const known = BUILTIN_DAYS.get(n);
    if (known !== undefined) return known;
    const weekday = weekdayOf(n);
    return weekday !== 0 && weekday !== 6;
  }

  /** Whether any day in (lo, hi] lies in a year without a schedule. */
  private uncoveredIn(lo: number, hi: number): boolean {
    if (hi <= lo || hi < BUILTIN_COVERED_UNTIL) return false;
    const last = yearOf(hi);
    for (let y = yearOf(Math.max(lo + 1, BUILTIN_COVERED_UNTIL)); y <= last; y++) {
      if (!this.coveredYears.has(y)) return true;
    }
    return false;
  }
}

/** The last year up to which every year has a schedule, given the years entered: deadlines until then are firm. */
export function firmThroughYear(coveredYears: readonly number[]): number {
  const entered = new Set(coveredYears);
  let year = BUILTIN_CALENDAR.lastYear;
  while (entered.has(year + 1)) year++;
  return year;
}

/** The package's calendar alone, without admin-entered years. */
export const defaultWorkingCalendar = new WorkingCalendar();

/**
 * `WorkingCalendar.addWorkingDays` on the package's calendar, returning the date only:
 * e.g. accepted 2026-09-30 with 5 working days → '2026-10-13'. It never throws for an
 * uncovered year (it uses Monday to Friday there); callers that must show a deadline as
 * provisional, or that need admin-entered years, use a `WorkingCalendar` (see
 * `loadWorkingCalendar` in lib/data/calendar.ts).
 */
export function addWorkingDays(start: string, days: number): string {
  return defaultWorkingCalendar.addWorkingDays(start, days).date;
}
