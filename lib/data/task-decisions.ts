import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import {
  caseClockStops,
  cases,
  caseTasks,
  departments,
  enterprises,
  serviceItems,
  serviceItemVersions,
  serviceMaterials,
  users,
} from '@/db/schema';
import { can, type Viewer } from '@/lib/auth/permissions';
import { formFieldsFor } from '@/lib/domain/application-forms';
import { caseTitle } from '@/lib/domain/case-title';
import { zoneDate } from '@/lib/domain/clock';
import { caseClockState, type CaseClockState } from '@/lib/domain/clock-state';
import { roundChanges, taskDecisionProblem, type RevisionItem, type RoundChanges, type TaskState } from '@/lib/domain/combined-review';
import type { TaskDecision } from '@/lib/domain/combined-outcome';
import type { CaseState } from '@/lib/domain/workflow';
import { DomainError, forbidden, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { loadWorkingCalendar } from './calendar';
import { roundSnapshot } from './case-tasks';
import { fireCombinedOutcome } from './case-workflow';
import { currentInstant } from './now';
import { actorId, authorize } from './viewer';

/**
 * Department tasks of combined cases as people meet them (DESIGN §7): a reviewer decides or
 * claims their department's task, everyone who may read the case sees every department's
 * progress, and a department's queue lists its open tasks.
 */

/** Locks the task's case (all decisions on one case queue there), then reads the task afresh. */
export async function lockTask(tx: Executor, taskId: string) {
  const [ref] = await tx.select({ caseId: caseTasks.caseId }).from(caseTasks).where(eq(caseTasks.id, taskId));
  if (!ref) throw notFound('task');
  const [c] = await tx
    .select({ id: cases.id, state: cases.state, round: cases.round, itemVersionId: cases.itemVersionId, formKey: serviceItemVersions.formKey })
    .from(cases)
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(eq(cases.id, ref.caseId))
    .for('update', { of: cases });
  const [task] = await tx.select().from(caseTasks).where(eq(caseTasks.id, taskId));
  if (!c || !task) throw notFound('task');
  return { c, task };
}

export type TaskDecisionCommand = {
  taskId: string;
  /** The task's version and the round the reviewer looked at: either outdated refuses the decision. */
  version: number;
  round: number;
  decision: TaskDecision;
  opinion: string;
  conditions: string[];
  revisionItems: RevisionItem[];
};

/**
 * A department decides its task of a combined case. In one transaction, with the case locked:
 * the task must be pending, of the viewer's department, at the version and round the reviewer
 * saw (nobody decides on an outdated version); then the outcome rule runs, and the case moves on
 * by itself when the tasks call for it — exactly once, however many departments decide at once.
 */
export async function decideTask(viewer: Viewer, input: TaskDecisionCommand, meta: RequestMeta) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const { c, task } = await lockTask(tx, input.taskId);
    if (!can(viewer, 'task.decide', { departmentIds: [task.departmentId] })) throw forbidden('task.decide');
    if (c.state !== 'in_review' || task.decision !== 'pending' || task.version !== input.version) throw new DomainError('staleVersion');
    if (task.round !== input.round || task.round !== c.round) throw new DomainError('staleVersion', 'outdatedRound');
    const problem = taskDecisionProblem(input);
    if (problem) {
      const field = problem === 'conditionsRequired' ? 'conditions' : problem === 'revisionItemsRequired' ? 'revisionItems' : 'opinion';
      throw new DomainError('invalid', problem, { [field]: [problem] });
    }
    const items = input.decision === 'revision_required' ? input.revisionItems : [];
    await checkRevisionItems(tx, c, items);
    const now = currentInstant();
    const conditions = input.decision === 'approved_with_conditions' ? input.conditions.map((x) => x.trim()).filter(Boolean) : null;
    await tx
      .update(caseTasks)
      .set({
        decision: input.decision,
        opinion: input.opinion.trim() || null,
        conditions,
        revisionItems: items.length ? items : null,
        decidedBy: actorId(viewer),
        decidedAt: now,
        assigneeId: task.assigneeId ?? actorId(viewer),
        version: task.version + 1,
      })
      .where(eq(caseTasks.id, task.id));
    const [dept] = await tx.select({ code: departments.code }).from(departments).where(eq(departments.id, task.departmentId));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.task.decide',
      entityType: 'case',
      entityId: c.id,
      before: { department: dept.code, decision: task.decision, round: task.round },
      after: { department: dept.code, decision: input.decision, opinion: input.opinion.trim() || null, conditions, items },
    });
    const outcome = await fireCombinedOutcome(tx, viewer, c.id, meta, calendar);
    return { taskId: task.id, version: task.version + 1, caseState: outcome.state as CaseState };
  });
}

