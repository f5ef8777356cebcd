import { describe, expect, it } from 'vitest';
import { caseClockState, deskFlag, workingDaysTaken } from './clock-state';
import { FINAL_STATES } from './workflow';

// DESIGN §3's example: accepted on 2026-09-30 with 5 working days, the deadline is the end of
// 2026-10-13 (10-01…10-07 are the National Day holidays, 10-08, 10-09, 10-10 (an adjusted
// Saturday), 10-12 and 10-13 the five working days).
const base = { acceptedOn: '2026-09-30', legalDays: 20, serviceDays: 5 };

describe('caseClockState', () => {
  it('has no clock before acceptance, and none ever for a case that ended unaccepted', () => {
    expect(caseClockState({ ...base, acceptedOn: null, state: 'submitted', closedOn: null, today: '2026-10-12' })).toEqual({
      phase: 'notStarted',
    });
    expect(caseClockState({ ...base, acceptedOn: null, state: 'refused', closedOn: '2026-10-09', today: '2026-10-12' })).toEqual({
      phase: 'endedUnaccepted',
      closedOn: '2026-10-09',
    });
  });

  it('runs an open accepted case against today, with its yellow warning', () => {
    const state = caseClockState({ ...base, state: 'in_review', closedOn: null, today: '2026-10-12' });
    expect(state).toMatchObject({
      phase: 'running',
      service: { deadline: '2026-10-13', usedDays: 4, remainingDays: 1, status: 'yellow', limitDays: 5 },
    });
  });

  it('stops a completed case at its completion with the final figures, on time', () => {
    const closed = caseClockState({ ...base, state: 'completed', closedOn: '2026-10-12', today: '2026-11-27' });
    expect(closed).toEqual({
      phase: 'closed',
      closedOn: '2026-10-12',
      service: { deadline: '2026-10-13', provisional: false, usedDays: 4, limitDays: 5, outcome: 'onTime', lateDays: 0 },
      legal: expect.objectContaining({ usedDays: 4, limitDays: 20, outcome: 'onTime', lateDays: 0 }),
    });
  });

  it('never ticks once ended: the same figures whatever today is, and no warning however close the deadline was', () => {
    for (const state of FINAL_STATES) {
      const at = (today: string) => caseClockState({ ...base, state, closedOn: '2026-10-12', today });
      expect(at('2026-10-12')).toEqual(at('2027-03-01'));
      expect(at('2027-03-01').phase).toBe('closed');
    }
  });

  it('says late, and by how much, when the case ended after its deadline', () => {
    const late = caseClockState({ ...base, state: 'denied', closedOn: '2026-10-14', today: '2026-11-27' });
    expect(late).toMatchObject({
      phase: 'closed',
      service: { usedDays: 6, outcome: 'late', lateDays: 1 },
      legal: { outcome: 'onTime' },
    });
  });

  it('ends a stop still open when the case ends (withdrawn while suspended)', () => {
    const withdrawn = caseClockState({
      ...base,
      state: 'withdrawn',
      closedOn: '2026-10-20',
      stops: [{ startedOn: '2026-10-09', endedOn: null }],
      today: '2026-11-27',
    });
    // Ran 10-08 and 10-09, then stood still until it ended.
    expect(withdrawn).toMatchObject({ phase: 'closed', service: { usedDays: 2, deadline: '2026-10-23', outcome: 'onTime' } });
  });

  it('counts a final case without a recorded end to its acceptance, never to today', () => {
    const state = caseClockState({ ...base, state: 'completed', closedOn: null, today: '2026-11-27' });
    expect(state).toMatchObject({ phase: 'closed', closedOn: '2026-09-30', service: { usedDays: 0, outcome: 'onTime' } });
  });
});

describe('deskFlag', () => {
  it('flags the working date of an open case red, yellow or green', () => {
    expect(deskFlag('accepted', '2026-11-26', '2026-11-27', '2026-11-30')).toBe('red');
    expect(deskFlag('accepted', '2026-11-30', '2026-11-27', '2026-11-30')).toBe('yellow');
    expect(deskFlag('submitted', '2026-12-04', '2026-11-27', '2026-11-30')).toBe('green');
    expect(deskFlag('suspended', null, '2026-11-27', '2026-11-30')).toBe('none');
  });

  it('never flags a case that has ended', () => {
    for (const state of FINAL_STATES) expect(deskFlag(state, '2026-11-26', '2026-11-27', '2026-11-30')).toBe('none');
  });
});

describe('workingDaysTaken', () => {
  it("is the service clock's working days from acceptance to completion", () => {
    expect(workingDaysTaken({ ...base, completedOn: '2026-10-12' })).toBe(4);
    // Completed the day it was accepted (a promise-based approval): none.
    expect(workingDaysTaken({ ...base, completedOn: '2026-09-30' })).toBe(0);
  });

  it('leaves the clock stops out, an open one ending with the case', () => {
    const stops = [{ startedOn: '2026-10-09', endedOn: '2026-10-12' }];
    // 10-08 and 10-09 run; 10-10 and 10-12 are stopped; 10-13 runs.
    expect(workingDaysTaken({ ...base, stops, completedOn: '2026-10-13' })).toBe(3);
    expect(workingDaysTaken({ ...base, stops: [{ startedOn: '2026-10-09', endedOn: null }], completedOn: '2026-10-13' })).toBe(2);
  });

  it('is 0 for a case completed without acceptance (an instant decision)', () => {
    expect(workingDaysTaken({ ...base, acceptedOn: null, completedOn: '2026-10-12' })).toBe(0);
  });
});
