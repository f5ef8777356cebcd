import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  caseDailyStats,
  caseDurationStats,
  caseRatings,
  cases,
  caseStateStats,
  NONE_ID,
  ratingStats,
  serviceItems,
  serviceItemVersions,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { atInstant } from '@/lib/data/now';
import { rebuildStats, verifyStats } from '@/lib/data/stats';
import { zoneDate } from '@/lib/domain/clock';
import { reassignCase } from '@/lib/data/reassignment';
import { DomainError } from '@/lib/errors';
import { SUPPLEMENT_REASONS, type CaseActionInput } from '@/lib/validation/case';
import { driver, setUpTestDatabase } from './harness';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';
import { enterpriseOf } from './licence-fixtures';
import { expectStatsKept } from './stats-fixtures';
import { caseActions } from './workflow-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const act = caseActions(test, meta);
const as = (email: string) => test.viewerOf(email);

const FOOD = 'XC-SP-001';
const FOOD_ANSWERS = {
  premises: '许昌市经济技术开发区瑞祥路 16 号',
  businessFormat: 'catering',
  businessItems: '热食类食品制售',
  personInCharge: '周敏',
  safetyManager: '孙伟',
};
/** A zone instant: `day` at `time` in Asia/Shanghai. */
const zoneAt = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

let numbered = 0;
/** Food-permit cases of the applicant's enterprise, submitted on `day` with everything acceptance needs. */
async function submittedFoodCases(count: number, day: string) {
  const applicant = await as('applicant@onewindow.test');
  const [item] = await test.db
    .select({ itemId: serviceItems.id, versionId: serviceItemVersions.id, departmentId: serviceItemVersions.leadDepartmentId })
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
    )
    .where(eq(serviceItems.code, FOOD));
  const rows = await test.db
    .insert(cases)
    .values(
      Array.from({ length: count }, () => ({
        itemId: item.itemId,
        itemVersionId: item.versionId,
        enterpriseId: enterpriseOf(applicant),
        applicantId: applicant.kind === 'user' ? applicant.userId : null,
        departmentId: item.departmentId,
        state: 'submitted' as const,
        number: `XC-2097-${String(++numbered).padStart(6, '0')}-D`,
        subject: FOOD_ANSWERS.businessItems,
        contact: { name: '周敏', phone: '13837400009' },
        formData: FOOD_ANSWERS,
        submittedAt: zoneAt(day, '09:00'),
        dueOn: day,
      })),
    )
    .returning({ id: cases.id, itemId: cases.itemId, departmentId: cases.departmentId });
  const materials = await requiredMaterials(test.db, rows[0].id);
  for (const row of rows) await supplyMaterials(test.db, row.id, materials);
  return rows;
}

async function dailyCount(key: { day: string; itemId: string; departmentId: string | null }, change: string) {
  const [row] = await test.db
    .select({ n: sql<number>`coalesce(sum(${caseDailyStats.n}), 0)::int` })
    .from(caseDailyStats)
    .where(
      and(
        eq(caseDailyStats.day, key.day),
        eq(caseDailyStats.itemId, key.itemId),
        eq(caseDailyStats.departmentId, key.departmentId ?? NONE_ID),
        eq(caseDailyStats.change, change),
      ),
    );
  return row.n;
}

/** A tiny deterministic generator (mulberry32): the same run every time, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Move = { as: 'clerk' | 'reviewer' | 'applicant' | 'manager'; transition: string; payload?: Partial<CaseActionInput> };
const supplementItems = [{ kind: 'field' as const, code: 'premises', reason: SUPPLEMENT_REASONS[0] }];
/** What may happen to a case in each state, right or wrong: a refused move writes nothing, which is part of the test. */
const MOVES: Record<string, Move[]> = {
  submitted: [
    { as: 'clerk', transition: 'accept' },
    { as: 'clerk', transition: 'accept' },
    { as: 'clerk', transition: 'request_supplement', payload: { supplementItems } },
    { as: 'clerk', transition: 'refuse', payload: { reason: '经营场所不符合要求' } },
    { as: 'applicant', transition: 'withdraw' },
  ],
  needs_supplement: [
    { as: 'applicant', transition: 'resubmit' },
    { as: 'applicant', transition: 'resubmit_for_review' },
    { as: 'applicant', transition: 'withdraw' },
  ],
  accepted: [
    { as: 'clerk', transition: 'route_to_review' },
    { as: 'clerk', transition: 'route_to_review' },
    { as: 'clerk', transition: 'suspend', payload: { reason: '现场核查' } },
  ],
  in_review: [
    { as: 'reviewer', transition: 'approve' },
    { as: 'reviewer', transition: 'approve_with_conditions', payload: { conditions: ['三个月内完成整改'] } },
    { as: 'reviewer', transition: 'deny', payload: { reason: '不符合食品安全要求' } },
    { as: 'reviewer', transition: 'request_revision', payload: { supplementItems } },
    { as: 'reviewer', transition: 'suspend', payload: { reason: '专家评审' } },
  ],
  suspended: [{ as: 'clerk', transition: 'resume' }],
  approved: [{ as: 'clerk', transition: 'issue' }],
  completed: [{ as: 'manager', transition: 'revoke', payload: { reason: '以欺骗手段取得许可' } }],
};

