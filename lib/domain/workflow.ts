/**
 * The case lifecycle of DESIGN §3, declared once as data: states, transitions, who may
 * fire each and the guards that must hold. The server runs every action through
 * `checkTransition`; the UI offers exactly what `availableTransitions` returns. Pure.
 */
import type { Role } from '@/lib/auth/permissions';
import { dueDateProblems, intakeRefusal, type IntakeGaps } from './intake';
import type { PromiseFailure } from './promises';

export const CASE_STATES = [
  'draft',
  'submitted',
  'needs_supplement',
  'accepted',
  'in_review',
  'suspended',
  'approved',
  'completed',
  'refused',
  'denied',
  'withdrawn',
  'revoked',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Submitted and not yet finished: the window or a department still has the case. */
export const OPEN_STATES = [
  'submitted',
  'needs_supplement',
  'accepted',
  'in_review',
  'suspended',
  'approved',
] as const satisfies readonly CaseState[];

/** Working days the window has to accept a submission or notify every deficiency at once (行政许可法 art. 32). */
export const INTAKE_DAYS = 5;

/** How the actor stands to this case; computed by the data layer from the viewer and the case. */
export type Actor = {
  roles: readonly Role[];
  /** An active member of the case's enterprise. */
  isApplicant: boolean;
  /** A reviewer whose department decides this case. */
  isCaseReviewer: boolean;
  /** The agent who started this case on its enterprise's behalf under an authorization (帮办代办), until a member takes it over. */
  isFiler?: boolean;
  /** The system itself (an instant decision), never a person: no persona has it. */
  isSystem?: boolean;
};

/** What the guards look at; the data layer fills it from the case and the payload of the action. */
export type GuardContext = {
  allowsTolerance: boolean;
  /** The enterprise has an active credit record (失信): no tolerance, no promises. */
  enterpriseDiscredited: boolean;
  /** The applicant has signed the case's tolerance commitment (online, or its scan is attached). */
  commitmentSigned: boolean;
  /** Materials the commitment tolerates, with whether each is core and its due date. */
  tolerated: readonly { code: string; core: boolean; dueDate: string }[];
  /** The latest date a tolerated material may be due: the promised limit counted from today. */
  latestToleranceDue: string | null;
  /** The zone date today: no tolerated material may be due before it (unknown: every date is refused). */
  today: string | null;
  /** What the case still lacks for acceptance (lib/domain/intake.ts); unknown: acceptance is refused. */
  intake: IntakeGaps | null;
  /** Items of a supplement notice being issued. */
  supplementItems: number;
  /** A reason text, for actions that need one. */
  reason: string;
  /** An unanswered supplement notice exists (only one notice per round). */
  openSupplementNotice: boolean;
  /** The open notice merges the departments' revision requests of a combined case: its answer goes back to review. */
  openRevisionNotice: boolean;
  conditions: readonly string[];
  /** How the applicant chose to be decided: the ordinary procedure, or promise-based approval (DESIGN §4). */
  approvalRoute: 'ordinary' | 'promise';
  /** Why the case's promise no longer holds (lib/domain/promises.ts `promiseRefusal`), or null. */
  promiseProblem: PromiseFailure | null;
};

export type GuardFailure =
  | PromiseFailure
  | 'notPromiseBased'
  | 'promiseBasedCase'
  | 'toleranceNotAllowed'
  | 'enterpriseDiscredited'
  | 'commitmentNotSigned'
  | 'coreMaterialTolerated'
  | 'nothingTolerated'
  | 'dueDateBeyondPromise'
  | 'dueDateInPast'
  | 'intakeIncomplete'
  | 'missingMaterialNotTolerated'
  | 'noSupplementItems'
  | 'supplementAlreadyOpen'
  | 'reasonRequired'
  | 'conditionsRequired'
  | 'revisionGoesToReview'
  | 'noRevisionOpen';

/** A human role (optionally related to the case), or the system acting on its own. */
type Who = { role: Role; relation?: 'applicant' | 'case-reviewer' | 'filer' } | { role: 'system' };
type TransitionSpec = {
  from: readonly CaseState[];
  /** `'previous'`: back to the state the case was suspended from. */
  to: CaseState | 'previous';
  who: readonly Who[];
  guard?: (c: GuardContext) => GuardFailure | null;
};

const applicant: Who = { role: 'applicant', relation: 'applicant' };
const clerk: Who = { role: 'clerk' };
const reviewer: Who = { role: 'reviewer', relation: 'case-reviewer' };
const manager: Who = { role: 'manager' };
/** The paired officer filing on the enterprise's behalf (the data layer checks the authorization). */
const filingOfficer: Who = { role: 'officer', relation: 'filer' };
const system: Who = { role: 'system' };

/** The system as an actor: fires instant decisions (an available name reserved at once). */
export const SYSTEM_ACTOR: Actor = { roles: [], isApplicant: false, isCaseReviewer: false, isSystem: true };

const needsReason = (c: GuardContext) => (c.reason.trim().length >= 2 ? null : 'reasonRequired');
/** Filed, and no decision taken yet: the applicant may still withdraw. */
const BEFORE_DECISION = ['submitted', 'needs_supplement', 'accepted', 'in_review', 'suspended'] as const;

export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', who: [applicant, clerk, filingOfficer] },
  request_supplement: {
    from: ['submitted'],
    to: 'needs_supplement',
    who: [clerk],
    guard: (c) => (c.openSupplementNotice ? 'supplementAlreadyOpen' : c.supplementItems > 0 ? null : 'noSupplementItems'),
  },
  resubmit: {
    from: ['needs_supplement'],
    to: 'submitted',
    who: [applicant, clerk],
    guard: (c) => (c.openRevisionNotice ? 'revisionGoesToReview' : null),
  },
  /**
   * A combined case's departments asked for a revision (DESIGN §7): the system sends their merged
   * items to the applicant as one notice, and the answer goes back to the same reviewers.
   */
  request_revision: {
    from: ['in_review'],
    to: 'needs_supplement',
    who: [system],
    guard: (c) => (c.supplementItems > 0 ? null : 'noSupplementItems'),
  },
  resubmit_for_review: {
    from: ['needs_supplement'],
    to: 'in_review',
    who: [applicant, clerk],
    guard: (c) => (c.openRevisionNotice ? null : 'noRevisionOpen'),
  },
  /** Every required answer and material is there (DESIGN §3): the intake check decides. */
  accept: {
    from: ['submitted'],
    to: 'accepted',
    who: [clerk],
    guard: (c) =>
      c.approvalRoute === 'promise' ? 'promiseBasedCase' : c.intake ? intakeRefusal('accept', c.intake) : 'intakeIncomplete',
  },
  /**
   * Promise-based approval (告知承诺制, DESIGN §4): once the window's formal check finds the
   * answers and the materials the promises do not replace complete, the result is issued the
   * same day; the departments verify the promises afterwards.
   */
  approve_on_promise: {
    from: ['submitted'],
    to: 'completed',
    who: [clerk],
    guard: (c) =>
      c.approvalRoute !== 'promise'
        ? 'notPromiseBased'
        : (c.promiseProblem ?? (c.intake ? intakeRefusal('accept', c.intake) : 'intakeIncomplete')),
  },
  /**
   * Only non-core materials may be missing, each tolerated with a due date from today to the
   * promised limit, as the commitment the applicant signed says (DESIGN §4). A proposal is
   * checked by this same guard with the signature assumed (lib/data/tolerance-commitments.ts).
   */
  accept_with_tolerance: {
    from: ['submitted'],
    to: 'accepted',
    who: [clerk],
    guard: (c) => {
      if (c.approvalRoute === 'promise') return 'promiseBasedCase';
      if (!c.allowsTolerance) return 'toleranceNotAllowed';
      if (c.enterpriseDiscredited) return 'enterpriseDiscredited';
      if (!c.commitmentSigned) return 'commitmentNotSigned';
      if (c.tolerated.length === 0) return 'nothingTolerated';
      if (c.tolerated.some((m) => m.core)) return 'coreMaterialTolerated';
      const intake = c.intake
        ? intakeRefusal(
            'accept_with_tolerance',
            c.intake,
            c.tolerated.map((m) => m.code),
          )
        : 'intakeIncomplete';
      if (intake) return intake;
      const [dueDate] = dueDateProblems(c.tolerated, { today: c.today ?? '9999-12-31', latest: c.latestToleranceDue }).values();
      return dueDate ?? null;
    },
  },
  refuse: { from: ['submitted'], to: 'refused', who: [clerk], guard: needsReason },
  // The system routes a combined case at once: accepting it created its department tasks.
  route_to_review: { from: ['accepted'], to: 'in_review', who: [clerk, system] },
  // A combined case's decision is its tasks' outcome (lib/domain/combined-outcome.ts), fired by the system.
  approve: { from: ['in_review'], to: 'approved', who: [reviewer, system] },
  approve_with_conditions: {
    from: ['in_review'],
    to: 'approved',
    who: [reviewer, system],
    guard: (c) => (c.conditions.some((x) => x.trim()) ? null : 'conditionsRequired'),
  },
  deny: { from: ['in_review'], to: 'denied', who: [reviewer, system], guard: needsReason },
  issue: { from: ['approved'], to: 'completed', who: [clerk] },
  // The system suspends a case whose tolerated material fell due unfulfilled, and resumes it once
  // the window has verified the late material (DESIGN §4).
  suspend: { from: ['accepted', 'in_review'], to: 'suspended', who: [clerk, reviewer, system], guard: needsReason },
  resume: { from: ['suspended'], to: 'previous', who: [clerk, reviewer, system] },
  withdraw: { from: BEFORE_DECISION, to: 'withdrawn', who: [applicant] },
  // The system too: a promise found untrue at the post-approval verification revokes the result (DESIGN §4).
  revoke: { from: ['completed'], to: 'revoked', who: [manager, system], guard: needsReason },
  /** Instant decision (即时办结): the system approves and completes a case the rules decide alone. */
  instant_approve: { from: ['submitted'], to: 'completed', who: [system] },
} as const satisfies Record<string, TransitionSpec>;

