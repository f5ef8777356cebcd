import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, caseNotices, cases, caseTasks, departments, supplementNotices } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { claimTask, decideTask, listDepartmentTasks, type TaskDecisionCommand } from '@/lib/data/task-decisions';
import type { TaskDecision } from '@/lib/domain/combined-outcome';
import { DomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';
import { enterpriseOf, failure } from './licence-fixtures';
import { caseActions } from './workflow-fixtures';
import { expectStatsKept } from './stats-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const act = caseActions(test);
const as = (email: string) => test.viewerOf(email);

/** The reviewer account of each department taking part in the combined item XC-JP-003. */
const REVIEWERS: Record<string, string> = {
  drc: 'reviewer6@onewindow.test',
  nrp: 'reviewer2@onewindow.test',
  eco: 'reviewer5@onewindow.test',
  fire: 'reviewer@onewindow.test',
  'civil-defence': 'reviewer7@onewindow.test',
  housing: 'reviewer4@onewindow.test',
};

const ANSWERS = {
  projectName: '联审联批测试厂房项目',
  parcel: '许经开〔2026〕工业-099',
  investment: 12_000,
  landArea: 30_000,
  floorArea: 24_000,
  stage: 'construction',
};

/** A combined application of the applicant's enterprise, complete, submitted and accepted by the window. */
async function acceptedCombinedCase(): Promise<string> {
  const applicant = await as('applicant@onewindow.test');
  const { id } = await createDraft(applicant, { serviceCode: 'XC-JP-003', enterpriseId: enterpriseOf(applicant) }, meta);
  await saveDraft(applicant, { caseId: id, formData: ANSWERS, contact: { name: '王经理', phone: '13800000001' } });
  await supplyMaterials(test.db, id, await requiredMaterials(test.db, id));
  await submitCase(applicant, { caseId: id, idempotencyKey: randomUUID() }, meta);
  await act(await as('clerk@onewindow.test'), id, 'accept');
  return id;
}

async function tasksOf(caseId: string) {
  return test.db
    .select({ t: caseTasks, code: departments.code })
    .from(caseTasks)
    .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
    .where(eq(caseTasks.caseId, caseId))
    .orderBy(asc(caseTasks.sortOrder));
}

async function taskOf(caseId: string, department: string) {
  const task = (await tasksOf(caseId)).find((t) => t.code === department);
  if (!task) throw new Error(`no ${department} task`);
  return task.t;
}

const stateOf = async (caseId: string) => (await test.db.select({ s: cases.state }).from(cases).where(eq(cases.id, caseId)))[0].s;

/** A department's reviewer decides its task at the task's current version and round. */
async function decide(
  caseId: string,
  department: string,
  decision: TaskDecision,
  extra: Partial<TaskDecisionCommand> = {},
  viewer?: Viewer,
) {
  const task = await taskOf(caseId, department);
  return decideTask(
    viewer ?? (await as(REVIEWERS[department])),
    {
      taskId: task.id,
      version: task.version,
      round: task.round,
      decision,
      opinion: '',
      conditions: [],
      revisionItems: [],
      ...extra,
    },
    meta,
  );
}

const countAudit = async (caseId: string, action: string) =>
  (
    await test.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'case'), eq(auditEvents.entityId, caseId), eq(auditEvents.action, action)))
  )[0].n;

const noticeKinds = async (caseId: string) =>
  (await test.db.select({ kind: caseNotices.kind }).from(caseNotices).where(eq(caseNotices.caseId, caseId)))
    .map((n) => n.kind)
    .sort();

