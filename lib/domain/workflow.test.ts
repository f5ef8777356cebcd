import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import {
  availableTransitions,
  CASE_STATES,
  checkTransition,
  SYSTEM_ACTOR,
  TRANSITION_NAMES,
  type Actor,
  type CaseState,
} from './workflow';

type Persona = { name: string; actor: Actor };
const persona = (name: string, roles: Role[], relation: Partial<Actor> = {}): Persona => ({
  name,
  actor: { roles, isApplicant: false, isCaseReviewer: false, ...relation },
});

const PERSONAS = [
  persona('applicant of the case', ['applicant'], { isApplicant: true }),
  persona('applicant of another enterprise', ['applicant']),
  persona('clerk', ['clerk']),
  persona('reviewer of the case department', ['reviewer'], { isCaseReviewer: true }),
  persona('reviewer of another department', ['reviewer']),
  persona('officer', ['officer']),
  persona("officer filing on the enterprise's behalf", ['officer'], { isFiler: true }),
  persona('manager', ['manager']),
  persona('admin', ['admin']),
  { name: 'system', actor: SYSTEM_ACTOR },
];

// DESIGN §3, written out independently of the machine: transition → (from states, personas).
const EXPECTED: Record<string, { from: CaseState[]; by: string[] }> = {
  submit: { from: ['draft'], by: ['applicant of the case', 'clerk', "officer filing on the enterprise's behalf"] },
  request_supplement: { from: ['submitted'], by: ['clerk'] },
  resubmit: { from: ['needs_supplement'], by: ['applicant of the case', 'clerk'] },
  accept: { from: ['submitted'], by: ['clerk'] },
  accept_with_tolerance: { from: ['submitted'], by: ['clerk'] },
  // Promise-based approval: the window's formal check issues the result the same day (DESIGN §4).
  approve_on_promise: { from: ['submitted'], by: ['clerk'] },
  refuse: { from: ['submitted'], by: ['clerk'] },
  route_to_review: { from: ['accepted'], by: ['clerk', 'system'] },
  // A combined case's departments asked for a revision: the system merges their items into one notice.
  request_revision: { from: ['in_review'], by: ['system'] },
  // Answering a revision notice sends the case back to the departments' reviewers.
  resubmit_for_review: { from: ['needs_supplement'], by: ['applicant of the case', 'clerk'] },
  // A combined case's outcome follows from its tasks: the system decides it.
  approve: { from: ['in_review'], by: ['reviewer of the case department', 'system'] },
  approve_with_conditions: { from: ['in_review'], by: ['reviewer of the case department', 'system'] },
  deny: { from: ['in_review'], by: ['reviewer of the case department', 'system'] },
  issue: { from: ['approved'], by: ['clerk'] },
  // The system too: a tolerated material past its due date suspends the case, its verification resumes it (DESIGN §4).
  suspend: { from: ['accepted', 'in_review'], by: ['clerk', 'reviewer of the case department', 'system'] },
  resume: { from: ['suspended'], by: ['clerk', 'reviewer of the case department', 'system'] },
  withdraw: { from: ['submitted', 'needs_supplement', 'accepted', 'in_review', 'suspended'], by: ['applicant of the case'] },
  // The system too: a promise found untrue at verification revokes the result.
  revoke: { from: ['completed'], by: ['manager', 'system'] },
  // Fired by the system alone (an available name reserved at once); no person may.
  instant_approve: { from: ['submitted'], by: ['system'] },
};

// A context in which every guard passes, so this walk is about states and actors only.
const PASSING = {
  allowsTolerance: true,
  commitmentSigned: true,
  tolerated: [{ code: 'address-proof', core: false, dueDate: '2026-12-01' }],
  latestToleranceDue: '2026-12-10',
  today: '2026-11-27',
  intake: { fields: [], contact: [], coreMaterials: [], otherMaterials: [] },
  supplementItems: 2,
  reason: '材料不符合要求',
  conditions: ['施工前完成消防设计变更'],
};

