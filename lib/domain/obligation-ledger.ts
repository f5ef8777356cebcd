/**
 * How the obligations ledger reads to people (DESIGN §4): which reminder an owed obligation is
 * due today, how far it is from its due date, and what its owner or the staff must do next. Pure.
 */
import { isOverdue, type ObligationState } from './obligation-states';

/**
 * The reminder an owed obligation is due on `today`: on its due date `due_day`; on the working
 * day before it (`nextWorkingDay` is the working day after today) `day_before` — a due date on
 * Monday is announced on Friday. A sweep that missed the day before still sends it late.
 */
export function reminderDue(dueDate: string, today: string, nextWorkingDay: string): 'day_before' | 'due_day' | null {
  if (dueDate === today) return 'due_day';
  return dueDate > today && dueDate <= nextWorkingDay ? 'day_before' : null;
}

/** The next step on an obligation, and whose it is. */
export type ObligationNextStep =
  | 'supplyMaterial' // the enterprise uploads the tolerated material on the case
  | 'supplyEvidence' // the enterprise attaches proof that it kept its promise
  | 'supplyOverdue' // the same, past the due date: the case or its result stands suspended until then
  | 'awaitVerification' // supplied: the window (or verifying department) checks it
  | 'none'; // settled: verified or waived

export function nextStepOf(o: { kind: 'tolerance' | 'promise'; status: ObligationState }): ObligationNextStep {
  switch (o.status) {
    case 'open':
    case 'extended':
      return o.kind === 'tolerance' ? 'supplyMaterial' : 'supplyEvidence';
    case 'breached':
      return 'supplyOverdue';
    case 'fulfilled':
      return 'awaitVerification';
    default:
      return 'none';
  }
}

/** Owed and past its due date, or breached already: the risk a manager looks at first. */
export function isLate(o: { status: ObligationState; dueDate: string }, today: string): boolean {
  return o.status === 'breached' || ((o.status === 'open' || o.status === 'extended') && isOverdue(o.dueDate, today));
}

/** The due windows the ledger is filtered by: overdue, due within this working week (5 working days), later. */
export const DUE_WINDOWS = ['overdue', 'week', 'later'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];
