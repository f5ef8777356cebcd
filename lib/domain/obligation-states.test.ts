import { describe, expect, it } from 'vitest';
import {
  checkObligationChange,
  isOverdue,
  OBLIGATION_CHANGE_NAMES,
  OBLIGATION_STATES,
  type ObligationActor,
  type ObligationState,
} from './obligation-states';

const ACTORS: ObligationActor[] = ['applicant', 'clerk', 'verifier', 'manager', 'system'];

// DESIGN §4, written out independently of the module: change → (from states, actors, resulting state).
const EXPECTED: Record<string, { from: ObligationState[]; by: ObligationActor[]; to: ObligationState }> = {
  fulfil: { from: ['open', 'extended', 'breached'], by: ['applicant', 'clerk'], to: 'fulfilled' },
  verify: { from: ['fulfilled'], by: ['clerk'], to: 'verified' },
  breach: { from: ['open', 'extended'], by: ['system'], to: 'breached' },
  // The department's post-approval verification of a promise.
  comply: { from: ['open', 'extended', 'fulfilled'], by: ['verifier'], to: 'verified' },
  find_untrue: { from: ['open', 'extended', 'fulfilled'], by: ['verifier'], to: 'breached' },
  waive: { from: ['open', 'extended', 'breached'], by: ['manager'], to: 'waived' },
  extend: { from: ['open', 'extended'], by: ['manager'], to: 'extended' },
};

// Every guard passes: past due, a reason, force majeure, a later date.
const PASSING = { today: '2026-11-27', dueDate: '2026-11-26', reason: '台风停工', forceMajeure: true, newDueDate: '2026-12-10' };

describe('obligation states: every state × change × actor', () => {
  it('declares exactly the changes of DESIGN §4', () => {
    expect([...OBLIGATION_CHANGE_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const change of OBLIGATION_CHANGE_NAMES) {
    for (const state of OBLIGATION_STATES) {
      for (const actor of ACTORS) {
        const { from, by, to } = EXPECTED[change];
        const allowed = from.includes(state) && by.includes(actor);
        it(`${change} from ${state} by ${actor} → ${allowed ? to : 'refused'}`, () => {
          const result = checkObligationChange(change, state, actor, PASSING);
          expect(result).toEqual(allowed ? { ok: true, to } : { ok: false, reason: expect.any(String) });
        });
      }
    }
  }

  it('verified and waived obligations are final', () => {
    for (const state of ['verified', 'waived'] as const) {
      for (const change of OBLIGATION_CHANGE_NAMES) {
        for (const actor of ACTORS) expect(checkObligationChange(change, state, actor, PASSING).ok).toBe(false);
      }
    }
  });

  it('refuses an unknown change', () => {
    expect(checkObligationChange('forgive', 'open', 'manager', PASSING)).toEqual({
      ok: false,
      reason: 'obligationChangeNotAllowed',
    });
  });
});

describe('obligation due-date rules', () => {
  it('is in time on its due date and overdue from the day after', () => {
    expect(isOverdue('2026-11-27', '2026-11-27')).toBe(false);
    expect(isOverdue('2026-11-27', '2026-11-28')).toBe(true);
    expect(isOverdue('2026-12-31', '2027-01-01')).toBe(true);
  });

  it('breaches only once the due date has passed', () => {
    expect(checkObligationChange('breach', 'open', 'system', { today: '2026-11-27', dueDate: '2026-11-27' })).toEqual({
      ok: false,
      reason: 'notYetDue',
    });
    expect(checkObligationChange('breach', 'extended', 'system', { today: '2026-11-28', dueDate: '2026-11-27' })).toEqual({
      ok: true,
      to: 'breached',
    });
  });

  it('waives with a reason only', () => {
    expect(checkObligationChange('waive', 'breached', 'manager', { ...PASSING, reason: ' ' })).toEqual({
      ok: false,
      reason: 'reasonRequired',
    });
  });

  it('extends for force majeure only, with a reason, to a date later than the due date and not in the past', () => {
    const extend = (over: object) =>
      checkObligationChange('extend', 'open', 'manager', { ...PASSING, dueDate: '2026-11-30', ...over });
    expect(extend({})).toEqual({ ok: true, to: 'extended' });
    expect(extend({ forceMajeure: false })).toEqual({ ok: false, reason: 'forceMajeureOnly' });
    expect(extend({ reason: '' })).toEqual({ ok: false, reason: 'reasonRequired' });
    expect(extend({ newDueDate: '2026-11-30' })).toEqual({ ok: false, reason: 'dueDateNotLater' });
    expect(extend({ newDueDate: undefined })).toEqual({ ok: false, reason: 'dueDateNotLater' });
    expect(extend({ dueDate: '2026-11-20', newDueDate: '2026-11-25' })).toEqual({ ok: false, reason: 'dueDateNotLater' });
  });
});
