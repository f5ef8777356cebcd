import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-days';
import {
  checkFollowUpChange,
  FOLLOW_UP_CHANGE_NAMES,
  FOLLOW_UP_STATES,
  followUpDueOn,
  isBadRating,
  isFollowUpOverdue,
  isRatable,
  offeredFollowUpChanges,
  ratingEditableUntil,
  type FollowUpActor,
  type FollowUpState,
} from './ratings';
import { CASE_STATES } from './workflow';

const ACTORS: FollowUpActor[] = ['owner', 'staff', 'applicant'];

// DESIGN §8, written out independently of the module: change → (from states, actors, resulting state).
const EXPECTED: Record<string, { from: FollowUpState[]; by: FollowUpActor[]; to: FollowUpState | 'same' }> = {
  take: { from: ['open', 'called_back', 'rectified', 'reopened'], by: ['staff'], to: 'same' },
  call_back: { from: ['open', 'reopened'], by: ['owner'], to: 'called_back' },
  rectify: { from: ['called_back'], by: ['owner'], to: 'rectified' },
  close: { from: ['called_back', 'rectified'], by: ['owner'], to: 'closed' },
  reply_satisfied: { from: ['closed'], by: ['applicant'], to: 'closed' },
  reply_unsatisfied: { from: ['closed'], by: ['applicant'], to: 'reopened' },
};

const PASSING = { text: '已电话回访企业', replied: false };

describe('follow-up states: every state × change × actor', () => {
  it('declares exactly the changes of DESIGN §8', () => {
    expect([...FOLLOW_UP_CHANGE_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const change of FOLLOW_UP_CHANGE_NAMES) {
    for (const state of FOLLOW_UP_STATES) {
      for (const actor of ACTORS) {
        const { from, by, to } = EXPECTED[change];
        const allowed = from.includes(state) && by.includes(actor);
        const result = to === 'same' ? state : to;
        it(`${change} from ${state} by ${actor} → ${allowed ? result : 'refused'}`, () => {
          expect(checkFollowUpChange(change, state, actor, PASSING)).toEqual(
            allowed ? { ok: true, to: result } : { ok: false, reason: expect.any(String) },
          );
          expect(offeredFollowUpChanges(state, actor).includes(change)).toBe(allowed);
        });
      }
    }
  }

  it('refuses an unknown change', () => {
    expect(checkFollowUpChange('forget', 'open', 'owner', PASSING)).toEqual({ ok: false, reason: 'followUpChangeNotAllowed' });
  });

  it('asks for the note, rectification or result the step records', () => {
    for (const [change, state] of [
      ['call_back', 'open'],
      ['rectify', 'called_back'],
      ['close', 'rectified'],
    ] as const) {
      expect(checkFollowUpChange(change, state, 'owner', { text: ' ' })).toEqual({ ok: false, reason: 'textRequired' });
    }
  });

  it('takes one reply per result; an unsatisfied reply says why', () => {
    expect(checkFollowUpChange('reply_satisfied', 'closed', 'applicant', { replied: true })).toEqual({
      ok: false,
      reason: 'alreadyReplied',
    });
    expect(checkFollowUpChange('reply_unsatisfied', 'closed', 'applicant', { text: '' })).toEqual({
      ok: false,
      reason: 'textRequired',
    });
    expect(checkFollowUpChange('reply_satisfied', 'closed', 'applicant', {})).toEqual({ ok: true, to: 'closed' });
  });
});

describe('rating rules', () => {
  it('rates cases that ended with an answer only', () => {
    const ratable = CASE_STATES.filter(isRatable);
    expect(ratable).toEqual(['completed', 'refused', 'denied']);
  });

  it('counts 2 and 1 as bad ratings', () => {
    expect([5, 4, 3, 2, 1].map(isBadRating)).toEqual([false, false, false, true, true]);
  });

  it('keeps a rating editable for 24 hours', () => {
    expect(ratingEditableUntil(new Date('2026-11-27T10:00:00Z')).toISOString()).toBe('2026-11-28T10:00:00.000Z');
  });

  it('gives a follow-up five working days, over weekends and holidays', () => {
    const calendar = new WorkingCalendar();
    // Friday 2026-11-27 → Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 December.
    expect(followUpDueOn(calendar, '2026-11-27')).toBe('2026-12-04');
    // Accepted before the National Day holiday: 2026-10-10 is an adjusted working Saturday.
    expect(followUpDueOn(calendar, '2026-09-30')).toBe('2026-10-13');
  });

  it('is overdue from the day after its due date until closed', () => {
    expect(isFollowUpOverdue({ state: 'open', dueOn: '2026-12-04' }, '2026-12-04')).toBe(false);
    expect(isFollowUpOverdue({ state: 'reopened', dueOn: '2026-12-04' }, '2026-12-05')).toBe(true);
    expect(isFollowUpOverdue({ state: 'closed', dueOn: '2026-12-04' }, '2026-12-05')).toBe(false);
  });
});
