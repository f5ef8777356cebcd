/**
 * Key projects against plan (重点项目, DESIGN §7, §11): cumulative investment by month against the
 * year's plan, the "behind plan" rule, late milestones and totals by group. Amounts are integers in
 * yuan; months are 'YYYY-MM-01' (the first day, as investment_reports.month stores them). Pure.
 */

export type KeyProjectLevel = 'provincial' | 'municipal' | 'zone';
export type KeyProjectProgramme = 'key' | 'urban_upgrading';
/** The API's groups: every provincial and municipal key project, the provincial ones, the urban-upgrading ones. */
export const KEY_PROJECT_GROUPS = ['key', 'provincial', 'urban_upgrading'] as const;
export type KeyProjectGroup = (typeof KEY_PROJECT_GROUPS)[number];

export type MonthlyReport = { month: string; amountYuan: number };
export type MilestoneDates = { plannedOn: string; actualOn: string | null };

/** The first day of the month of an ISO date: '2026-11-27' → '2026-11-01'. */
export function monthOf(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

/**
 * Months of the year elapsed on `asOf`, the month itself counted: a month's report is due within the
 * month (the report's "by the end of November" figures), so on 27 November eleven twelfths of the plan
 * are expected. 0 before the year, 12 after it.
 */
export function monthsElapsed(year: number, asOf: string): number {
  const asOfYear = Number(asOf.slice(0, 4));
  if (asOfYear < year) return 0;
  if (asOfYear > year) return 12;
  return Number(asOf.slice(5, 7));
}

/** Investment completed in `year` up to and including the month of `asOf`. */
export function completedInYear(reports: readonly MonthlyReport[], year: number, asOf: string): number {
  const last = monthOf(asOf);
  return reports.filter((r) => Number(r.month.slice(0, 4)) === year && r.month <= last).reduce((sum, r) => sum + r.amountYuan, 0);
}

/**
 * Behind plan: the investment completed this year so far is less than the year's plan pro rata,
 * i.e. completed < plan × months elapsed / 12 (compared as completed × 12 < plan × months, in
 * integers). A project without a plan for the year is never behind it.
 */
export function isBehindPlan(completedYuan: number, annualPlanYuan: number, elapsedMonths: number): boolean {
  if (annualPlanYuan <= 0) return false;
  return completedYuan * 12 < annualPlanYuan * elapsedMonths;
}

export type CumulativePoint = { month: string; completedYuan: number; planYuan: number };

/**
 * Month by month from January to the month of `asOf` (all twelve once the year is over): investment
 * completed so far in the year, and the plan pro rata (plan × month / 12, rounded down).
 */
export function cumulativeByMonth(
  reports: readonly MonthlyReport[],
  annualPlanYuan: number,
  year: number,
  asOf: string,
): CumulativePoint[] {
  const points: CumulativePoint[] = [];
  let completed = 0;
  for (let m = 1; m <= monthsElapsed(year, asOf); m++) {
    const month = `${year}-${String(m).padStart(2, '0')}-01`;
    completed += reports.filter((r) => r.month === month).reduce((sum, r) => sum + r.amountYuan, 0);
    points.push({ month, completedYuan: completed, planYuan: Math.floor((annualPlanYuan * m) / 12) });
  }
  return points;
}

/** Late: the planned date has passed (strictly before `today`) and no actual date is recorded. */
export function isMilestoneLate(milestone: MilestoneDates, today: string): boolean {
  return milestone.actualOn === null && milestone.plannedOn < today;
}

/** The groups a project counts in: provincial and municipal key projects are 'key', the provincial ones also 'provincial'. */
export function groupsOf(project: { level: KeyProjectLevel; programme: KeyProjectProgramme }): KeyProjectGroup[] {
  if (project.programme === 'urban_upgrading') return ['urban_upgrading'];
  if (project.level === 'provincial') return ['key', 'provincial'];
  if (project.level === 'municipal') return ['key'];
  return [];
}

export type ProjectFigures = {
  level: KeyProjectLevel;
  programme: KeyProjectProgramme;
  plannedYuan: number;
  annualPlanYuan: number;
  completedYuan: number;
};
export type GroupTotals = {
  group: KeyProjectGroup;
  count: number;
  plannedYuan: number;
  annualPlanYuan: number;
  completedYuan: number;
};

/** Totals of each group, in KEY_PROJECT_GROUPS order (a group with no project is there with zeros). */
export function totalsByGroup(projects: readonly ProjectFigures[]): GroupTotals[] {
  return KEY_PROJECT_GROUPS.map((group) => {
    const members = projects.filter((p) => groupsOf(p).includes(group));
    const sum = (pick: (p: ProjectFigures) => number) => members.reduce((total, p) => total + pick(p), 0);
    return {
      group,
      count: members.length,
      plannedYuan: sum((p) => p.plannedYuan),
      annualPlanYuan: sum((p) => p.annualPlanYuan),
      completedYuan: sum((p) => p.completedYuan),
    };
  });
}

export type LevelTotals = Omit<GroupTotals, 'group'> & { programme: KeyProjectProgramme; level: KeyProjectLevel };

/** Totals by programme and level, in a fixed order, only the combinations that have projects. */
export function totalsByLevel(projects: readonly ProjectFigures[]): LevelTotals[] {
  const order: [KeyProjectProgramme, KeyProjectLevel][] = [
    ['key', 'provincial'],
    ['key', 'municipal'],
    ['key', 'zone'],
    ['urban_upgrading', 'provincial'],
    ['urban_upgrading', 'municipal'],
    ['urban_upgrading', 'zone'],
  ];
  return order.flatMap(([programme, level]) => {
    const members = projects.filter((p) => p.programme === programme && p.level === level);
    if (!members.length) return [];
    const sum = (pick: (p: ProjectFigures) => number) => members.reduce((total, p) => total + pick(p), 0);
    return [
      {
        programme,
        level,
        count: members.length,
        plannedYuan: sum((p) => p.plannedYuan),
        annualPlanYuan: sum((p) => p.annualPlanYuan),
        completedYuan: sum((p) => p.completedYuan),
      },
    ];
  });
}