describe('workflow machine: every state × transition × persona', () => {
  it('declares exactly the transitions of DESIGN §3', () => {
    expect([...TRANSITION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const transition of TRANSITION_NAMES) {
    for (const state of CASE_STATES) {
      for (const { name, actor } of PERSONAS) {
        const expected = EXPECTED[transition].from.includes(state) && EXPECTED[transition].by.includes(name);
        it(`${transition} from ${state} by ${name} → ${expected ? 'allowed' : 'refused'}`, () => {
          // Answering a revision notice is the one transition that needs a revision notice open.
          const openRevisionNotice = transition === 'resubmit_for_review';
          // A promise-based case is decided on its promises, every other one by the ordinary procedure.
          const approvalRoute = transition === 'approve_on_promise' ? 'promise' : 'ordinary';
          const result = checkTransition(
            transition,
            state,
            actor,
            { ...PASSING, openRevisionNotice, approvalRoute },
            'in_review',
          );
          expect(result.ok).toBe(expected);
          const offered = availableTransitions(state, actor, {
            allowsTolerance: true,
            enterpriseDiscredited: false,
            openSupplementNotice: false,
            openRevisionNotice,
            approvalRoute,
          });
          expect(offered.includes(transition)).toBe(expected);
        });
      }
    }
  }
});

describe('workflow guards', () => {
  const clerk = PERSONAS[2].actor;
  const reviewer = PERSONAS[3].actor;
  const tolerance = (over: object) => checkTransition('accept_with_tolerance', 'submitted', clerk, { ...PASSING, ...over });

  it('accepts only a case the intake check finds complete, and fails closed without it', () => {
    const accept = (intake: object | null) => checkTransition('accept', 'submitted', clerk, { ...PASSING, intake } as never);
    const complete = { fields: [], contact: [], coreMaterials: [], otherMaterials: [] };
    expect(accept(complete)).toEqual({ ok: true, to: 'accepted' });
    expect(accept(null)).toEqual({ ok: false, reason: 'intakeIncomplete' });
    expect(checkTransition('accept', 'submitted', clerk)).toEqual({ ok: false, reason: 'intakeIncomplete' });
    expect(accept({ ...complete, fields: ['address'] })).toEqual({ ok: false, reason: 'intakeIncomplete' });
    expect(accept({ ...complete, coreMaterials: ['articles'] })).toEqual({ ok: false, reason: 'intakeIncomplete' });
    expect(accept({ ...complete, otherMaterials: ['address-proof'] })).toEqual({ ok: false, reason: 'intakeIncomplete' });
  });

  it('tolerates the missing non-core materials only when nothing core is missing and every one of them is tolerated', () => {
    const gaps = { fields: [], contact: [], coreMaterials: [], otherMaterials: ['address-proof', 'lease'] };
    expect(tolerance({ intake: gaps })).toEqual({ ok: false, reason: 'missingMaterialNotTolerated' });
    expect(
      tolerance({
        intake: gaps,
        tolerated: ['address-proof', 'lease'].map((code) => ({ code, core: false, dueDate: '2026-12-01' })),
      }),
    ).toEqual({ ok: true, to: 'accepted' });
    expect(tolerance({ intake: { ...gaps, coreMaterials: ['articles'] } })).toEqual({ ok: false, reason: 'intakeIncomplete' });
    expect(tolerance({ intake: { ...gaps, fields: ['address'] } })).toEqual({ ok: false, reason: 'intakeIncomplete' });
    expect(tolerance({ intake: null })).toEqual({ ok: false, reason: 'intakeIncomplete' });
  });

  it('refuses a tolerated material due before today', () => {
    expect(tolerance({ tolerated: [{ code: 'address-proof', core: false, dueDate: '2026-11-26' }] })).toEqual({
      ok: false,
      reason: 'dueDateInPast',
    });
    expect(tolerance({ tolerated: [{ code: 'address-proof', core: false, dueDate: '2026-11-27' }] })).toEqual({
      ok: true,
      to: 'accepted',
    });
    expect(tolerance({ today: null })).toEqual({ ok: false, reason: 'dueDateInPast' });
  });

  it('tolerates only non-core materials, due within the promised limit, for items that allow it', () => {
    expect(tolerance({})).toEqual({ ok: true, to: 'accepted' });
    expect(tolerance({ allowsTolerance: false })).toEqual({ ok: false, reason: 'toleranceNotAllowed' });
    expect(tolerance({ tolerated: [{ code: 'articles', core: true, dueDate: '2026-12-01' }] })).toEqual({
      ok: false,
      reason: 'coreMaterialTolerated',
    });
    expect(tolerance({ tolerated: [] })).toEqual({ ok: false, reason: 'nothingTolerated' });
    expect(tolerance({ tolerated: [{ code: 'address-proof', core: false, dueDate: '2026-12-11' }] })).toEqual({
      ok: false,
      reason: 'dueDateBeyondPromise',
    });
    expect(tolerance({ enterpriseDiscredited: true })).toEqual({ ok: false, reason: 'enterpriseDiscredited' });
  });

  it('decides a promise-based case on its promises alone, once the formal check passes, the same day', () => {
    const complete = { fields: [], contact: [], coreMaterials: [], otherMaterials: [] };
    const onPromise = (over: object) =>
      checkTransition('approve_on_promise', 'submitted', clerk, {
        ...PASSING,
        approvalRoute: 'promise',
        intake: complete,
        ...over,
      });
    expect(onPromise({})).toEqual({ ok: true, to: 'completed' });
    expect(onPromise({ approvalRoute: 'ordinary' })).toEqual({ ok: false, reason: 'notPromiseBased' });
    expect(onPromise({ promiseProblem: 'enterpriseDiscredited' })).toEqual({ ok: false, reason: 'enterpriseDiscredited' });
    expect(onPromise({ intake: { ...complete, coreMaterials: ['application-form'] } })).toEqual({
      ok: false,
      reason: 'intakeIncomplete',
    });
    expect(onPromise({ intake: null })).toEqual({ ok: false, reason: 'intakeIncomplete' });
    // Neither acceptance applies to it: promises and tolerance do not mix.
    expect(checkTransition('accept', 'submitted', clerk, { ...PASSING, approvalRoute: 'promise', intake: complete })).toEqual({
      ok: false,
      reason: 'promiseBasedCase',
    });
    expect(tolerance({ approvalRoute: 'promise' })).toEqual({ ok: false, reason: 'promiseBasedCase' });
    const offered = availableTransitions('submitted', clerk, {
      allowsTolerance: true,
      enterpriseDiscredited: false,
      openSupplementNotice: false,
      approvalRoute: 'promise',
    });
    expect(offered).toContain('approve_on_promise');
    expect(offered).not.toContain('accept');
    expect(offered).not.toContain('accept_with_tolerance');
  });

  it('accepts with tolerance only on a signed commitment, whatever else holds', () => {
    expect(tolerance({ commitmentSigned: false })).toEqual({ ok: false, reason: 'commitmentNotSigned' });
    // Unsigned, nothing is tolerated yet: the missing signature is what the window is told.
    expect(tolerance({ commitmentSigned: false, tolerated: [] })).toEqual({ ok: false, reason: 'commitmentNotSigned' });
    // A credit record or an item without tolerance refuses before any commitment matters.
    expect(tolerance({ commitmentSigned: false, enterpriseDiscredited: true })).toEqual({
      ok: false,
      reason: 'enterpriseDiscredited',
    });
    expect(tolerance({ commitmentSigned: false, allowsTolerance: false })).toEqual({ ok: false, reason: 'toleranceNotAllowed' });
  });

  it('a supplement notice lists at least one item, and only one is open at a time', () => {
    expect(checkTransition('request_supplement', 'submitted', clerk, { supplementItems: 0 })).toEqual({
      ok: false,
      reason: 'noSupplementItems',
    });
    expect(checkTransition('request_supplement', 'submitted', clerk, { supplementItems: 1, openSupplementNotice: true })).toEqual(
      {
        ok: false,
        reason: 'supplementAlreadyOpen',
      },
    );
  });

  it('refusal, denial, suspension and revocation need a reason; conditions need a condition', () => {
    expect(checkTransition('refuse', 'submitted', clerk, { reason: ' ' })).toEqual({ ok: false, reason: 'reasonRequired' });
    expect(checkTransition('deny', 'in_review', reviewer, { reason: '' })).toEqual({ ok: false, reason: 'reasonRequired' });
    expect(checkTransition('approve_with_conditions', 'in_review', reviewer, { conditions: [''] })).toEqual({
      ok: false,
      reason: 'conditionsRequired',
    });
  });

  it('resume returns to the state the case was suspended from', () => {
    expect(checkTransition('resume', 'suspended', clerk, {}, 'accepted')).toEqual({ ok: true, to: 'accepted' });
    expect(checkTransition('resume', 'suspended', clerk, {}, 'in_review')).toEqual({ ok: true, to: 'in_review' });
    expect(checkTransition('resume', 'suspended', clerk, {}, null)).toEqual({ ok: false, reason: 'wrongState' });
  });

  it('the system fires instant approvals and combined outcomes, and nothing a person does at the window', () => {
    expect(checkTransition('instant_approve', 'submitted', SYSTEM_ACTOR)).toEqual({ ok: true, to: 'completed' });
    expect(checkTransition('route_to_review', 'accepted', SYSTEM_ACTOR)).toEqual({ ok: true, to: 'in_review' });
    expect(checkTransition('approve', 'in_review', SYSTEM_ACTOR)).toEqual({ ok: true, to: 'approved' });
    expect(checkTransition('deny', 'in_review', SYSTEM_ACTOR, { reason: '消防：不予许可' })).toEqual({ ok: true, to: 'denied' });
    expect(checkTransition('request_revision', 'in_review', SYSTEM_ACTOR, { supplementItems: 2 })).toEqual({
      ok: true,
      to: 'needs_supplement',
    });
    expect(checkTransition('request_revision', 'in_review', SYSTEM_ACTOR, { supplementItems: 0 })).toEqual({
      ok: false,
      reason: 'noSupplementItems',
    });
    // A tolerated material past its due date suspends the case; its verified late arrival resumes it.
    expect(checkTransition('suspend', 'in_review', SYSTEM_ACTOR, { reason: '容缺材料逾期未补' })).toEqual({
      ok: true,
      to: 'suspended',
    });
    expect(checkTransition('suspend', 'approved', SYSTEM_ACTOR, { reason: '容缺材料逾期未补' })).toEqual({
      ok: false,
      reason: 'wrongState',
    });
    expect(checkTransition('resume', 'suspended', SYSTEM_ACTOR, {}, 'accepted')).toEqual({ ok: true, to: 'accepted' });
    expect(checkTransition('issue', 'approved', SYSTEM_ACTOR)).toEqual({ ok: false, reason: 'notAllowed' });
    expect(checkTransition('instant_approve', 'draft', SYSTEM_ACTOR)).toEqual({ ok: false, reason: 'wrongState' });
    expect(checkTransition('accept', 'submitted', SYSTEM_ACTOR)).toEqual({ ok: false, reason: 'notAllowed' });
    expect(checkTransition('instant_approve', 'submitted', { ...clerk, roles: ['clerk', 'manager', 'admin'] })).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(
      availableTransitions('submitted', SYSTEM_ACTOR, {
        allowsTolerance: true,
        enterpriseDiscredited: false,
        openSupplementNotice: false,
      }),
    ).toEqual(['instant_approve']);
  });

  it('a revision notice is answered back to review, an intake notice back to the window', () => {
    const applicant = PERSONAS[0].actor;
    expect(checkTransition('resubmit', 'needs_supplement', applicant, { openRevisionNotice: true })).toEqual({
      ok: false,
      reason: 'revisionGoesToReview',
    });
    expect(checkTransition('resubmit_for_review', 'needs_supplement', applicant, { openRevisionNotice: true })).toEqual({
      ok: true,
      to: 'in_review',
    });
    expect(checkTransition('resubmit_for_review', 'needs_supplement', applicant, {})).toEqual({
      ok: false,
      reason: 'noRevisionOpen',
    });
    const context = { allowsTolerance: false, enterpriseDiscredited: false, openSupplementNotice: true };
    expect(availableTransitions('needs_supplement', applicant, { ...context, openRevisionNotice: true })).toEqual([
      'resubmit_for_review',
      'withdraw',
    ]);
    expect(availableTransitions('needs_supplement', applicant, context)).toEqual(['resubmit', 'withdraw']);
  });

  it('fails closed on unknown transitions', () => {
    expect(checkTransition('teleport', 'submitted', clerk)).toEqual({ ok: false, reason: 'unknownTransition' });
  });

  it('does not offer tolerance to a discredited enterprise or a second notice', () => {
    const offered = availableTransitions('submitted', clerk, {
      allowsTolerance: true,
      enterpriseDiscredited: true,
      openSupplementNotice: true,
    });
    expect(offered).toEqual(['accept', 'refuse']);
  });
});
