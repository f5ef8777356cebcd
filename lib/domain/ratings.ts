/**
 * Ratings (好差评, DESIGN §8) and the follow-up of a bad one (差评整改), declared as data: the
 * national five levels, which cases may be rated, how long a rating stays editable, when a
 * follow-up is due, and the follow-up's states with who changes them. Pure.
 */
import type { CaseState } from './workflow';

/** The national five levels, best first: 5 非常满意 … 1 非常不满意. */
export const RATING_SCORES = [5, 4, 3, 2, 1] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

/**
 * The cases an applicant may rate: those that ended with the administration's answer — a
 * result (completed), a denial or a refusal, all of which are service the applicant received.
 * Drafts and open cases have not been served yet; a withdrawn case was ended by the applicant,
 * not answered; a revoked one ended in a sanction (a rating given before it stays).
 */
export const RATABLE_STATES = ['completed', 'denied', 'refused'] as const satisfies readonly CaseState[];

export const isRatable = (state: CaseState) => (RATABLE_STATES as readonly CaseState[]).includes(state);

/** The person who rated may change their rating for a day after giving it first. */
export const RATING_EDIT_HOURS = 24;

export function ratingEditableUntil(firstRatedAt: Date): Date {
  return new Date(firstRatedAt.getTime() + RATING_EDIT_HOURS * 3_600_000);
}

/** A rating of 2 (不满意) or lower is a bad one (差评): it opens a follow-up. */
export const BAD_RATING_MAX = 2;

export const isBadRating = (score: number) => score <= BAD_RATING_MAX;

/**
 * Working days to call the applicant back and put things right, counted from the bad rating
 * (or from the reply that reopens it): the provinces' 好差评 rules ask for rectification
 * within five working days of a verified 差评.
 */
export const FOLLOW_UP_WORKING_DAYS = 5;

/** The due date of a follow-up opened (or reopened) on `today`, on the working calendar. */
export function followUpDueOn(
  calendar: { addWorkingDays(start: string, days: number): { date: string } },
  today: string,
): string {
  return calendar.addWorkingDays(today, FOLLOW_UP_WORKING_DAYS).date;
}

/** Past its due date and still not closed: shown in red. The due date itself is still in time. */
export function isFollowUpOverdue(followUp: { state: FollowUpState; dueOn: string }, today: string): boolean {
  return followUp.state !== 'closed' && followUp.dueOn < today;
}

export const FOLLOW_UP_STATES = ['open', 'called_back', 'rectified', 'closed', 'reopened'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/**
 * Who changes a follow-up: the officer or manager who took it (`owner`), another officer or
 * manager (`staff`), and a member of the case's enterprise (`applicant`).
 */
export type FollowUpActor = 'owner' | 'staff' | 'applicant';

export type FollowUpContext = {
  /** What the step records: the callback note, the rectification, the result, or the applicant's reply. */
  text?: string;
  /** Whether the applicant has already replied to the current result. */
  replied?: boolean;
};

export type FollowUpFailure = 'followUpChangeNotAllowed' | 'notAllowed' | 'textRequired' | 'alreadyReplied';

type ChangeSpec = {
  from: readonly FollowUpState[];
  /** `same`: the change records something without moving the state (taking it). */
  to: FollowUpState | 'same';
  who: readonly FollowUpActor[];
  guard?: (c: FollowUpContext) => FollowUpFailure | null;
};

const UNCLOSED = ['open', 'called_back', 'rectified', 'reopened'] as const satisfies readonly FollowUpState[];
const needsText = (c: FollowUpContext) => ((c.text ?? '').trim().length >= 2 ? null : 'textRequired');
const notReplied = (c: FollowUpContext) => (c.replied ? 'alreadyReplied' : null);

export const FOLLOW_UP_CHANGES = {
  // An officer or manager takes it over (until officers are paired with enterprises, any of them may).
  take: { from: UNCLOSED, to: 'same', who: ['staff'] },
  call_back: { from: ['open', 'reopened'], to: 'called_back', who: ['owner'], guard: needsText },
  rectify: { from: ['called_back'], to: 'rectified', who: ['owner'], guard: needsText },
  // The result closes it — after the rectification, or straight after a callback that found nothing to put right.
  close: { from: ['called_back', 'rectified'], to: 'closed', who: ['owner'], guard: needsText },
  reply_satisfied: { from: ['closed'], to: 'closed', who: ['applicant'], guard: notReplied },
  reply_unsatisfied: { from: ['closed'], to: 'reopened', who: ['applicant'], guard: (c) => notReplied(c) ?? needsText(c) },
} as const satisfies Record<string, ChangeSpec>;
export type FollowUpChange = keyof typeof FOLLOW_UP_CHANGES;
export const FOLLOW_UP_CHANGE_NAMES = Object.keys(FOLLOW_UP_CHANGES) as FollowUpChange[];

export type FollowUpCheck = { ok: true; to: FollowUpState } | { ok: false; reason: FollowUpFailure };

/** Whether `actor` may make `change` to a follow-up in `state` now. Unknown change, wrong state or actor: refused. */
export function checkFollowUpChange(
  change: string,
  state: FollowUpState,
  actor: FollowUpActor,
  context: FollowUpContext = {},
): FollowUpCheck {
  const spec: ChangeSpec | undefined = (FOLLOW_UP_CHANGES as Record<string, ChangeSpec>)[change];
  if (!spec || !spec.from.includes(state)) return { ok: false, reason: 'followUpChangeNotAllowed' };
  if (!spec.who.includes(actor)) return { ok: false, reason: 'notAllowed' };
  const failure = spec.guard?.(context);
  if (failure) return { ok: false, reason: failure };
  return { ok: true, to: spec.to === 'same' ? state : spec.to };
}

/** The changes `actor` could make to a follow-up in `state` (the page offers these). */
export function offeredFollowUpChanges(state: FollowUpState, actor: FollowUpActor): FollowUpChange[] {
  return FOLLOW_UP_CHANGE_NAMES.filter((change) => {
    const spec: ChangeSpec = FOLLOW_UP_CHANGES[change];
    return spec.from.includes(state) && spec.who.includes(actor);
  });
}