/** Each revision item names a material of the case's item or a field of its form. */
async function checkRevisionItems(tx: Executor, c: { itemVersionId: string; formKey: string }, items: readonly RevisionItem[]) {
  if (!items.length) return;
  const materials = await tx.select({ code: serviceMaterials.code }).from(serviceMaterials).where(eq(serviceMaterials.versionId, c.itemVersionId));
  const known = {
    material: new Set(materials.map((m) => m.code)),
    field: new Set(formFieldsFor(c.formKey).map((f) => f.key)),
  };
  const errors: Record<string, string[]> = {};
  items.forEach((item, i) => {
    if (!known[item.kind].has(item.code)) errors[`revisionItems.${i}.code`] = ['unknownItem'];
  });
  if (Object.keys(errors).length) throw new DomainError('invalid', 'unknownItem', errors);
}

/** A reviewer takes their department's task (or a pending one without an assignee). */
export async function claimTask(viewer: Viewer, input: { taskId: string; version: number }, meta: RequestMeta) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { c, task } = await lockTask(tx, input.taskId);
    if (!can(viewer, 'task.claim', { departmentIds: [task.departmentId] }) || viewer.kind !== 'user') throw forbidden('task.claim');
    if (task.version !== input.version || task.decision !== 'pending') throw new DomainError('staleVersion');
    await tx
      .update(caseTasks)
      .set({ assigneeId: viewer.userId, version: task.version + 1 })
      .where(eq(caseTasks.id, task.id));
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.task.claim',
      entityType: 'case',
      entityId: c.id,
      before: { taskId: task.id, assigneeId: task.assigneeId },
      after: { taskId: task.id, assigneeId: viewer.userId },
    });
    return { taskId: task.id, version: task.version + 1 };
  });
}

export type CaseTaskView = {
  id: string;
  version: number;
  department: { code: string; name: Bilingual };
  task: Bilingual;
  itemCode: string | null;
  veto: boolean;
  decision: TaskState;
  opinion: string | null;
  conditions: string[];
  revisionItems: RevisionItem[];
  assigneeId: string | null;
  assigneeName: string | null;
  round: number;
  decidedAt: string | null;
  /** Working days from acceptance; the bar of the progress timeline. */
  acceptedOn: string | null;
  legalDeadline: string;
  serviceDeadline: string;
  clocks: CaseClockState;
  /** The viewer is a reviewer of this department: they may claim and decide it. */
  mine: boolean;
  /** What changed since the round this department decided before it was reopened (shown to its reviewers). */
  changes: RoundChanges | null;
};

const assignee = alias(users, 'task_assignee');

/**
 * Every department task of a case, with its clocks: for the case page of anyone who may read
 * the case (the caller has authorized that). Empty for a case without tasks.
 */