describe('combined approval: department tasks', () => {
  it('accepting a combined case opens one task per department, each on its own clocks, and routes it to review', async () => {
    const caseId = await acceptedCombinedCase();
    expect(await stateOf(caseId)).toBe('in_review');
    const tasks = await tasksOf(caseId);
    expect(tasks.map((t) => t.code)).toEqual(['drc', 'nrp', 'eco', 'fire', 'civil-defence', 'housing']);
    for (const { t } of tasks) {
      expect(t.decision).toBe('pending');
      expect(t.round).toBe(1);
      expect(t.serviceDeadline <= t.legalDeadline).toBe(true);
    }
    // Each department's own limit gives its own deadline.
    expect(new Set(tasks.map((t) => t.t.serviceDeadline)).size).toBeGreaterThan(1);
    expect(tasks.find((t) => t.code === 'fire')?.t.veto).toBe(true);
  });

  it('a department decides only its own task; reviewers of other departments cannot read or decide it', async () => {
    const caseId = await acceptedCombinedCase();
    const fire = await taskOf(caseId, 'fire');
    const planner = await as('reviewer2@onewindow.test');
    expect((await failure(decide(caseId, 'fire', 'approved', {}, planner))).code).toBe('forbidden');
    expect((await failure(claimTask(planner, { taskId: fire.id, version: fire.version }, meta))).code).toBe('forbidden');
    // A department with no task on the case does not see it at all.
    expect((await failure(getCaseDetail(await as('reviewer3@onewindow.test'), caseId))).code).toBe('forbidden');
    // Nor may the window or the applicant decide a department's task.
    for (const email of ['clerk@onewindow.test', 'applicant@onewindow.test', 'manager@onewindow.test']) {
      expect((await failure(decide(caseId, 'fire', 'approved', {}, await as(email)))).code).toBe('forbidden');
    }
    // The fire reviewer reads the case, sees every department's task, and their own as theirs.
    const detail = await getCaseDetail(await as('reviewer@onewindow.test'), caseId);
    expect(detail.tasks.map((t) => [t.department.code, t.mine])).toContainEqual(['fire', true]);
    expect(detail.tasks.filter((t) => t.mine)).toHaveLength(1);
    // Nobody decides a combined case as a whole.
    expect(detail.transitions).not.toContain('approve');
    expect((await failure(act(await as('reviewer@onewindow.test'), caseId, 'approve'))).code).toBe('forbidden');
  });

  it('a reviewer claims their department’s task and finds it in their queue', async () => {
    const caseId = await acceptedCombinedCase();
    const reviewer = await as('reviewer5@onewindow.test');
    const eco = await taskOf(caseId, 'eco');
    await claimTask(reviewer, { taskId: eco.id, version: eco.version }, meta);
    const queue = await listDepartmentTasks(reviewer, 500);
    const mine = queue.find((q) => q.caseId === caseId);
    expect(mine).toMatchObject({ taskId: eco.id, assigneeName: expect.any(String), waiting: false });
    expect((await listDepartmentTasks(await as('reviewer3@onewindow.test'), 500)).some((q) => q.caseId === caseId)).toBe(false);
  });

  it('the case is approved when the last department decides, with every condition, and the window issues one decision', async () => {
    const caseId = await acceptedCombinedCase();
    await decide(caseId, 'drc', 'approved');
    await decide(caseId, 'nrp', 'approved_with_conditions', { conditions: ['按批准的总平面图施工'] });
    await decide(caseId, 'eco', 'not_required', { opinion: '位于区域环评范围内' });
    await decide(caseId, 'civil-defence', 'approved');
    await decide(caseId, 'housing', 'approved');
    expect(await stateOf(caseId)).toBe('in_review');
    const last = await decide(caseId, 'fire', 'approved_with_conditions', { conditions: ['竣工前完成消防验收'] });
    expect(last.caseState).toBe('approved');
    const [c] = await test.db.select().from(cases).where(eq(cases.id, caseId));
    expect(c.decision).toBe('approve_with_conditions');
    expect(c.conditions).toEqual(['按批准的总平面图施工', '竣工前完成消防验收']);
    await act(await as('clerk@onewindow.test'), caseId, 'issue');
    expect(await stateOf(caseId)).toBe('completed');
    expect(await noticeKinds(caseId)).toEqual(['acceptance', 'decision']);
    // A decided task cannot be decided again.
    expect((await failure(decide(caseId, 'fire', 'approved'))).code).toBe('staleVersion');
  });

  it('a veto department’s denial ends the case at once and cancels the tasks still pending', async () => {
    const caseId = await acceptedCombinedCase();
    await decide(caseId, 'drc', 'approved');
    // A denial by a department without the veto waits for the others.
    await decide(caseId, 'eco', 'denied', { opinion: '不符合园区产业准入要求' });
    expect(await stateOf(caseId)).toBe('in_review');
    await decide(caseId, 'fire', 'denied', { opinion: '消防车道不满足规范要求' });
    expect(await stateOf(caseId)).toBe('denied');
    const tasks = await tasksOf(caseId);
    expect(Object.fromEntries(tasks.map((t) => [t.code, t.t.decision]))).toEqual({
      drc: 'approved',
      nrp: 'cancelled',
      eco: 'denied',
      fire: 'denied',
      'civil-defence': 'cancelled',
      housing: 'cancelled',
    });
    const [c] = await test.db.select().from(cases).where(eq(cases.id, caseId));
    expect(c.opinion ?? c.refusalReason ?? '').toContain('消防车道不满足规范要求');
    expect(await noticeKinds(caseId)).toEqual(['acceptance', 'denial']);
    expect((await failure(decide(caseId, 'nrp', 'approved'))).code).toBe('staleVersion');
  });

  it('a decision needs what its kind needs: conditions, revision items naming the case’s materials or fields, a reason', async () => {
    const caseId = await acceptedCombinedCase();
    expect((await failure(decide(caseId, 'fire', 'approved_with_conditions'))).fieldErrors).toEqual({
      conditions: ['conditionsRequired'],
    });
    expect((await failure(decide(caseId, 'fire', 'revision_required'))).fieldErrors).toEqual({
      revisionItems: ['revisionItemsRequired'],
    });
    expect((await failure(decide(caseId, 'fire', 'denied'))).fieldErrors).toEqual({ opinion: ['reasonRequired'] });
    const unknown = await failure(
      decide(caseId, 'fire', 'revision_required', {
        revisionItems: [
          { kind: 'material', code: 'fire-design', reason: 'incomplete' },
          { kind: 'material', code: 'no-such-material', reason: 'missing' },
        ],
      }),
    );
    expect(unknown.fieldErrors).toEqual({ 'revisionItems.1.code': ['unknownItem'] });
    expect((await taskOf(caseId, 'fire')).decision).toBe('pending');
  });
});