describe(`dashboard aggregates (${driver})`, () => {
  it('a completed case counts on its zone days of receipt, acceptance and completion, with the working days it took', async () => {
    const clerk = await as('clerk@onewindow.test');
    const reviewer = await as('reviewer3@onewindow.test');
    const [onTime, late] = await submittedFoodCases(2, '2026-05-29');
    const key = (day: string) => ({ day, itemId: onTime.itemId, departmentId: onTime.departmentId });
    const before = {
      received: await dailyCount(key('2026-05-29'), 'received'),
      accepted: await dailyCount(key('2026-06-01'), 'accepted'),
      completed: await dailyCount(key('2026-06-04'), 'completed'),
      lateDay: await Promise.all(['completed', 'on_time_service', 'on_time_legal'].map((c) => dailyCount(key('2026-06-10'), c))),
    };
    expect(before.received).toBeGreaterThanOrEqual(2);

    // Accepted Monday 2026-06-01 (service limit 5 working days: 06-08; legal 10: 06-15), one
    // issued on Thursday 06-04 (3 working days), the other on Wednesday 06-10 (7: late on the
    // service clock, on time on the legal one).
    for (const c of [onTime, late]) {
      // 23:30 in the zone is still 06-01 there, though 15:30 UTC.
      await atInstant(zoneAt('2026-06-01', '23:30'), () => act(clerk, c.id, 'accept'));
      await atInstant(zoneAt('2026-06-02'), () => act(clerk, c.id, 'route_to_review'));
      await atInstant(zoneAt('2026-06-03'), () => act(reviewer, c.id, 'approve'));
    }
    await atInstant(zoneAt('2026-06-04', '00:30'), () => act(clerk, onTime.id, 'issue'));
    await atInstant(zoneAt('2026-06-10'), () => act(clerk, late.id, 'issue'));

    const taken = await test.db
      .select({ id: cases.id, workingDaysTaken: cases.workingDaysTaken, serviceDeadline: cases.serviceDeadline })
      .from(cases)
      .where(inArray(cases.id, [onTime.id, late.id]));
    expect(Object.fromEntries(taken.map((t) => [t.id, [t.workingDaysTaken, t.serviceDeadline]]))).toEqual({
      [onTime.id]: [3, '2026-06-08'],
      [late.id]: [7, '2026-06-08'],
    });
    expect(await dailyCount(key('2026-06-01'), 'accepted')).toBe(before.accepted + 2);
    expect(await dailyCount(key('2026-06-04'), 'completed')).toBe(before.completed + 1);
    expect(await dailyCount(key('2026-06-04'), 'on_time_service')).toBeGreaterThanOrEqual(1);
    const lateDay = await Promise.all(
      ['completed', 'on_time_service', 'on_time_legal'].map((c) => dailyCount(key('2026-06-10'), c)),
    );
    expect(lateDay).toEqual([before.lateDay[0] + 1, before.lateDay[1], before.lateDay[2] + 1]);
    const durations = await test.db
      .select({
        day: caseDurationStats.day,
        workingDays: caseDurationStats.workingDays,
        n: sql<number>`sum(${caseDurationStats.n})::int`,
      })
      .from(caseDurationStats)
      .where(and(eq(caseDurationStats.itemId, onTime.itemId), inArray(caseDurationStats.day, ['2026-06-04', '2026-06-10'])))
      .groupBy(caseDurationStats.day, caseDurationStats.workingDays);
    expect(durations).toEqual(
      expect.arrayContaining([
        { day: '2026-06-04', workingDays: 3, n: expect.any(Number) },
        { day: '2026-06-10', workingDays: 7, n: expect.any(Number) },
      ]),
    );
    // Completed cases stand in 'completed' with no due date; none is left in the states they passed.
    const [standing] = await test.db
      .select({ n: sql<number>`coalesce(sum(${caseStateStats.n}), 0)::int` })
      .from(caseStateStats)
      .where(
        and(
          eq(caseStateStats.itemId, onTime.itemId),
          eq(caseStateStats.state, 'completed'),
          eq(caseStateStats.dueOn, '9999-12-31'),
        ),
      );
    expect(standing.n).toBeGreaterThanOrEqual(2);
    await expectStatsKept(test.db);
  });

  it('a rating counts under its day, item, department, assignee and score; changing or deleting it moves the count', async () => {
    const [c] = await submittedFoodCases(1, '2026-06-15');
    const applicant = await as('applicant@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    if (applicant.kind !== 'user' || clerk.kind !== 'user') throw new Error('persona');
    await test.db.update(cases).set({ assigneeId: clerk.userId }).where(eq(cases.id, c.id));
    const rated = zoneAt('2026-06-20', '08:00');
    const count = async (score: number) => {
      const [row] = await test.db
        .select({ n: sql<number>`coalesce(sum(${ratingStats.n}), 0)::int` })
        .from(ratingStats)
        .where(
          and(
            eq(ratingStats.day, zoneDate(rated)),
            eq(ratingStats.itemId, c.itemId),
            eq(ratingStats.departmentId, c.departmentId!),
            eq(ratingStats.assigneeId, clerk.userId),
            eq(ratingStats.score, score),
          ),
        );
      return row.n;
    };
    await test.db.insert(caseRatings).values({
      caseId: c.id,
      enterpriseId: enterpriseOf(applicant),
      itemId: c.itemId,
      departmentId: c.departmentId,
      assigneeId: clerk.userId,
      ratedBy: applicant.userId,
      score: 5,
      editableUntil: new Date(rated.getTime() + 86_400_000),
      createdAt: rated,
    });
    expect([await count(5), await count(2)]).toEqual([1, 0]);
    await test.db.update(caseRatings).set({ score: 2, comment: '等了太久' }).where(eq(caseRatings.caseId, c.id));
    expect([await count(5), await count(2)]).toEqual([0, 1]);
    await expectStatsKept(test.db);
    await test.db.delete(caseRatings).where(eq(caseRatings.caseId, c.id));
    expect([await count(5), await count(2)]).toEqual([0, 0]);
    await expectStatsKept(test.db);
  });

  it('1,000 random transitions, many of them racing on one case, leave every aggregate equal to its recomputation', async () => {
    const personas: Record<Move['as'], Viewer> = {
      clerk: await as('clerk@onewindow.test'),
      reviewer: await as('reviewer3@onewindow.test'),
      applicant: await as('applicant@onewindow.test'),
      manager: await as('manager@onewindow.test'),
    };
    const staff = [personas.clerk, personas.reviewer].flatMap((v) => (v.kind === 'user' ? [v.userId] : []));
    const next = random(11);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const pool = (await submittedFoodCases(40, '2026-07-01')).map((c) => c.id);
    let at = zoneAt('2026-07-01').getTime();
    let attempts = 0;
    let applied = 0;
    const unexpected: unknown[] = [];

    /** One attempt: a move fitting the case's state (or reassigning it), as of the version just read. */
    const attempt = (caseId: string, state: string, version: number, when: Date) => {
      attempts++;
      const move = next() < 0.15 ? null : pick(MOVES[state] ?? []);
      const run = move
        ? () => act(personas[move.as], caseId, move.transition, move.payload ?? {})
        : () => reassignCase(personas.manager, { caseId, version, assigneeId: pick(staff), reason: '调整分工' }, meta);
      return atInstant(when, run).then(
        () => applied++,
        (error: unknown) => {
          if (!(error instanceof DomainError)) unexpected.push(error);
        },
      );
    };

    while (attempts < 1_000) {
      at += 3 * 3_600_000;
      const when = new Date(at);
      const chosen = [...new Set(Array.from({ length: 4 }, () => pick(pool)))];
      const rows = await test.db
        .select({ id: cases.id, state: cases.state, version: cases.version })
        .from(cases)
        .where(inArray(cases.id, chosen));
      // Each chosen case gets one move, or up to four conflicting ones at once (one wins, the rest see a stale version).
      await Promise.all(
        rows.flatMap((r) =>
          Array.from({ length: next() < 0.3 ? 2 + Math.floor(next() * 3) : 1 }, () => attempt(r.id, r.state, r.version, when)),
        ),
      );
      // Ended cases leave the pool; new submissions keep it at 40.
      const open = await test.db
        .select({ id: cases.id })
        .from(cases)
        .where(and(inArray(cases.id, pool), notInArray(cases.state, ['refused', 'withdrawn', 'denied', 'revoked'])));
      if (open.length < 30) {
        const fresh = await submittedFoodCases(40 - open.length, zoneDate(when));
        pool.splice(0, pool.length, ...open.map((o) => o.id), ...fresh.map((c) => c.id));
      }
    }
    expect(unexpected).toEqual([]);
    expect(applied).toBeGreaterThan(300);
    const reports = await expectStatsKept(test.db);
    expect(reports.find((r) => r.table === 'case_state_stats')!.checked).toBeGreaterThan(10);
  }, 600_000);

  it('verifyStats names a key an aggregate got wrong, and rebuildStats restores it', async () => {
    const [c] = await test.db.select().from(cases).where(eq(cases.state, 'submitted')).limit(1);
    // A write that bypasses the trigger, as a manual fix in psql with the trigger off would.
    await test.db.execute(sql`alter table cases disable trigger cases_stats`);
    try {
      await test.db.update(cases).set({ state: 'withdrawn' }).where(eq(cases.id, c.id));
    } finally {
      await test.db.execute(sql`alter table cases enable trigger cases_stats`);
    }
    const reports = await verifyStats(test.db);
    const states = reports.find((r) => r.table === 'case_state_stats')!;
    expect(states.differing).toBeGreaterThan(0);
    expect(states.differences).toContainEqual(
      expect.objectContaining({
        key: expect.objectContaining({ state: 'withdrawn', item_id: c.itemId }),
        actual: expect.any(Number),
      }),
    );
    const written = await rebuildStats(test.db);
    expect(written.case_state_stats).toBeGreaterThan(0);
    await expectStatsKept(test.db);
  });
});
