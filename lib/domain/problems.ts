/**
 * Problems an enterprise raises (入企业、找问题、破瓶颈, DESIGN §7), declared as data: the states
 * and who changes them, the working-day deadline, and how urgent an open one is. Pure.
 */
import type { ProblemKind as StoredKind, ProblemState as StoredState } from '@/db/schema/enterprise-service';

// The database's enums, repeated so that forms in the browser need not load the schema (problems.test.ts keeps them equal).
export const PROBLEM_KINDS = [
  'land',
  'financing',
  'permits',
  'utilities',
  'talent',
  'other',
] as const satisfies readonly StoredKind[];
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
export const PROBLEM_STATES = ['open', 'in_progress', 'resolved', 'confirmed'] as const satisfies readonly StoredState[];
export type ProblemState = (typeof PROBLEM_STATES)[number];

type WorkingCalendarLike = {
  addWorkingDays(start: string, days: number): { date: string };
  workingDaysBetween(from: string, to: string): { days: number };
};

/**
 * Working days the officer has to resolve a problem, counted from the day it was raised (or
 * reopened). Ten — two working weeks — because an officer's own answer takes days, but a problem
 * worth raising usually needs a department brought in (land, permits, utilities), which takes a
 * working week of its own; the zone's service pledge states it as 10 working days.
 */
export const PROBLEM_WORKING_DAYS = 10;

/** Due within this many working days (and not yet overdue): shown in yellow. */
export const DUE_SOON_WORKING_DAYS = 2;

/** The due date of a problem raised (or reopened) on `today`, on the working calendar. */
export function problemDueOn(calendar: Pick<WorkingCalendarLike, 'addWorkingDays'>, today: string): string {
  return calendar.addWorkingDays(today, PROBLEM_WORKING_DAYS).date;
}

/** The states in which the officer's clock runs: raised or being worked, not yet resolved. */
export const UNRESOLVED_STATES = ['open', 'in_progress'] as const satisfies readonly ProblemState[];
export const isUnresolved = (state: ProblemState) => (UNRESOLVED_STATES as readonly ProblemState[]).includes(state);

/** overdue: red; dueSoon: yellow; onTime: still in time; settled: resolved or confirmed, the clock has stopped. */
export type ProblemUrgency = 'overdue' | 'dueSoon' | 'onTime' | 'settled';

/** How urgent a problem is on `today`. The due date itself is still in time. */
export function problemUrgency(
  calendar: Pick<WorkingCalendarLike, 'workingDaysBetween'>,
  problem: { state: ProblemState; dueOn: string },
  today: string,
): ProblemUrgency {
  if (!isUnresolved(problem.state)) return 'settled';
  if (problem.dueOn < today) return 'overdue';
  return calendar.workingDaysBetween(today, problem.dueOn).days <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'onTime';
}

/** Age buckets of the managers' overview, in working days since the problem was raised. */
export const PROBLEM_AGE_BUCKETS = ['upTo5', 'upTo10', 'over10'] as const;
export type ProblemAgeBucket = (typeof PROBLEM_AGE_BUCKETS)[number];

export function problemAgeBucket(
  calendar: Pick<WorkingCalendarLike, 'workingDaysBetween'>,
  raisedOn: string,
  today: string,
): ProblemAgeBucket {
  const days = calendar.workingDaysBetween(raisedOn, today).days;
  return days <= 5 ? 'upTo5' : days <= PROBLEM_WORKING_DAYS ? 'upTo10' : 'over10';
}

/**
 * Who changes a problem: the officer who owns it (`owner`); another who may work it (`staff`: a
 * manager, or the enterprise's paired officer while someone else or nobody owns it); a member of
 * the enterprise (`enterprise`).
 */
export type ProblemActor = 'owner' | 'staff' | 'enterprise';

export type ProblemContext = {
  /** What the step records: the note, the result, or why the enterprise reopens it. */
  text?: string;
  /** The department brought in. */
  departmentId?: string | null;
};

export type ProblemFailure = 'problemChangeNotAllowed' | 'notAllowed' | 'textRequired' | 'departmentRequired';

type ChangeSpec = {
  from: readonly ProblemState[];
  to: ProblemState;
  who: readonly ProblemActor[];
  guard?: (c: ProblemContext) => ProblemFailure | null;
};

const needsText = (c: ProblemContext) => ((c.text ?? '').trim().length >= 2 ? null : 'textRequired');
const needsDepartment = (c: ProblemContext) => (c.departmentId ? null : 'departmentRequired');

/** The changes, each recorded as a step (problem_steps.kind in parentheses). */
export const PROBLEM_CHANGES = {
  // The owner takes it up (taken); a manager or the paired officer takes it over, and then owns it.
  take: { from: ['open'], to: 'in_progress', who: ['owner', 'staff'] },
  take_over: { from: ['in_progress'], to: 'in_progress', who: ['staff'] },
  // A step of the work (note), or a department brought in to help (department).
  note: { from: UNRESOLVED_STATES, to: 'in_progress', who: ['owner'], guard: needsText },
  bring_in_department: { from: UNRESOLVED_STATES, to: 'in_progress', who: ['owner'], guard: needsDepartment },
  // The result closes it, for the enterprise to confirm (resolved).
  resolve: { from: ['in_progress'], to: 'resolved', who: ['owner'], guard: needsText },
  // The enterprise accepts the result (confirmed), or says why not: back to the owner with a new due date (reopened).
  confirm: { from: ['resolved'], to: 'confirmed', who: ['enterprise'] },
  reopen: { from: ['resolved'], to: 'in_progress', who: ['enterprise'], guard: needsText },
} as const satisfies Record<string, ChangeSpec>;
export type ProblemChange = keyof typeof PROBLEM_CHANGES;
export const PROBLEM_CHANGE_NAMES = Object.keys(PROBLEM_CHANGES) as ProblemChange[];

/** The step each change records (problem_steps.kind). */
export const PROBLEM_STEP_OF = {
  take: 'taken',
  take_over: 'taken',
  note: 'note',
  bring_in_department: 'department',
  resolve: 'resolved',
  confirm: 'confirmed',
  reopen: 'reopened',
} as const satisfies Record<ProblemChange, string>;

export type ProblemCheck = { ok: true; to: ProblemState } | { ok: false; reason: ProblemFailure };

/** Whether `actor` may make `change` to a problem in `state` now. Unknown change, wrong state or actor: refused. */
export function checkProblemChange(
  change: string,
  state: ProblemState,
  actor: ProblemActor,
  context: ProblemContext = {},
): ProblemCheck {
  const spec: ChangeSpec | undefined = (PROBLEM_CHANGES as Record<string, ChangeSpec>)[change];
  if (!spec || !spec.from.includes(state)) return { ok: false, reason: 'problemChangeNotAllowed' };
  if (!spec.who.includes(actor)) return { ok: false, reason: 'notAllowed' };
  const failure = spec.guard?.(context);
  if (failure) return { ok: false, reason: failure };
  return { ok: true, to: spec.to };
}

/** The changes `actor` could make to a problem in `state` (the page offers these). */
export function offeredProblemChanges(state: ProblemState, actor: ProblemActor): ProblemChange[] {
  return PROBLEM_CHANGE_NAMES.filter((change) => {
    const spec: ChangeSpec = PROBLEM_CHANGES[change];
    return spec.from.includes(state) && spec.who.includes(actor);
  });
}