export type Transition = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

/** States nothing leaves except by revocation. */
export const FINAL_STATES: readonly CaseState[] = ['completed', 'refused', 'denied', 'withdrawn', 'revoked'];

function actorMay(spec: TransitionSpec, actor: Actor): boolean {
  return spec.who.some((w) =>
    w.role === 'system'
      ? actor.isSystem === true
      : actor.roles.includes(w.role) &&
        (w.relation === undefined ||
          (w.relation === 'applicant' && actor.isApplicant) ||
          (w.relation === 'case-reviewer' && actor.isCaseReviewer) ||
          (w.relation === 'filer' && actor.isFiler === true)),
  );
}

export type TransitionCheck =
  { ok: true; to: CaseState } | { ok: false; reason: 'unknownTransition' | 'wrongState' | 'notAllowed' | GuardFailure };

/**
 * Whether `actor` may fire `transition` on a case in `state` now. Fails closed: an unknown
 * transition, a state it does not start from, or an actor it does not name is a refusal.
 * `suspendedFrom` is the state `resume` returns to.
 */
export function checkTransition(
  transition: string,
  state: CaseState,
  actor: Actor,
  context?: Partial<GuardContext>,
  suspendedFrom?: CaseState | null,
): TransitionCheck {
  const spec: TransitionSpec | undefined = (TRANSITIONS as Record<string, TransitionSpec>)[transition];
  if (!spec) return { ok: false, reason: 'unknownTransition' };
  if (!spec.from.includes(state)) return { ok: false, reason: 'wrongState' };
  if (!actorMay(spec, actor)) return { ok: false, reason: 'notAllowed' };
  if (spec.guard) {
    const failure = spec.guard({ ...EMPTY_CONTEXT, ...context });
    if (failure) return { ok: false, reason: failure };
  }
  const to = spec.to === 'previous' ? suspendedFrom : spec.to;
  if (!to) return { ok: false, reason: 'wrongState' };
  return { ok: true, to };
}

