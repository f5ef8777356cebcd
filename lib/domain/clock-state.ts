/**
 * What a case's two clocks show now (DESIGN §3), for every view of a case — the applicant's and
 * the desk's case pages, the applicant's list and the desk queue. An open accepted case's clocks
 * run (or stand still while stopped) against today; a case that has ended — completed, refused,
 * denied, withdrawn, and a completed case revoked later — has its clocks stopped for good at the
 * day it ended, with the final figures: working days used, on time or late. Pure.
 */
import { caseClocks, type CaseClock, type ClockStop } from './sla';
import type { WorkingCalendar } from './working-days';
import { FINAL_STATES, type CaseState } from './workflow';

export type ClockOutcome = 'onTime' | 'late';

/** A clock stopped for good: its deadline, the working days it ran, and whether the case ended by the deadline. */
export type FinalClock = {
  deadline: string;
  provisional: boolean;
  usedDays: number;
  limitDays: number;
  outcome: ClockOutcome;
  /** Working days past the limit when late, else 0. */
  lateDays: number;
};

export type CaseClockState =
  /** Open and not accepted yet: the clocks start at acceptance. */
  | { phase: 'notStarted' }
  /** Ended without ever being accepted (refused at intake, withdrawn before acceptance): no clock ever ran. */
  | { phase: 'endedUnaccepted'; closedOn: string | null }
  /** Accepted and open: the clocks run against today (or stand still during a stop). */
  | { phase: 'running'; legal: CaseClock & { limitDays: number }; service: CaseClock & { limitDays: number } }
  /** Ended after acceptance: both clocks stopped at `closedOn`, with their final figures. */
  | { phase: 'closed'; closedOn: string; legal: FinalClock; service: FinalClock };

export type ClockStateInput = {
  state: CaseState;
  /** Zone dates ('YYYY-MM-DD'). */
  acceptedOn: string | null;
  /** The day the case ended (its final state); only read for a final state. */
  closedOn: string | null;
  legalDays: number;
  serviceDays: number;
  stops?: readonly ClockStop[];
  today: string;
  calendar?: WorkingCalendar;
};

export const isFinalState = (state: CaseState) => FINAL_STATES.includes(state);

function finalClock(clock: CaseClock, limitDays: number, closedOn: string): FinalClock {
  const late = closedOn > clock.deadline;
  return {
    deadline: clock.deadline,
    provisional: clock.provisional,
    usedDays: clock.usedDays,
    limitDays,
    outcome: late ? 'late' : 'onTime',
    lateDays: late ? Math.max(clock.usedDays - limitDays, 1) : 0,
  };
}

export function caseClockState({
  state,
  acceptedOn,
  closedOn,
  legalDays,
  serviceDays,
  stops = [],
  today,
  calendar,
}: ClockStateInput): CaseClockState {
  const final = isFinalState(state);
  if (!acceptedOn) return final ? { phase: 'endedUnaccepted', closedOn } : { phase: 'notStarted' };
  if (!final) {
    const clocks = caseClocks({ acceptedOn, legalDays, serviceDays, stops, today, calendar });
    return {
      phase: 'running',
      legal: { ...clocks.legal, limitDays: legalDays },
      service: { ...clocks.service, limitDays: serviceDays },
    };
  }
  // Counted up to the day the case ended; a stop still open then ends with it. A final case
  // without a recorded end (none after migration 0008) counts to its acceptance, never to today.
  const end = closedOn && closedOn > acceptedOn ? closedOn : acceptedOn;
  const clipped = stops.map((s) => ({ startedOn: s.startedOn, endedOn: s.endedOn && s.endedOn < end ? s.endedOn : end }));
  const clocks = caseClocks({ acceptedOn, legalDays, serviceDays, stops: clipped, today: end, calendar });
  return {
    phase: 'closed',
    closedOn: end,
    legal: finalClock(clocks.legal, legalDays, end),
    service: finalClock(clocks.service, serviceDays, end),
  };
}

/**
 * The working days a completed case took (the dashboard's durations, `cases.working_days_taken`):
 * what its service clock used from acceptance to completion, clock stops left out. A case
 * completed without a separate acceptance (an instant decision) took none.
 */
export function workingDaysTaken({
  acceptedOn,
  completedOn,
  ...clock
}: Omit<ClockStateInput, 'state' | 'closedOn' | 'today'> & { completedOn: string }): number {
  const state = caseClockState({ ...clock, acceptedOn, state: 'completed', closedOn: completedOn, today: completedOn });
  return state.phase === 'closed' ? state.service.usedDays : 0;
}

export type DeskFlag = 'none' | 'green' | 'yellow' | 'red';

/**
 * The queue's flag for the date the desk works against now (`dueOn`, null when no clock runs):
 * red once passed, yellow when at most one working day away (`yellowBy`). A case that has
 * ended is never flagged, whatever date it still carries.
 */
export function deskFlag(state: CaseState, dueOn: string | null, today: string, yellowBy: string): DeskFlag {
  if (isFinalState(state) || !dueOn) return 'none';
  if (dueOn < today) return 'red';
  return dueOn <= yellowBy ? 'yellow' : 'green';
}
