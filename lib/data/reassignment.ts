import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Executor, type Tx } from '@/db/client';
import { cases, caseTasks, departments, serviceItemVersions, userRoles, users } from '@/db/schema';
import type { Role, Viewer } from '@/lib/auth/permissions';
import { caseTitle } from '@/lib/domain/case-title';
import { assigneeProblem, caseAssigneeRole, type Candidate } from '@/lib/domain/reassignment';
import { OPEN_STATES, type CaseState } from '@/lib/domain/workflow';
import { DomainError } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { loadCaseForUpdate } from './case-workflow';
import { notifyUsers } from './notify';
import { currentInstant } from './now';
import { lockTask } from './task-decisions';
import { actorId, authorize } from './viewer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fieldError = (field: string, key: string) => new DomainError('invalid', key, { [field]: [key] });

/** A person as a candidate for work: roles, department and whether the account is disabled; null if unknown. */
async function loadCandidate(db: Executor, userId: string): Promise<(Candidate & { id: string; name: string }) | null> {
  if (!UUID.test(userId)) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      departmentId: users.departmentId,
      disabledAt: users.disabledAt,
      roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role}::text) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ? { id: row.id, name: row.name, roles: row.roles, departmentId: row.departmentId, disabled: !!row.disabledAt } : null;
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 2) throw fieldError('reason', 'required');
  return trimmed;
}

type Move = { caseId: string; from: string | null; to: string; reason: string; taskId?: string; number: string | null };

/** Records one item's move: its audit event, and the new and previous assignee told in their inbox. */
async function recordMove(tx: Tx, viewer: Viewer, meta: RequestMeta, move: Move) {
  const task = move.taskId ? { taskId: move.taskId } : {};
  await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
    action: move.taskId ? 'case.task.reassign' : 'case.reassign',
    entityType: 'case',
    entityId: move.caseId,
    before: { ...task, assigneeId: move.from },
    after: { ...task, assigneeId: move.to, reason: move.reason },
  });
  await notifyUsers(tx, [move.to, ...(move.from ? [move.from] : [])], move.caseId, 'case_reassigned', {
    ...task,
    number: move.number,
    from: move.from,
    to: move.to,
    reason: move.reason,
  });
}

/**
 * A manager gives a case to another staff member: a clerk while it is at the window, a
 * reviewer of its department while in review (lib/domain/reassignment.ts). Anyone else — an
 * applicant, an unknown or disabled account, a reviewer of another department — is a field
 * error on `assigneeId`. The version the manager saw must still be current.
 */
export async function reassignCase(
  viewer: Viewer,
  input: { caseId: string; version: number; assigneeId: string; reason: string },
  meta: RequestMeta,
) {
  authorize(viewer, 'case.reassign');
  const reason = requireReason(input.reason);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { c, kind } = await loadCaseForUpdate(tx, input.caseId);
    if (c.version !== input.version) throw new DomainError('staleVersion');
    const role = caseAssigneeRole({ state: c.state, kind });
    if (!role) throw fieldError('assigneeId', 'caseNotOpen');
    const problem = assigneeProblem(await loadCandidate(tx, input.assigneeId), { role, departmentId: c.departmentId });
    if (problem) throw fieldError('assigneeId', problem);
    if (c.assigneeId === input.assigneeId) throw fieldError('assigneeId', 'assigneeUnchanged');
    const [updated] = await tx
      .update(cases)
      .set({ assigneeId: input.assigneeId, version: c.version + 1, updatedAt: currentInstant() })
      .where(eq(cases.id, c.id))
      .returning({ id: cases.id, version: cases.version });
    await recordMove(tx, viewer, meta, { caseId: c.id, from: c.assigneeId, to: input.assigneeId, reason, number: c.number });
    return updated;
  });
}

