import { z } from 'zod';
import { plainText } from './text';

/**
 * The admin's holiday schedule of one year, typed as published by the State Council: one
 * line per day or range of days, `YYYY-MM-DD 休|班 name`, e.g.
 *
 *   2027-10-01~2027-10-07 休 国庆节
 *   2027-10-09 班 国庆节调休上班
 *
 * 休 (or `off`) is a holiday, 班 (or `work`) an adjusted working day. Blank lines and lines
 * starting with # are ignored.
 */
export type CalendarDayInput = { date: string; isWorkday: boolean; name: string };

export const CALENDAR_LINE_ERRORS = ['format', 'date', 'outsideYear', 'mark', 'range', 'duplicate', 'nameTooLong'] as const;
export type CalendarLineError = (typeof CALENDAR_LINE_ERRORS)[number];

export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;
const MAX_RANGE_DAYS = 31;
const MAX_NAME = 60;

const MARKS: Record<string, boolean> = { 休: false, off: false, 班: true, work: true };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day number of a strict, real 'YYYY-MM-DD' date, or null. (Kept here: this runs in the browser too.) */
function dayNumber(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === value ? ms / DAY_MS : null;
}

/**
 * Parses the textarea; every bad line is reported (with its 1-based number), not only the
 * first, so the admin fixes them all in one go. `year`, when given, must contain every day.
 */
export function parseCalendarDays(
  text: string,
  year?: number,
): { days: CalendarDayInput[]; errors: { line: number; error: CalendarLineError }[] } {
  const days: CalendarDayInput[] = [];
  const errors: { line: number; error: CalendarLineError }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.replace(/\u3000/g, ' ').trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const [when, mark, ...rest] = trimmed.split(/\s+/);
    if (!when || !mark) return void errors.push({ line, error: 'format' });
    const isWorkday = MARKS[mark.toLowerCase()];
    if (isWorkday === undefined) return void errors.push({ line, error: 'mark' });
    const name = rest.join(' ');
    if (name.length > MAX_NAME) return void errors.push({ line, error: 'nameTooLong' });

    const [startText, endText = startText, extra] = when.split(/~|～|至/);
    if (extra !== undefined) return void errors.push({ line, error: 'format' });
    const start = dayNumber(startText);
    const end = dayNumber(endText);
    if (start === null || end === null) return void errors.push({ line, error: 'date' });
    if (end < start || end - start >= MAX_RANGE_DAYS) return void errors.push({ line, error: 'range' });

    const dates: string[] = [];
    for (let n = start; n <= end; n++) dates.push(new Date(n * DAY_MS).toISOString().slice(0, 10));
    if (year !== undefined && dates.some((d) => Number(d.slice(0, 4)) !== year)) {
      return void errors.push({ line, error: 'outsideYear' });
    }
    if (dates.some((d) => seen.has(d))) return void errors.push({ line, error: 'duplicate' });
    for (const date of dates) {
      seen.add(date);
      days.push({ date, isWorkday, name });
    }
  });
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { days, errors };
}

/** The same days written back as lines (ranges of equal days joined), to edit a saved year. */
export function formatCalendarDays(days: readonly CalendarDayInput[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const lines: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].isWorkday === sorted[i].isWorkday &&
      sorted[j + 1].name === sorted[i].name &&
      dayNumber(sorted[j + 1].date)! - dayNumber(sorted[j].date)! === 1
    ) {
      j++;
    }
    const when = i === j ? sorted[i].date : `${sorted[i].date}~${sorted[j].date}`;
    lines.push([when, sorted[i].isWorkday ? '班' : '休', sorted[i].name].filter(Boolean).join(' '));
    i = j + 1;
  }
  return lines.join('\n');
}

const year = z
  .number({ error: 'number' })
  .int({ error: 'integer' })
  .min(CALENDAR_YEAR_MIN, { error: 'yearRange' })
  .max(CALENDAR_YEAR_MAX, { error: 'yearRange' });

/**
 * The "add a year" form. `days` is the textarea as typed; the output carries the parsed days.
 * The line-by-line messages come from `parseCalendarDays`; the field error only says that
 * there are some.
 */
export const calendarYearSchema = z
  .object({
    year,
    source: plainText().trim().min(1, { error: 'required' }).max(300, { error: 'tooLong' }),
    days: plainText().max(20_000, { error: 'tooLong' }),
  })
  .transform((input, ctx) => {
    const { days, errors } = parseCalendarDays(input.days, input.year);
    if (errors.length) ctx.addIssue({ code: 'custom', path: ['days'], message: 'calendarDays' });
    else if (!days.some((d) => !d.isWorkday)) ctx.addIssue({ code: 'custom', path: ['days'], message: 'calendarNoHolidays' });
    return { year: input.year, source: input.source, days };
  });

export type CalendarYearInput = z.output<typeof calendarYearSchema>;

export const removeCalendarYearSchema = z.object({ year });
