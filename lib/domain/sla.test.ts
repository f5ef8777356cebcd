import { describe, expect, it } from 'vitest';
import { caseClock, caseClocks } from './sla';
import { WorkingCalendar } from './working-days';

// November 2026 has no holidays: Mondays are 11-02, 11-09, 11-16, 11-23, 11-30.
const accepted = '2026-11-02';

describe('caseClock', () => {
  it('runs from the day after acceptance', () => {
    expect(caseClock({ acceptedOn: accepted, limitDays: 20, today: '2026-11-04' })).toEqual({
      deadline: '2026-11-30',
      provisional: false,
      usedDays: 2,
      remainingDays: 18,
      status: 'running',
    });
    expect(caseClock({ acceptedOn: accepted, limitDays: 20, today: accepted })).toMatchObject({ usedDays: 0, status: 'running' });
  });

  it('DESIGN §3: accepted 2026-09-30 with 5 working days is due 2026-10-13', () => {
    const clock = (today: string) => caseClock({ acceptedOn: '2026-09-30', limitDays: 5, today });
    expect(clock('2026-10-07')).toMatchObject({ deadline: '2026-10-13', usedDays: 0, remainingDays: 5, status: 'running' });
    expect(clock('2026-10-10')).toMatchObject({ usedDays: 3, remainingDays: 2, status: 'running' }); // the adjusted Saturday
    expect(clock('2026-10-12')).toMatchObject({ usedDays: 4, remainingDays: 1, status: 'yellow' });
    expect(clock('2026-10-13')).toMatchObject({ usedDays: 5, remainingDays: 0, status: 'yellow' });
  });

  it('turns yellow with one working day left, before 80 % is used', () => {
    // 2 of 3 days used = 67 %
    expect(caseClock({ acceptedOn: accepted, limitDays: 3, today: '2026-11-04' })).toMatchObject({
      deadline: '2026-11-05',
      usedDays: 2,
      remainingDays: 1,
      status: 'yellow',
    });
  });

  it('turns yellow at 80 % used, with several days still left', () => {
    expect(caseClock({ acceptedOn: accepted, limitDays: 20, today: '2026-11-23' })).toMatchObject({
      usedDays: 15,
      status: 'running',
    });
    expect(caseClock({ acceptedOn: accepted, limitDays: 20, today: '2026-11-24' })).toMatchObject({
      usedDays: 16,
      remainingDays: 4,
      status: 'yellow',
    });
    // 28 of 35 is exactly 80 % (0.8 * 35 is not exactly 28 in floating point)
    const start = '2026-03-02';
    const day28 = new WorkingCalendar().addWorkingDays(start, 28).date;
    expect(caseClock({ acceptedOn: start, limitDays: 35, today: day28 }).status).toBe('yellow');
  });

  it('turns red the day after the deadline, and stays red', () => {
    expect(caseClock({ acceptedOn: '2026-09-30', limitDays: 5, today: '2026-10-14' })).toMatchObject({
      deadline: '2026-10-13',
      usedDays: 6,
      remainingDays: -1,
      status: 'red',
    });
    // a weekend right after the deadline is already overdue
    expect(caseClock({ acceptedOn: accepted, limitDays: 5, today: '2026-11-10' }).status).toBe('red');
    expect(caseClock({ acceptedOn: accepted, limitDays: 4, today: '2026-11-07' })).toMatchObject({
      deadline: '2026-11-06',
      remainingDays: 0,
      status: 'red',
    });
  });

  it('a closed stop extends the deadline by its working days', () => {
    const plain = caseClock({ acceptedOn: accepted, limitDays: 5, today: '2026-11-03' });
    expect(plain.deadline).toBe('2026-11-09');
    // stopped 11-04 and 11-05: two working days
    const stops = [{ startedOn: '2026-11-03', endedOn: '2026-11-05' }];
    expect(caseClock({ acceptedOn: accepted, limitDays: 5, stops, today: '2026-11-09' })).toMatchObject({
      deadline: '2026-11-11',
      usedDays: 3,
      remainingDays: 2,
      status: 'running',
    });
    // a stop over a weekend only costs its working days
    const weekend = [{ startedOn: '2026-11-06', endedOn: '2026-11-09' }]; // 11-09 (Mon) only
    expect(caseClock({ acceptedOn: accepted, limitDays: 5, stops: weekend, today: '2026-11-10' }).deadline).toBe('2026-11-10');
    // and one over National Day costs nothing
    const holiday = [{ startedOn: '2026-09-30', endedOn: '2026-10-07' }];
    expect(caseClock({ acceptedOn: '2026-09-30', limitDays: 5, stops: holiday, today: '2026-10-08' }).deadline).toBe(
      '2026-10-13',
    );
  });

  it('overlapping stops count once', () => {
    const stops = [
      { startedOn: '2026-11-03', endedOn: '2026-11-05' },
      { startedOn: '2026-11-04', endedOn: '2026-11-05' },
    ];
    expect(caseClock({ acceptedOn: accepted, limitDays: 5, stops, today: '2026-11-09' }).deadline).toBe('2026-11-11');
  });

  it('an open stop shows "stopped", and the deadline that holds if the clock restarts tomorrow', () => {
    const stops = [{ startedOn: '2026-11-04', endedOn: null }];
    expect(caseClock({ acceptedOn: accepted, limitDays: 5, stops, today: '2026-11-06' })).toEqual({
      deadline: '2026-11-11',
      provisional: false,
      usedDays: 2,
      remainingDays: 3,
      status: 'stopped',
    });
    // stopped even with one day left
    expect(caseClock({ acceptedOn: accepted, limitDays: 3, stops, today: '2026-11-20' })).toMatchObject({
      deadline: '2026-11-23',
      usedDays: 2,
      status: 'stopped',
    });
  });

  it('a stop begun after the deadline does not rescue an overdue case', () => {
    const stops = [{ startedOn: '2026-10-20', endedOn: null }];
    expect(caseClock({ acceptedOn: '2026-09-30', limitDays: 5, stops, today: '2026-10-22' })).toMatchObject({
      deadline: '2026-10-13',
      status: 'red',
    });
  });

  it('a deadline in a year without a published schedule is provisional', () => {
    expect(caseClock({ acceptedOn: '2026-12-28', limitDays: 5, today: '2026-12-28' })).toMatchObject({
      deadline: '2027-01-04',
      provisional: true,
    });
    const with2027 = new WorkingCalendar({ days: [{ date: '2027-01-04', isWorkday: false }], coveredYears: [2027] });
    expect(caseClock({ acceptedOn: '2026-12-28', limitDays: 5, today: '2026-12-28', calendar: with2027 })).toMatchObject({
      deadline: '2027-01-05',
      provisional: false,
    });
  });
});

describe('caseClocks', () => {
  it('computes the legal and the service clock with the same stops', () => {
    const clocks = caseClocks({
      acceptedOn: accepted,
      legalDays: 20,
      serviceDays: 5,
      stops: [{ startedOn: '2026-11-03', endedOn: '2026-11-05' }],
      today: '2026-11-10',
    });
    expect(clocks.service).toMatchObject({ deadline: '2026-11-11', usedDays: 4, status: 'yellow' });
    expect(clocks.legal).toMatchObject({ deadline: '2026-12-02', usedDays: 4, remainingDays: 16, status: 'running' });
  });
});