/** A manager gives a combined case's pending department task to another reviewer of that department. */
export async function reassignTask(
  viewer: Viewer,
  input: { taskId: string; version: number; assigneeId: string; reason: string },
  meta: RequestMeta,
) {
  authorize(viewer, 'case.reassign');
  const reason = requireReason(input.reason);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { c, task } = await lockTask(tx, input.taskId);
    if (task.version !== input.version) throw new DomainError('staleVersion');
    if (task.decision !== 'pending') throw fieldError('assigneeId', 'taskDecided');
    const problem = assigneeProblem(await loadCandidate(tx, input.assigneeId), { role: 'reviewer', departmentId: task.departmentId });
    if (problem) throw fieldError('assigneeId', problem);
    if (task.assigneeId === input.assigneeId) throw fieldError('assigneeId', 'assigneeUnchanged');
    await tx.update(caseTasks).set({ assigneeId: input.assigneeId, version: task.version + 1 }).where(eq(caseTasks.id, task.id));
    const [{ number }] = await tx.select({ number: cases.number }).from(cases).where(eq(cases.id, c.id));
    await recordMove(tx, viewer, meta, { caseId: c.id, taskId: task.id, from: task.assigneeId, to: input.assigneeId, reason, number });
    return { taskId: task.id, version: task.version + 1 };
  });
}

export type StaffMember = {
  id: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  department: Bilingual | null;
  openCases: number;
  openTasks: number;
};

/** The active clerks and reviewers, with their department and how much open work each holds. */
export async function listStaffForReassignment(viewer: Viewer): Promise<StaffMember[]> {
  authorize(viewer, 'case.reassign');
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      departmentId: users.departmentId,
      departmentZh: departments.nameZh,
      departmentEn: departments.nameEn,
      roles: sql<Role[]>`array(select ${userRoles.role}::text from ${userRoles} where ${userRoles.userId} = ${users.id} order by 1)`,
      openCases: sql<number>`(select count(*)::int from ${cases} where ${cases.assigneeId} = ${users.id} and ${cases.state} in ${OPEN_STATES})`,
      openTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.assigneeId} = ${users.id} and ${caseTasks.decision} = 'pending')`,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        isNull(users.disabledAt),
        sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} in ('clerk', 'reviewer'))`,
      ),
    )
    .orderBy(asc(departments.sortOrder), asc(users.name));
  return rows.map(({ departmentZh, departmentEn, ...r }) => ({
    ...r,
    department: departmentZh && departmentEn ? { zh: departmentZh, en: departmentEn } : null,
  }));
}

export type OpenWorkItem = {
  caseId: string;
  taskId: string | null;
  number: string | null;
  title: Bilingual;
  state: CaseState;
  /** The department task's name, for a task. */
  task: Bilingual | null;
  /** The role the work needs, and the department a reviewer must belong to. */
  role: 'clerk' | 'reviewer';
  departmentId: string | null;
};

/** A person's open work: the open cases and the pending department tasks assigned to them. */
async function openWorkOf(db: Executor, personId: string, lock = false): Promise<OpenWorkItem[]> {
  const caseQuery = db
    .select({
      caseId: cases.id,
      number: cases.number,
      state: cases.state,
      subject: cases.subject,
      departmentId: cases.departmentId,
      assigneeId: cases.assigneeId,
      version: cases.version,
      kind: serviceItemVersions.kind,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
    })
    .from(cases)
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(and(eq(cases.assigneeId, personId), inArray(cases.state, [...OPEN_STATES])))
    .orderBy(asc(cases.number));
  const caseRows = lock ? await caseQuery.for('update', { of: cases }) : await caseQuery;
  const taskQuery = db
    .select({
      taskId: caseTasks.id,
      caseId: cases.id,
      number: cases.number,
      state: cases.state,
      subject: cases.subject,
      task: caseTasks.task,
      departmentId: caseTasks.departmentId,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
    })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(and(eq(caseTasks.assigneeId, personId), eq(caseTasks.decision, 'pending')))
    .orderBy(asc(cases.number));
  const taskRows = lock ? await taskQuery.for('update', { of: [caseTasks, cases] }) : await taskQuery;
  return [
    ...caseRows.map((r) => ({
      caseId: r.caseId,
      taskId: null,
      number: r.number,
      title: caseTitle({ zh: r.nameZh, en: r.nameEn }, r.subject),
      state: r.state,
      task: null,
      // Open by the query, so the stage always names a role.
      role: caseAssigneeRole({ state: r.state, kind: r.kind }) ?? 'clerk',
      departmentId: r.departmentId,
    })),
    ...taskRows.map((r) => ({
      caseId: r.caseId,
      taskId: r.taskId,
      number: r.number,
      title: caseTitle({ zh: r.nameZh, en: r.nameEn }, r.subject),
      state: r.state,
      task: r.task,
      role: 'reviewer' as const,
      departmentId: r.departmentId,
    })),
  ];
}