const EMPTY_CONTEXT: GuardContext = {
  allowsTolerance: false,
  enterpriseDiscredited: false,
  commitmentSigned: false,
  tolerated: [],
  latestToleranceDue: null,
  today: null,
  intake: null,
  supplementItems: 0,
  reason: '',
  openSupplementNotice: false,
  openRevisionNotice: false,
  conditions: [],
  approvalRoute: 'ordinary',
  promiseProblem: null,
};

/**
 * What the UI may offer this actor now: the transitions whose state and actor match.
 * Guards that depend on what the user is about to enter (a reason, the tolerated
 * materials) are checked when the action is submitted, so they are not applied here —
 * except those that depend only on the case (tolerance allowed, credit record, open notice).
 * The intake check is left out too although it depends on the case alone: the desk offers the
 * acceptance and explains what it still lacks, rather than hiding it.
 */
export function availableTransitions(
  state: CaseState,
  actor: Actor,
  caseContext: Pick<GuardContext, 'allowsTolerance' | 'enterpriseDiscredited' | 'openSupplementNotice'> &
    Partial<Pick<GuardContext, 'openRevisionNotice' | 'approvalRoute'>>,
): Transition[] {
  const promised = caseContext.approvalRoute === 'promise';
  return TRANSITION_NAMES.filter((name) => {
    const spec: TransitionSpec = TRANSITIONS[name];
    if (!spec.from.includes(state) || !actorMay(spec, actor)) return false;
    // A promise-based case is decided on its promises, an ordinary one by acceptance.
    if (name === 'approve_on_promise') return promised;
    if (name === 'accept') return !promised;
    if (name === 'accept_with_tolerance') return !promised && caseContext.allowsTolerance && !caseContext.enterpriseDiscredited;
    if (name === 'request_supplement') return !caseContext.openSupplementNotice;
    if (name === 'resubmit') return !caseContext.openRevisionNotice;
    if (name === 'resubmit_for_review') return !!caseContext.openRevisionNotice;
    return true;
  });
}
