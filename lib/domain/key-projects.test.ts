import { describe, expect, it } from 'vitest';
import {
  completedInYear,
  cumulativeByMonth,
  groupsOf,
  isBehindPlan,
  isMilestoneLate,
  monthOf,
  monthsElapsed,
  totalsByGroup,
  totalsByLevel,
} from './key-projects';

const reports = [
  { month: '2025-12-01', amountYuan: 999 },
  { month: '2026-01-01', amountYuan: 100 },
  { month: '2026-03-01', amountYuan: 50 },
  { month: '2026-11-01', amountYuan: 30 },
  { month: '2026-12-01', amountYuan: 7 },
];

describe('key projects against plan', () => {
  it('counts the month of the day as elapsed', () => {
    expect(monthOf('2026-11-27')).toBe('2026-11-01');
    expect(monthsElapsed(2026, '2026-11-27')).toBe(11);
    expect(monthsElapsed(2026, '2026-01-01')).toBe(1);
    expect(monthsElapsed(2026, '2025-12-31')).toBe(0);
    expect(monthsElapsed(2026, '2027-01-02')).toBe(12);
  });

  it("sums this year's reports up to the month of the day", () => {
    expect(completedInYear(reports, 2026, '2026-11-27')).toBe(180);
    expect(completedInYear(reports, 2026, '2026-02-10')).toBe(100);
    expect(completedInYear(reports, 2026, '2027-01-05')).toBe(187);
  });

  it('is behind plan when completed < plan × months elapsed / 12, exactly at the boundary not', () => {
    expect(isBehindPlan(110, 120, 11)).toBe(false);
    expect(isBehindPlan(109, 120, 11)).toBe(true);
    expect(isBehindPlan(0, 0, 11)).toBe(false);
    expect(isBehindPlan(0, 120, 0)).toBe(false);
    // Large amounts stay exact: 1.833… bn pro rata.
    expect(isBehindPlan(1_833_333_333, 2_000_000_000, 11)).toBe(true);
    expect(isBehindPlan(1_833_333_334, 2_000_000_000, 11)).toBe(false);
  });

  it('cumulates by month against the plan pro rata', () => {
    expect(cumulativeByMonth(reports, 1200, 2026, '2026-03-15')).toEqual([
      { month: '2026-01-01', completedYuan: 100, planYuan: 100 },
      { month: '2026-02-01', completedYuan: 100, planYuan: 200 },
      { month: '2026-03-01', completedYuan: 150, planYuan: 300 },
    ]);
    expect(cumulativeByMonth(reports, 1200, 2026, '2025-06-01')).toEqual([]);
  });

  it('calls a milestone late once its planned day has passed without an actual date', () => {
    expect(isMilestoneLate({ plannedOn: '2026-09-30', actualOn: null }, '2026-11-27')).toBe(true);
    expect(isMilestoneLate({ plannedOn: '2026-11-27', actualOn: null }, '2026-11-27')).toBe(false);
    expect(isMilestoneLate({ plannedOn: '2026-09-30', actualOn: '2026-10-08' }, '2026-11-27')).toBe(false);
  });

  it('groups provincial and municipal key projects as key, the provincial ones also as provincial', () => {
    expect(groupsOf({ level: 'provincial', programme: 'key' })).toEqual(['key', 'provincial']);
    expect(groupsOf({ level: 'municipal', programme: 'key' })).toEqual(['key']);
    expect(groupsOf({ level: 'zone', programme: 'key' })).toEqual([]);
    expect(groupsOf({ level: 'zone', programme: 'urban_upgrading' })).toEqual(['urban_upgrading']);
  });

  it('totals by group and by level', () => {
    const projects = [
      { level: 'provincial', programme: 'key', plannedYuan: 10, annualPlanYuan: 5, completedYuan: 4 },
      { level: 'municipal', programme: 'key', plannedYuan: 3, annualPlanYuan: 2, completedYuan: 2 },
      { level: 'zone', programme: 'urban_upgrading', plannedYuan: 1, annualPlanYuan: 1, completedYuan: 0 },
    ] as const;
    expect(totalsByGroup(projects)).toEqual([
      { group: 'key', count: 2, plannedYuan: 13, annualPlanYuan: 7, completedYuan: 6 },
      { group: 'provincial', count: 1, plannedYuan: 10, annualPlanYuan: 5, completedYuan: 4 },
      { group: 'urban_upgrading', count: 1, plannedYuan: 1, annualPlanYuan: 1, completedYuan: 0 },
    ]);
    expect(totalsByLevel(projects).map((t) => [t.programme, t.level, t.count])).toEqual([
      ['key', 'provincial', 1],
      ['key', 'municipal', 1],
      ['urban_upgrading', 'zone', 1],
    ]);
  });
});