describe('combined approval: one merged revision notice, and the resubmission back to the same reviewers', () => {
  it('merges every department’s revision items into one notice; the answer reopens exactly the right tasks on the new round', async () => {
    const caseId = await acceptedCombinedCase();
    const fireReviewer = await as('reviewer@onewindow.test');
    const fireTask = await taskOf(caseId, 'fire');
    await claimTask(fireReviewer, { taskId: fireTask.id, version: fireTask.version }, meta);
    await decide(caseId, 'fire', 'revision_required', {
      revisionItems: [{ kind: 'material', code: 'fire-design', reason: 'incomplete', note: '缺少防火分区图' }],
    });
    await decide(caseId, 'housing', 'revision_required', {
      revisionItems: [{ kind: 'field', code: 'floorArea', reason: 'inconsistent' }],
    });
    for (const d of ['drc', 'nrp', 'eco']) await decide(caseId, d, 'approved');
    expect(await stateOf(caseId)).toBe('in_review');
    await decide(caseId, 'civil-defence', 'approved');
    expect(await stateOf(caseId)).toBe('needs_supplement');

    const notices = await test.db.select().from(supplementNotices).where(eq(supplementNotices.caseId, caseId));
    expect(notices).toHaveLength(1);
    expect(notices[0].fromReview).toBe(true);
    expect(notices[0].items).toEqual([
      { kind: 'material', code: 'fire-design', reason: 'incomplete', note: '缺少防火分区图', department: 'fire' },
      { kind: 'field', code: 'floorArea', reason: 'inconsistent', department: 'housing' },
    ]);
    expect(await noticeKinds(caseId)).toEqual(['acceptance', 'supplement']);

    // The applicant answers: a new version of the fire design, and the corrected floor area.
    const applicant = await as('applicant@onewindow.test');
    const detail = await getCaseDetail(applicant, caseId);
    expect(detail.transitions).toContain('resubmit_for_review');
    expect(detail.transitions).not.toContain('resubmit');
    await saveDraft(applicant, { caseId, formData: { floorArea: 24_500 } });
    await supplyMaterials(test.db, caseId, ['fire-design'], 2);
    expect((await failure(act(applicant, caseId, 'resubmit'))).message).toBe('revisionGoesToReview');
    await act(applicant, caseId, 'resubmit_for_review');
    expect(await stateOf(caseId)).toBe('in_review');

    const after = Object.fromEntries((await tasksOf(caseId)).map((t) => [t.code, t.t]));
    // Fire and housing asked; fire also reviews the changed material. The others' approvals stand.
    expect(after.fire).toMatchObject({
      decision: 'pending',
      round: 2,
      previousRound: 1,
      assigneeId: fireTask.assigneeId ?? expect.any(String),
    });
    expect(after.housing).toMatchObject({ decision: 'pending', round: 2 });
    for (const d of ['drc', 'nrp', 'eco', 'civil-defence']) expect(after[d]).toMatchObject({ decision: 'approved', round: 1 });
    expect(
      (await test.db.select().from(supplementNotices).where(eq(supplementNotices.caseId, caseId)))[0].answeredAt,
    ).not.toBeNull();

    // The fire reviewer sees what changed since the round they reviewed.
    const fireView = (await getCaseDetail(fireReviewer, caseId)).tasks.find((t) => t.mine);
    expect(fireView?.changes).toEqual({
      answers: [{ key: 'floorArea', before: 24_000, after: 24_500 }],
      materials: [{ code: 'fire-design', from: 1, to: 2 }],
    });

    // A decision on the outdated round is refused; on the new one it completes the case.
    const stale = await failure(
      decideTask(
        fireReviewer,
        {
          taskId: after.fire.id,
          version: after.fire.version,
          round: 1,
          decision: 'approved',
          opinion: '',
          conditions: [],
          revisionItems: [],
        },
        meta,
      ),
    );
    expect(stale).toMatchObject({ code: 'staleVersion', message: 'outdatedRound' });
    await decide(caseId, 'housing', 'approved');
    await decide(caseId, 'fire', 'approved_with_conditions', { conditions: ['施工期间落实临时消防措施'] });
    expect(await stateOf(caseId)).toBe('approved');
  });

  it('an approval whose department reviews a changed material is reopened too', async () => {
    const caseId = await acceptedCombinedCase();
    await decide(caseId, 'fire', 'revision_required', {
      revisionItems: [{ kind: 'material', code: 'fire-design', reason: 'unsigned' }],
    });
    for (const d of ['drc', 'nrp', 'eco', 'civil-defence', 'housing']) await decide(caseId, d, 'approved');
    const applicant = await as('applicant@onewindow.test');
    // The shared drawing set changes: every department reviewing it looks again.
    await supplyMaterials(test.db, caseId, ['planning-drawings'], 2);
    await act(applicant, caseId, 'resubmit_for_review');
    const after = Object.fromEntries((await tasksOf(caseId)).map((t) => [t.code, t.t.decision]));
    expect(after).toEqual({
      drc: 'approved',
      nrp: 'pending',
      eco: 'approved',
      fire: 'pending',
      'civil-defence': 'pending',
      housing: 'pending',
    });
  });
});

