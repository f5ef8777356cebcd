/**
 * The life of one obligation in the ledger (DESIGN §4) — a tolerated material or a promise —
 * declared as data: the states, the changes between them, who makes each and what it needs.
 * The data layer runs every change through `checkObligationChange`; it fails closed. Pure.
 */

export const OBLIGATION_STATES = ['open', 'fulfilled', 'verified', 'breached', 'waived', 'extended'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

/** Still owed by the enterprise: the sweep reminds and, past the due date, breaches these. */
export const OWED_STATES = ['open', 'extended'] as const satisfies readonly ObligationState[];

export const isOwed = (state: ObligationState) => (OWED_STATES as readonly ObligationState[]).includes(state);

/** How the obligation is checked once the enterprise says it has met it. */
export const VERIFICATION_METHODS = ['document_check', 'site_inspection', 'online_verification'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** What a breach sets off: a tolerated material suspends the case or its result, a broken promise revokes the result. */
export const OBLIGATION_CONSEQUENCES = ['suspend', 'revoke'] as const;
export type ObligationConsequence = (typeof OBLIGATION_CONSEQUENCES)[number];

/**
 * Who changes an obligation: the applicant (supplying), the window (verifying), the department's
 * verifier (finding a promise kept or not, 事中事后核查), a manager (waiving, extending), the sweep.
 */
export type ObligationActor = 'applicant' | 'clerk' | 'verifier' | 'manager' | 'system';

export type ObligationContext = {
  /** The zone date today. */
  today: string;
  /** The obligation's current due date. */
  dueDate: string;
  reason?: string;
  /** An extension is granted for force majeure only (不可抗力), and the manager must say it is. */
  forceMajeure?: boolean;
  newDueDate?: string;
};

export type ObligationFailure =
  'obligationChangeNotAllowed' | 'notAllowed' | 'notYetDue' | 'reasonRequired' | 'forceMajeureOnly' | 'dueDateNotLater';

type ChangeSpec = {
  from: readonly ObligationState[];
  to: ObligationState;
  who: readonly ObligationActor[];
  guard?: (c: ObligationContext) => ObligationFailure | null;
};

const needsReason = (c: ObligationContext) => ((c.reason ?? '').trim().length >= 2 ? null : 'reasonRequired');

export const OBLIGATION_CHANGES = {
  // Supplying the material (or proof) closes it for the window to check; late supply is the way back from a breach.
  fulfil: { from: ['open', 'extended', 'breached'], to: 'fulfilled', who: ['applicant', 'clerk'] },
  verify: { from: ['fulfilled'], to: 'verified', who: ['clerk'] },
  breach: {
    from: OWED_STATES,
    to: 'breached',
    who: ['system'],
    guard: (c) => (isOverdue(c.dueDate, c.today) ? null : 'notYetDue'),
  },
  // The post-approval verification finds a promise kept, or untrue — whenever it happens, before or after its due date.
  comply: { from: ['open', 'extended', 'fulfilled'], to: 'verified', who: ['verifier'] },
  find_untrue: { from: ['open', 'extended', 'fulfilled'], to: 'breached', who: ['verifier'] },
  waive: { from: ['open', 'extended', 'breached'], to: 'waived', who: ['manager'], guard: needsReason },
  extend: {
    from: OWED_STATES,
    to: 'extended',
    who: ['manager'],
    guard: (c) => needsReason(c) ?? (c.forceMajeure ? null : 'forceMajeureOnly') ?? extensionProblem(c),
  },
} as const satisfies Record<string, ChangeSpec>;
export type ObligationChange = keyof typeof OBLIGATION_CHANGES;
export const OBLIGATION_CHANGE_NAMES = Object.keys(OBLIGATION_CHANGES) as ObligationChange[];

/** A due date has passed once the day after it has begun: the due date itself is still in time. */
export function isOverdue(dueDate: string, today: string): boolean {
  return dueDate < today;
}

/** An extension moves the due date later than both the current one and today. */
function extensionProblem(c: ObligationContext): ObligationFailure | null {
  return c.newDueDate && c.newDueDate > c.dueDate && c.newDueDate >= c.today ? null : 'dueDateNotLater';
}

export type ObligationCheck = { ok: true; to: ObligationState } | { ok: false; reason: ObligationFailure };

/** Whether `actor` may make `change` to an obligation in `state` now. Unknown change, wrong state or actor: refused. */
export function checkObligationChange(
  change: string,
  state: ObligationState,
  actor: ObligationActor,
  context: ObligationContext,
): ObligationCheck {
  const spec: ChangeSpec | undefined = (OBLIGATION_CHANGES as Record<string, ChangeSpec>)[change];
  if (!spec || !spec.from.includes(state)) return { ok: false, reason: 'obligationChangeNotAllowed' };
  if (!spec.who.includes(actor)) return { ok: false, reason: 'notAllowed' };
  const failure = spec.guard?.(context);
  return failure ? { ok: false, reason: failure } : { ok: true, to: spec.to };
}