export async function caseTasksOf(db: Executor, viewer: Viewer, c: { id: string; acceptedAt: Date | null; round: number }): Promise<CaseTaskView[]> {
  const rows = await db
    .select({ t: caseTasks, code: departments.code, nameZh: departments.nameZh, nameEn: departments.nameEn, assigneeName: assignee.name })
    .from(caseTasks)
    .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
    .leftJoin(assignee, eq(assignee.id, caseTasks.assigneeId))
    .where(eq(caseTasks.caseId, c.id))
    .orderBy(asc(caseTasks.sortOrder));
  if (!rows.length) return [];
  const [calendar, stops] = await Promise.all([
    loadWorkingCalendar(db),
    db.select({ startedOn: caseClockStops.startedOn, endedOn: caseClockStops.endedOn }).from(caseClockStops).where(eq(caseClockStops.caseId, c.id)),
  ]);
  const today = zoneDate(currentInstant());
  const acceptedOn = c.acceptedAt ? zoneDate(c.acceptedAt) : null;
  const department = viewer.kind === 'user' && viewer.roles.includes('reviewer') ? viewer.departmentId : null;
  const current = rows.some((r) => r.t.departmentId === department && r.t.previousRound) ? await roundSnapshot(db, c.id, c.round) : null;
  return Promise.all(
    rows.map(async ({ t, code, nameZh, nameEn, assigneeName }) => {
      const mine = t.departmentId === department;
      const previous = mine && current && t.previousRound ? await roundSnapshot(db, c.id, t.previousRound) : null;
      const open = t.decision === 'pending';
      return {
        id: t.id,
        version: t.version,
        department: { code, name: { zh: nameZh, en: nameEn } },
        task: t.task,
        itemCode: t.itemCode,
        veto: t.veto,
        decision: t.decision,
        opinion: t.opinion,
        conditions: t.conditions ?? [],
        revisionItems: t.revisionItems ?? [],
        assigneeId: t.assigneeId,
        assigneeName,
        round: t.round,
        decidedAt: t.decidedAt?.toISOString() ?? null,
        acceptedOn,
        legalDeadline: t.legalDeadline,
        serviceDeadline: t.serviceDeadline,
        clocks: caseClockState({
          state: open ? 'in_review' : 'completed',
          acceptedOn,
          closedOn: t.decidedAt ? zoneDate(t.decidedAt) : today,
          legalDays: t.legalDays,
          serviceDays: t.serviceDays,
          stops,
          today,
          calendar,
        }),
        mine,
        changes: previous && current ? roundChanges(previous, current) : null,
      };
    }),
  );
}

export type DepartmentTaskItem = {
  taskId: string;
  caseId: string;
  caseNumber: string | null;
  title: Bilingual;
  enterpriseName: string;
  task: Bilingual;
  assigneeName: string | null;
  serviceDeadline: string;
  legalDeadline: string;
  /** The case waits for the applicant (a revision): the task cannot be decided now. */
  waiting: boolean;
};

/** The viewer's department's open tasks, nearest service deadline first: a reviewer's queue of combined cases. */
export async function listDepartmentTasks(viewer: Viewer, limit = 50): Promise<DepartmentTaskItem[]> {
  authorize(viewer, 'desk.queue');
  if (viewer.kind !== 'user' || !viewer.departmentId || !viewer.roles.includes('reviewer')) return [];
  const db = await getDb();
  const rows = await db
    .select({
      taskId: caseTasks.id,
      caseId: cases.id,
      caseNumber: cases.number,
      subject: cases.subject,
      state: cases.state,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      enterpriseName: enterprises.name,
      task: caseTasks.task,
      assigneeName: assignee.name,
      serviceDeadline: caseTasks.serviceDeadline,
      legalDeadline: caseTasks.legalDeadline,
    })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .leftJoin(assignee, eq(assignee.id, caseTasks.assigneeId))
    .where(
      and(
        eq(caseTasks.departmentId, viewer.departmentId),
        eq(caseTasks.decision, 'pending'),
        inArray(cases.state, ['in_review', 'needs_supplement', 'suspended']),
      ),
    )
    .orderBy(asc(caseTasks.serviceDeadline), asc(caseTasks.id))
    .limit(limit);
  return rows.map((r) => ({
    taskId: r.taskId,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    title: caseTitle({ zh: r.nameZh, en: r.nameEn }, r.subject),
    enterpriseName: r.enterpriseName,
    task: r.task,
    assigneeName: r.assigneeName,
    serviceDeadline: r.serviceDeadline,
    legalDeadline: r.legalDeadline,
    waiting: r.state !== 'in_review',
  }));
}