/** What a person holds, for the manager deciding to hand it over (someone on leave). */
export async function listOpenWork(viewer: Viewer, personId: string): Promise<OpenWorkItem[]> {
  authorize(viewer, 'case.reassign');
  if (!UUID.test(personId)) return [];
  return openWorkOf(await getDb(), personId);
}

/**
 * Hands all of a person's open work to another staff member of the same department, with one
 * reason: in one transaction, one audit event per case or task. If the new assignee cannot
 * take any one item, nothing moves (a field error on `assigneeId`).
 */
export async function bulkReassign(viewer: Viewer, input: { fromId: string; assigneeId: string; reason: string }, meta: RequestMeta) {
  authorize(viewer, 'case.reassign');
  const reason = requireReason(input.reason);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const from = await loadCandidate(tx, input.fromId);
    if (!from) throw fieldError('fromId', 'assigneeUnknown');
    const to = await loadCandidate(tx, input.assigneeId);
    if (to && to.id === from.id) throw fieldError('assigneeId', 'assigneeUnchanged');
    const work = await openWorkOf(tx, from.id, true);
    if (!work.length) throw fieldError('fromId', 'noOpenWork');
    for (const item of work) {
      const problem = assigneeProblem(to, { role: item.role, departmentId: item.departmentId });
      if (problem) throw fieldError('assigneeId', problem);
    }
    // The stand-in works where the absent person works (a clerk's work alone would not check it).
    if (to?.departmentId !== from.departmentId) throw fieldError('assigneeId', 'assigneeOtherDepartment');
    const now = currentInstant();
    for (const item of work) {
      if (item.taskId) {
        await tx
          .update(caseTasks)
          .set({ assigneeId: input.assigneeId, version: sql`${caseTasks.version} + 1` })
          .where(eq(caseTasks.id, item.taskId));
      } else {
        await tx
          .update(cases)
          .set({ assigneeId: input.assigneeId, version: sql`${cases.version} + 1`, updatedAt: now })
          .where(eq(cases.id, item.caseId));
      }
      await recordMove(tx, viewer, meta, {
        caseId: item.caseId,
        taskId: item.taskId ?? undefined,
        from: from.id,
        to: input.assigneeId,
        reason,
        number: item.number,
      });
    }
    return { cases: work.filter((w) => !w.taskId).length, tasks: work.filter((w) => w.taskId).length };
  });
}

/** The staff who could take this case now (the reassign form lists only these); null once it has ended. */
export async function caseReassignOptions(viewer: Viewer, caseId: string) {
  authorize(viewer, 'case.reassign');
  const db = await getDb();
  const [c] = await db
    .select({ state: cases.state, departmentId: cases.departmentId, assigneeId: cases.assigneeId, kind: serviceItemVersions.kind })
    .from(cases)
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(eq(cases.id, caseId));
  const role = c ? caseAssigneeRole(c) : null;
  if (!c || !role) return null;
  const staff = await listStaffForReassignment(viewer);
  return staff.filter(
    (s) => s.id !== c.assigneeId && !assigneeProblem({ ...s, disabled: false }, { role, departmentId: c.departmentId }),
  );
}

/** A combined case's pending department tasks, each with the reviewers of its department who could take it. */
export async function taskReassignOptions(viewer: Viewer, caseId: string) {
  authorize(viewer, 'case.reassign');
  const db = await getDb();
  const tasks = await db
    .select({
      id: caseTasks.id,
      version: caseTasks.version,
      task: caseTasks.task,
      departmentId: caseTasks.departmentId,
      assigneeId: caseTasks.assigneeId,
      assigneeName: users.name,
    })
    .from(caseTasks)
    .leftJoin(users, eq(users.id, caseTasks.assigneeId))
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.decision, 'pending')))
    .orderBy(asc(caseTasks.sortOrder));
  if (!tasks.length) return [];
  const staff = await listStaffForReassignment(viewer);
  return tasks.map((t) => ({
    ...t,
    candidates: staff.filter(
      (s) => s.id !== t.assigneeId && !assigneeProblem({ ...s, disabled: false }, { role: 'reviewer', departmentId: t.departmentId }),
    ),
  }));
}
