/**
 * The two clocks of a case (DESIGN §3): the legal clock runs against the statutory limit,
 * the service clock against the shorter promised limit. Both count working days from
 * acceptance (the acceptance day itself not counted) and both stand still during clock
 * stops — supplement requests, suspensions, expert review, hearings, testing. Pure.
 */
import { defaultWorkingCalendar, type WorkingCalendar } from './working-days';

/** A period in which the clocks stand still: its working days in (startedOn, endedOn] do not count. */
export type ClockStop = { startedOn: string; endedOn: string | null };

export type ClockStatus = 'running' | 'stopped' | 'yellow' | 'red';

export type CaseClock = {
  /** The last day of the limit (the limit ends at the end of that day). */
  deadline: string;
  /** The deadline depends on a year without a published holiday schedule. */
  provisional: boolean;
  /** Working days the clock has run, up to and including today. */
  usedDays: number;
  /** limit − used; negative once overdue. */
  remainingDays: number;
  status: ClockStatus;
};

export type ClockInput = {
  acceptedOn: string;
  limitDays: number;
  stops?: readonly ClockStop[];
  /** The zone's date today ('YYYY-MM-DD', see `zoneDate`). */
  today: string;
  calendar?: WorkingCalendar;
};

/** Yellow warning: at most this many working days left … */
export const YELLOW_DAYS_LEFT = 1;
/** … or at least this share of the limit used (4/5 = 80 %). */
const YELLOW_USED = { numerator: 4, denominator: 5 };

type Interval = { from: string; to: string };

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The stops as disjoint intervals (from, to], in order, after acceptance. An open stop runs
 * to today: the deadline shown while stopped is the one that holds if the clock restarts
 * tomorrow. Overlapping stops (a hearing during a suspension) count once.
 */
function stoppedIntervals(acceptedOn: string, stops: readonly ClockStop[], today: string): Interval[] {
  const intervals = stops
    .map((s) => ({ from: later(s.startedOn, acceptedOn), to: s.endedOn ?? today }))
    .filter((i) => i.to > i.from)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Interval[] = [];
  for (const i of intervals) {
    const last = merged[merged.length - 1];
    if (last && i.from <= last.to) last.to = later(last.to, i.to);
    else merged.push({ ...i });
  }
  return merged;
}

export function caseClock({
  acceptedOn,
  limitDays,
  stops = [],
  today,
  calendar = defaultWorkingCalendar,
}: ClockInput): CaseClock {
  const stopped = stoppedIntervals(acceptedOn, stops, today);

  // The deadline: the day the limitDays-th running working day falls on. A stop that starts
  // after that day (an overdue case suspended late) does not move it.
  let cursor = acceptedOn;
  let remaining = limitDays;
  let provisional = false;
  for (const stop of stopped) {
    const run = calendar.workingDaysBetween(cursor, stop.from);
    provisional ||= run.provisional;
    if (run.days >= remaining) break;
    remaining -= run.days;
    cursor = stop.to;
  }
  const end = calendar.addWorkingDays(cursor, remaining);
  const deadline = end.date;
  provisional ||= end.provisional;

  // Running working days up to and including today.
  let usedDays = 0;
  let from = acceptedOn;
  for (const stop of [...stopped, { from: today, to: today }]) {
    const to = earlier(stop.from, today);
    if (to > from) usedDays += calendar.workingDaysBetween(from, to).days;
    from = later(from, stop.to);
    if (from >= today) break;
  }
  const remainingDays = limitDays - usedDays;

  const open = stops.some((s) => s.endedOn === null && s.startedOn <= today);
  let status: ClockStatus = 'running';
  if (today > deadline) status = 'red';
  else if (open) status = 'stopped';
  else if (remainingDays <= YELLOW_DAYS_LEFT || usedDays * YELLOW_USED.denominator >= limitDays * YELLOW_USED.numerator) {
    status = 'yellow';
  }
  return { deadline, provisional, usedDays, remainingDays, status };
}

/** Both clocks of a case at once: the same acceptance day and stops, two limits. */
export function caseClocks({
  legalDays,
  serviceDays,
  ...rest
}: Omit<ClockInput, 'limitDays'> & { legalDays: number; serviceDays: number }): { legal: CaseClock; service: CaseClock } {
  return { legal: caseClock({ ...rest, limitDays: legalDays }), service: caseClock({ ...rest, limitDays: serviceDays }) };
}