describe('combined approval: concurrent decisions', () => {
  /** 20 decisions at once: every department's reviewer, several times over, as double clicks and racing tabs do. */
  async function race(caseId: string, decisionOf: (department: string) => [TaskDecision, Partial<TaskDecisionCommand>]) {
    const departmentsInOrder = Object.keys(REVIEWERS);
    const tasks = Object.fromEntries(
      await Promise.all(departmentsInOrder.map(async (d) => [d, await taskOf(caseId, d)] as const)),
    );
    const viewers = Object.fromEntries(
      await Promise.all(departmentsInOrder.map(async (d) => [d, await as(REVIEWERS[d])] as const)),
    );
    const calls = Array.from({ length: 20 }, (_, i) => {
      const d = departmentsInOrder[i % departmentsInOrder.length];
      const [decision, extra] = decisionOf(d);
      const task = tasks[d];
      return decideTask(
        viewers[d],
        {
          taskId: task.id,
          version: task.version,
          round: task.round,
          decision,
          opinion: '',
          conditions: [],
          revisionItems: [],
          ...extra,
        },
        meta,
      );
    });
    const results = await Promise.allSettled(calls);
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    for (const e of refused) expect(e).toBeInstanceOf(DomainError);
    for (const e of refused) expect((e as DomainError).code).toBe('staleVersion');
    return { decided: results.filter((r) => r.status === 'fulfilled').length, refused: refused.length };
  }

  it('20 concurrent approvals: each task decided once, exactly one approval of the case', async () => {
    const caseId = await acceptedCombinedCase();
    const { decided, refused } = await race(caseId, () => ['approved', {}]);
    expect({ decided, refused }).toEqual({ decided: 6, refused: 14 });
    expect(await stateOf(caseId)).toBe('approved');
    expect(await countAudit(caseId, 'case.approve')).toBe(1);
    expect(await countAudit(caseId, 'case.task.decide')).toBe(6);
  });

  it('20 concurrent decisions with two revision requests: one merged notice, one transition', async () => {
    const caseId = await acceptedCombinedCase();
    const { decided } = await race(caseId, (d) =>
      d === 'fire' || d === 'eco'
        ? [
            'revision_required',
            { revisionItems: [{ kind: 'material', code: d === 'fire' ? 'fire-design' : 'eia', reason: 'incomplete' }] },
          ]
        : ['approved', {}],
    );
    expect(decided).toBe(6);
    expect(await stateOf(caseId)).toBe('needs_supplement');
    expect(await countAudit(caseId, 'case.request_revision')).toBe(1);
    const notices = await test.db.select().from(supplementNotices).where(eq(supplementNotices.caseId, caseId));
    expect(notices).toHaveLength(1);
    expect(notices[0].items.map((i) => i.department).sort()).toEqual(['eco', 'fire']);
    expect(await noticeKinds(caseId)).toEqual(['acceptance', 'supplement']);
  });

  it('leaves the dashboard aggregates equal to their recomputation, races included', async () => {
    await expectStatsKept(test.db);
  });
});
