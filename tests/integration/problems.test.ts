import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, enterpriseProblems, notifications, officerEnterprises, problemSteps } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { loadWorkingCalendar } from '@/lib/data/calendar';
import { atInstant } from '@/lib/data/now';
import {
  changeProblem,
  getProblem,
  getProblemOverview,
  listDeskProblems,
  listMyProblems,
  raiseProblem,
  type ChangeProblemInput,
} from '@/lib/data/problems';
import { zoneDate } from '@/lib/domain/clock';
import { PROBLEM_WORKING_DAYS } from '@/lib/domain/problems';
import { isDomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

type UserViewer = Extract<Viewer, { kind: 'user' }>;
const user = (v: Viewer) => {
  if (v.kind !== 'user') throw new Error('seed is missing personas');
  return v;
};

describe('problems (入企业、找问题、破瓶颈)', () => {
  let a: UserViewer, b: UserViewer, officer: UserViewer, manager: UserViewer, fire: UserViewer, planning: UserViewer;
  let enterpriseA: string, enterpriseB: string;

  beforeAll(async () => {
    [a, b, officer, manager, fire, planning] = (
      await Promise.all(
        ['applicant', 'applicant2', 'officer', 'manager', 'reviewer', 'reviewer2'].map((p) =>
          test.viewerOf(`${p}@onewindow.test`),
        ),
      )
    ).map(user);
    enterpriseA = a.memberships[0].enterpriseId;
    enterpriseB = b.memberships[0].enterpriseId;
    // The seed pairs every enterprise; B's is unpaired here, so that the unassigned path is exercised.
    await test.db.delete(officerEnterprises).where(eq(officerEnterprises.enterpriseId, enterpriseB));
  });

  const raise = (v: UserViewer, enterpriseId: string, title = '厂区用电增容') =>
    raiseProblem(
      v,
      { enterpriseId, kind: 'utilities', title, description: '新生产线投产需要增容 2000kVA，供电公司迟迟未答复。' },
      meta,
    );
  const change = (v: Viewer, input: Omit<ChangeProblemInput, 'version'> & { version?: number }) =>
    (async () => changeProblem(v, { version: (await getProblem(manager, input.problemId)).version, ...input }, meta))();

  it('goes to the paired officer, due in working days, and tells them', async () => {
    const raisedAt = new Date('2026-11-16T02:00:00Z');
    const { id, officerId, dueOn } = await atInstant(raisedAt, () => raise(a, enterpriseA));
    expect(officerId).toBe(officer.userId);
    const calendar = await loadWorkingCalendar(test.db);
    expect(dueOn).toBe(calendar.addWorkingDays(zoneDate(raisedAt), PROBLEM_WORKING_DAYS).date);
    expect(dueOn).toBe('2026-11-30');
    const told = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.kind, 'problem_raised'), eq(notifications.userId, officer.userId)));
    expect(told.length).toBeGreaterThan(0);
    const detail = await getProblem(officer, id);
    expect(detail.state).toBe('open');
    expect(detail.steps.map((s) => s.kind)).toEqual(['raised']);
    expect(detail.offered).toEqual(['take', 'note', 'bring_in_department']);
    const [audit] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'problem.raise')));
    expect(audit).toBeDefined();
  });

  it('without a paired officer it is unassigned and the managers hear of it', async () => {
    const { id, officerId } = await raise(b, enterpriseB, '融资担保');
    expect(officerId).toBeNull();
    const [told] = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'problem_raised'), eq(notifications.userId, manager.userId)));
    expect(told).toBeDefined();
    expect((await getProblem(manager, id)).offered).toEqual(['take']);
  });

  it("an officer sees only their enterprises' problems; other enterprises cannot read them", async () => {
    const { id: ofA } = await raise(a, enterpriseA, '人才公寓');
    const { id: ofB } = await raise(b, enterpriseB, '土地指标');
    const desk = await listDeskProblems(officer);
    expect(desk.some((p) => p.id === ofA)).toBe(true);
    expect(desk.some((p) => p.id === ofB)).toBe(false);
    expect(desk.every((p) => p.enterpriseId === enterpriseA)).toBe(true);
    expect((await failure(getProblem(officer, ofB))).code).toBe('forbidden');
    expect((await failure(getProblem(b, ofA))).code).toBe('forbidden');
    expect((await listMyProblems(a)).every((p) => p.enterpriseId !== enterpriseB)).toBe(true);
    expect((await listMyProblems(b)).some((p) => p.id === ofB)).toBe(true);
    // A manager sees both.
    const all = await listDeskProblems(manager);
    expect(all.some((p) => p.id === ofA) && all.some((p) => p.id === ofB)).toBe(true);
  });

  it('a department brought in can read it; another department cannot', async () => {
    const { id } = await raise(a, enterpriseA, '消防验收');
    expect((await failure(getProblem(fire, id))).code).toBe('forbidden');
    await change(officer, { problemId: id, change: 'take' });
    // Not with an unknown department.
    expect(
      (await failure(change(officer, { problemId: id, change: 'bring_in_department', departmentId: null }))).fieldErrors,
    ).toEqual({
      departmentId: ['required'],
    });
    const fireDepartment = fire.departmentId!;
    await change(officer, { problemId: id, change: 'bring_in_department', departmentId: fireDepartment });
    const seen = await getProblem(fire, id);
    expect(seen.department).not.toBeNull();
    expect(seen.offered).toEqual([]);
    expect((await listDeskProblems(fire)).some((p) => p.id === id)).toBe(true);
    expect((await failure(getProblem(planning, id))).code).toBe('forbidden');
    const [told] = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'problem_department'), eq(notifications.userId, fire.userId)));
    expect(told).toBeDefined();
    // Reading is all the department does.
    expect((await failure(change(fire, { problemId: id, change: 'note', text: '已协调' }))).code).toBe('forbidden');
  });

  it('resolved, then reopened with a new due date, then resolved and confirmed; every change a step', async () => {
    const { id } = await atInstant(new Date('2026-11-02T02:00:00Z'), () => raise(a, enterpriseA, '环评审批'));
    await change(officer, { problemId: id, change: 'take' });
    await change(officer, { problemId: id, change: 'note', text: '已与生态环境分局对接' });
    expect((await failure(change(officer, { problemId: id, change: 'resolve', text: '' }))).fieldErrors).toEqual({
      text: ['required'],
    });
    await change(officer, { problemId: id, change: 'resolve', text: '环评已受理，预计两周内批复' });
    expect((await getProblem(a, id)).offered).toEqual(['confirm', 'reopen']);
    // Only the enterprise confirms, and another enterprise not at all.
    expect((await failure(change(officer, { problemId: id, change: 'confirm' }))).code).toBe('forbidden');
    expect((await failure(change(b, { problemId: id, change: 'confirm' }))).code).toBe('forbidden');
    expect((await failure(change(a, { problemId: id, change: 'reopen', text: '' }))).fieldErrors).toEqual({ text: ['required'] });
    const reopenedOn = zoneDate(new Date());
    const reopened = await change(a, { problemId: id, change: 'reopen', text: '仍未批复' });
    expect(reopened.state).toBe('in_progress');
    expect(reopened.dueOn).toBe((await loadWorkingCalendar(test.db)).addWorkingDays(reopenedOn, PROBLEM_WORKING_DAYS).date);
    const [toldOfficer] = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'problem_reopened'), eq(notifications.userId, officer.userId)));
    expect(toldOfficer).toBeDefined();
    await change(officer, { problemId: id, change: 'resolve', text: '环评已批复' });
    await change(a, { problemId: id, change: 'confirm' });
    const done = await getProblem(a, id);
    expect(done.state).toBe('confirmed');
    expect(done.result).toBe('环评已批复');
    expect(done.offered).toEqual([]);
    expect(done.steps.map((s) => s.kind)).toEqual(['raised', 'taken', 'note', 'resolved', 'reopened', 'resolved', 'confirmed']);
    const steps = await test.db.select().from(problemSteps).where(eq(problemSteps.problemId, id));
    expect(steps).toHaveLength(7);
    const audits = await test.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'problem.raise',
        'problem.take',
        'problem.note',
        'problem.resolve',
        'problem.reopen',
        'problem.confirm',
      ]),
    );
    expect(audits).toHaveLength(7);
  });

  it('of two concurrent changes on one version, one wins and the other is told it is stale', async () => {
    const { id } = await raise(a, enterpriseA, '招工难');
    const { version } = await getProblem(officer, id);
    const results = await Promise.allSettled([
      changeProblem(officer, { problemId: id, version, change: 'take' }, meta),
      changeProblem(officer, { problemId: id, version, change: 'note', text: '电话联系了企业' }, meta),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === 'rejected');
    expect(isDomainError(lost.reason) && lost.reason.code).toBe('staleVersion');
    const [row] = await test.db.select().from(enterpriseProblems).where(eq(enterpriseProblems.id, id));
    expect(row.version).toBe(version + 1);
    expect(
      await test.db
        .select()
        .from(problemSteps)
        .where(and(eq(problemSteps.problemId, id), eq(problemSteps.kind, 'taken'))),
    ).toHaveLength(1);
  });

  it('a manager takes one over, and then owns it', async () => {
    const { id } = await raise(a, enterpriseA, '银行贷款');
    await change(officer, { problemId: id, change: 'take' });
    await change(manager, { problemId: id, change: 'take_over' });
    const p = await getProblem(manager, id);
    expect(p.officerId).toBe(manager.userId);
    expect(p.offered).toEqual(['note', 'bring_in_department', 'resolve']);
    // The paired officer no longer works it.
    expect((await failure(change(officer, { problemId: id, change: 'note', text: '跟进' }))).code).toBe('forbidden');
  });

  it('the overview counts the unresolved problems by officer, kind and age, overdue apart', async () => {
    const overdue = await atInstant(new Date('2026-01-05T02:00:00Z'), () => raise(b, enterpriseB, '早年的问题'));
    const overview = await getProblemOverview(manager);
    const rows = await test.db.select().from(enterpriseProblems);
    const unresolved = rows.filter((r) => r.state === 'open' || r.state === 'in_progress');
    expect(overview.open).toHaveLength(unresolved.length);
    expect(overview.byKind.reduce((n, k) => n + k.open, 0)).toBe(unresolved.length);
    expect(overview.byAge.reduce((n, k) => n + k.open, 0)).toBe(unresolved.length);
    expect(overview.byOfficer.reduce((n, o) => n + o.open, 0)).toBe(unresolved.length);
    const today = overview.asOf;
    const overdueCount = unresolved.filter((r) => r.dueOn < today).length;
    expect(overview.byOfficer.reduce((n, o) => n + o.overdue, 0)).toBe(overdueCount);
    expect(overview.open.find((p) => p.id === overdue.id)).toMatchObject({
      urgency: 'overdue',
      ageBucket: 'over10',
      officerId: null,
    });
    const ofOfficer = overview.byOfficer.find((o) => o.officerId === officer.userId);
    expect(ofOfficer?.open).toBe(unresolved.filter((r) => r.officerId === officer.userId).length);
    expect((await failure(getProblemOverview(officer))).code).toBe('forbidden');
  });
});
