import Papa from 'papaparse';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cases, departments, serviceItems } from '@/db/schema';
import { zoneDate } from '@/lib/domain/clock';
import { OPEN_STATES } from '@/lib/domain/workflow';
import { loadDashboard, type Dashboard } from '@/lib/data/dashboard';
import { dashboardCsv } from '@/lib/data/dashboard-tables';
import { UTF8_BOM } from '@/lib/domain/csv';
import type { DashboardFilter } from '@/lib/validation/dashboard';
import { driver, setUpTestDatabase } from './harness';
import { caseActions } from './workflow-fixtures';

const test = setUpTestDatabase();
const act = caseActions(test);
const as = (email: string) => test.viewerOf(email);

/** A range covering every demo case, past and future. */
const ALL_TIME = { from: '2025-01-01', to: '2026-12-31' };

/** What a GROUP BY over the cases themselves gives for a filter: the figures the aggregates must equal. */
async function recount(filter: DashboardFilter, today: string) {
  const where = [];
  if (filter.department) where.push(eq(cases.departmentId, sql`(select id from departments where code = ${filter.department})`));
  if (filter.item) where.push(eq(cases.itemId, sql`(select id from service_items where code = ${filter.item})`));
  const inRange = (column: string) =>
    sql.raw(`(${column} at time zone 'Asia/Shanghai')::date between '${filter.from}' and '${filter.to}'`);
  const [row] = await test.db
    .select({
      received: sql<number>`(count(*) filter (where ${inRange('submitted_at')}))::int`,
      accepted: sql<number>`(count(*) filter (where ${inRange('accepted_at')}))::int`,
      completed: sql<number>`(count(*) filter (where ${inRange('completed_at')}))::int`,
      onTimeService: sql<number>`(count(*) filter (where ${inRange('completed_at')} and (service_deadline is null or (completed_at at time zone 'Asia/Shanghai')::date <= service_deadline)))::int`,
      open: sql<number>`(count(*) filter (where state in (${sql.join(
        OPEN_STATES.map((s) => sql`${s}`),
        sql`, `,
      )})))::int`,
      red: sql<number>`(count(*) filter (where state in (${sql.join(
        OPEN_STATES.map((s) => sql`${s}`),
        sql`, `,
      )}) and due_on < ${today}))::int`,
    })
    .from(cases)
    .where(and(...where));
  const byState = await test.db
    .select({ state: cases.state, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(inArray(cases.state, OPEN_STATES), ...where))
    .groupBy(cases.state);
  return { ...row, byState: Object.fromEntries(byState.map((r) => [r.state, r.n])) };
}

function shown(d: Dashboard) {
  return {
    received: d.volume.totals.received,
    accepted: d.volume.totals.accepted,
    completed: d.volume.totals.completed,
    onTimeService: d.onTime.service,
    open: d.backlog.open,
    red: d.red.count,
    byState: Object.fromEntries(d.backlog.byState.map((r) => [r.label, r.open])),
  };
}

describe(`manager dashboard (${driver})`, () => {
  it('shows, after real transitions, what a GROUP BY over the cases gives, for every filter', async () => {
    const [clerk, manager] = await Promise.all([as('clerk@onewindow.test'), as('manager@onewindow.test')]);
    // A few real transitions: the window refuses one submitted case, suspends and resumes an accepted one.
    const [submitted] = await test.db.select({ id: cases.id }).from(cases).where(eq(cases.state, 'submitted')).limit(1);
    const [accepted] = await test.db.select({ id: cases.id }).from(cases).where(eq(cases.state, 'accepted')).limit(1);
    if (submitted) await act(clerk, submitted.id, 'refuse', { reason: '不属于本区受理范围' });
    if (accepted) {
      await act(clerk, accepted.id, 'suspend', { reason: '需补充专家评审意见' });
      await act(clerk, accepted.id, 'resume');
    }

    const today = zoneDate(new Date());
    const [market] = await test.db.select({ code: departments.code }).from(departments).where(eq(departments.code, 'market'));
    const [busiest] = await test.db
      .select({ code: serviceItems.code })
      .from(cases)
      .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
      .where(isNotNull(cases.submittedAt))
      .groupBy(serviceItems.code)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    const filters: DashboardFilter[] = [
      ALL_TIME,
      { ...ALL_TIME, department: market.code },
      { ...ALL_TIME, item: busiest.code },
      { from: '2025-11-01', to: '2025-11-30' },
      { from: '2026-10-01', to: '2026-12-31', department: market.code },
    ];
    for (const filter of filters) {
      const dashboard = await loadDashboard(manager, filter);
      expect(dashboard.errors).toEqual({});
      expect(shown(dashboard), JSON.stringify(filter)).toEqual(await recount(filter, today));
      // The series sum to the totals, in every period.
      for (const period of ['day', 'week', 'month'] as const) {
        expect(dashboard.volume.series[period].reduce((s, p) => s + p.received, 0)).toBe(dashboard.volume.totals.received);
      }
      // The red list holds the most overdue of the counted cases, each with working days over.
      expect(dashboard.red.items.length).toBe(Math.min(dashboard.red.count, 20));
      for (const c of dashboard.red.items) {
        expect(c.dueOn < today).toBe(true);
        expect(c.workingDays).toBeGreaterThanOrEqual(1);
        if (filter.department) expect(c.department?.code).toBe(filter.department);
      }
    }
    const all = await loadDashboard(manager, ALL_TIME);
    expect(all.volume.totals.received).toBeGreaterThan(0);
    expect(all.red.count).toBeGreaterThan(0);
  });

  it('reports an unknown department or item and shows everything instead', async () => {
    const dashboard = await loadDashboard(await as('manager@onewindow.test'), {
      ...ALL_TIME,
      department: 'nowhere',
      item: 'XC-NONE',
    });
    expect(dashboard.errors).toEqual({ department: 'unknown', item: 'unknown' });
    expect(dashboard.filter).toEqual({ ...ALL_TIME, department: undefined, item: undefined });
  });

  it('gives the average and the p90 of working days exactly, from the histogram', async () => {
    const manager = await as('manager@onewindow.test');
    const completed = await test.db.select({ id: cases.id }).from(cases).where(isNotNull(cases.completedAt)).orderBy(cases.id);
    expect(completed.length).toBeGreaterThanOrEqual(3);
    // A constructed set: the completed cases took 1, 4, 9, 16, … working days.
    for (const [i, c] of completed.entries()) {
      await test.db
        .update(cases)
        .set({ workingDaysTaken: (i + 1) ** 2 })
        .where(eq(cases.id, c.id));
    }
    const values = completed.map((_, i) => (i + 1) ** 2).sort((a, b) => a - b);
    const p90 = values[Math.ceil(values.length * 0.9) - 1];
    const average = values.reduce((s, v) => s + v, 0) / values.length;
    const dashboard = await loadDashboard(manager, ALL_TIME);
    expect(dashboard.durations.total).toMatchObject({ count: values.length, p90 });
    expect(dashboard.durations.total.average).toBeCloseTo(average, 10);
    // The same as PostgreSQL's own percentile over the cases.
    const [direct] = await test.db
      .select({ p90: sql<number>`percentile_disc(0.9) within group (order by ${cases.workingDaysTaken})` })
      .from(cases)
      .where(isNotNull(cases.completedAt));
    expect(dashboard.durations.total.p90).toBe(Number(direct.p90));
    expect(dashboard.durations.byItem.reduce((s, r) => s + r.count, 0)).toBe(values.length);
    expect(dashboard.durations.updatedAt.getTime()).toBeGreaterThan(0);
  });

  it('exports a table as UTF-8 CSV with a BOM and a header in the viewer’s language', async () => {
    const manager = await as('manager@onewindow.test');
    const dashboard = await loadDashboard(manager, ALL_TIME);
    const zh = await dashboardCsv(dashboard, 'backlog-state', 'zh-CN');
    expect(zh.filename).toMatch(/^dashboard-backlog-state-2025-01-01-2026-12-31\.csv$/);
    expect(zh.body.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(zh.body.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['状态', '在办', '超期', '临期']);
    expect(parsed.data.slice(1).reduce((s, r) => s + Number(r[1]), 0)).toBe(dashboard.backlog.open);

    const red = await dashboardCsv(dashboard, 'red', 'en');
    const rows = Papa.parse<string[]>(red.body.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0][0]).toBe('Case number');
    expect(rows.length - 1).toBe(dashboard.red.items.length);
  });
});
