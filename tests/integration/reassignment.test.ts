import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, cases, caseTasks, departments, notifications, serviceItemVersions, userRoles, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { bulkReassign, caseReassignOptions, listOpenWork, reassignCase, reassignTask } from '@/lib/data/reassignment';
import { isDomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

const userIdOf = (v: Viewer) => (v.kind === 'user' ? v.userId : '');

/** A staff account made for the test: a role in a department, disabled if asked. */
async function staffMember(role: 'clerk' | 'reviewer', departmentId: string | null, name: string, disabled = false) {
  const [user] = await test.db
    .insert(users)
    .values({
      email: `${name}-${Math.random().toString(36).slice(2)}@onewindow.test`,
      name,
      passwordHash: 'x',
      departmentId,
      disabledAt: disabled ? new Date() : null,
    })
    .returning({ id: users.id });
  await test.db.insert(userRoles).values({ userId: user.id, role });
  return user.id;
}

async function caseRow(id: string) {
  const [row] = await test.db.select().from(cases).where(eq(cases.id, id));
  return row;
}

describe('reassigning one case', () => {
  let manager: Viewer;
  let reviewCase: { id: string; departmentId: string };
  let sameDepartmentReviewer: string;
  let otherDepartmentReviewer: string;
  let applicantId: string;

  beforeAll(async () => {
    manager = await test.viewerOf('manager@onewindow.test');
    applicantId = userIdOf(await test.viewerOf('applicant@onewindow.test'));
    // A seeded ordinary case in review at its department; the test owns it from here.
    const [row] = await test.db
      .select({ id: cases.id, departmentId: cases.departmentId })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(and(eq(cases.state, 'in_review'), ne(serviceItemVersions.kind, 'combined')))
      .limit(1);
    reviewCase = { id: row.id, departmentId: row.departmentId! };
    sameDepartmentReviewer = await staffMember('reviewer', reviewCase.departmentId, '代审甲');
    const [other] = await test.db
      .select({ id: departments.id })
      .from(departments)
      .where(ne(departments.id, reviewCase.departmentId))
      .limit(1);
    otherDepartmentReviewer = await staffMember('reviewer', other.id, '他部门乙');
  });

  const attempt = async (assigneeId: string, reason = '原承办人休假') => {
    const { version } = await caseRow(reviewCase.id);
    return reassignCase(manager, { caseId: reviewCase.id, version, assigneeId, reason }, meta);
  };

  it("refuses an applicant's id, an unknown id, a disabled account and another department's reviewer on the assignee field", async () => {
    const disabled = await staffMember('reviewer', reviewCase.departmentId, '已停用丙', true);
    const before = await caseRow(reviewCase.id);
    expect(await failure(attempt(applicantId))).toEqual({ code: 'invalid', fieldErrors: { assigneeId: ['assigneeNotStaff'] } });
    // Before reassignment existed, an unknown id reached the database and failed there, unhandled.
    expect(await failure(attempt(UNKNOWN))).toEqual({ code: 'invalid', fieldErrors: { assigneeId: ['assigneeUnknown'] } });
    expect(await failure(attempt('not-a-uuid'))).toEqual({ code: 'invalid', fieldErrors: { assigneeId: ['assigneeUnknown'] } });
    expect(await failure(attempt(disabled))).toEqual({ code: 'invalid', fieldErrors: { assigneeId: ['assigneeDisabled'] } });
    expect(await failure(attempt(otherDepartmentReviewer))).toEqual({
      code: 'invalid',
      fieldErrors: { assigneeId: ['assigneeOtherDepartment'] },
    });
    // A clerk does not review: the case is at its department.
    const clerk = userIdOf(await test.viewerOf('clerk@onewindow.test'));
    expect(await failure(attempt(clerk))).toEqual({ code: 'invalid', fieldErrors: { assigneeId: ['assigneeNotStaff'] } });
    expect(await failure(attempt(sameDepartmentReviewer, ' '))).toEqual({
      code: 'invalid',
      fieldErrors: { reason: ['required'] },
    });
    expect(await caseRow(reviewCase.id)).toEqual(before);
  });

  it('lists only the staff who could take it', async () => {
    const options = (await caseReassignOptions(manager, reviewCase.id))!;
    expect(options.map((o) => o.id)).toContain(sameDepartmentReviewer);
    expect(options.map((o) => o.id)).not.toContain(otherDepartmentReviewer);
    expect(options.every((o) => o.roles.includes('reviewer') && o.departmentId === reviewCase.departmentId)).toBe(true);
  });

  it('moves the case to a reviewer of its department: versioned, audited, both people told', async () => {
    const before = await caseRow(reviewCase.id);
    const result = await attempt(sameDepartmentReviewer);
    const after = await caseRow(reviewCase.id);
    expect(after.assigneeId).toBe(sameDepartmentReviewer);
    expect(result.version).toBe(before.version + 1);
    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, reviewCase.id), eq(auditEvents.action, 'case.reassign')));
    expect(event.actorId).toBe(userIdOf(manager));
    expect(event.before).toEqual({ assigneeId: before.assigneeId });
    expect(event.after).toEqual({ assigneeId: sameDepartmentReviewer, reason: '原承办人休假' });
    const told = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, reviewCase.id), eq(notifications.kind, 'case_reassigned')));
    expect(told.map((n) => n.userId).sort()).toEqual(
      [sameDepartmentReviewer, ...(before.assigneeId ? [before.assigneeId] : [])].sort(),
    );
  });

  it('refuses a stale version and a non-manager', async () => {
    const { version } = await caseRow(reviewCase.id);
    expect(
      (
        await failure(
          reassignCase(
            manager,
            { caseId: reviewCase.id, version: version - 1, assigneeId: sameDepartmentReviewer, reason: '休假' },
            meta,
          ),
        )
      ).code,
    ).toBe('staleVersion');
    const clerk = await test.viewerOf('clerk@onewindow.test');
    expect(
      (
        await failure(
          reassignCase(clerk, { caseId: reviewCase.id, version, assigneeId: sameDepartmentReviewer, reason: '休假' }, meta),
        )
      ).code,
    ).toBe('forbidden');
  });
});

describe('reassigning a department task', () => {
  it("takes a reviewer of the task's department only", async () => {
    const manager = await test.viewerOf('manager@onewindow.test');
    const [task] = await test.db.select().from(caseTasks).where(eq(caseTasks.decision, 'pending')).limit(1);
    const [other] = await test.db
      .select({ id: departments.id })
      .from(departments)
      .where(ne(departments.id, task.departmentId))
      .limit(1);
    const stranger = await staffMember('reviewer', other.id, '他部门丁');
    const colleague = await staffMember('reviewer', task.departmentId, '同部门戊');
    const input = { taskId: task.id, version: task.version, reason: '专人负责' };
    expect(await failure(reassignTask(manager, { ...input, assigneeId: stranger }, meta))).toEqual({
      code: 'invalid',
      fieldErrors: { assigneeId: ['assigneeOtherDepartment'] },
    });
    expect(await failure(reassignTask(manager, { ...input, assigneeId: UNKNOWN }, meta))).toEqual({
      code: 'invalid',
      fieldErrors: { assigneeId: ['assigneeUnknown'] },
    });
    expect(await reassignTask(manager, { ...input, assigneeId: colleague }, meta)).toEqual({
      taskId: task.id,
      version: task.version + 1,
    });
    const [moved] = await test.db.select().from(caseTasks).where(eq(caseTasks.id, task.id));
    expect(moved.assigneeId).toBe(colleague);
    const events = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, task.caseId), eq(auditEvents.action, 'case.task.reassign')));
    expect(events).toHaveLength(1);
  });
});

describe('bulk reassignment of a person on leave', () => {
  it('moves every open case and pending task to a stand-in of the department, one audited event each, or nothing', async () => {
    const manager = await test.viewerOf('manager@onewindow.test');
    const [task] = await test.db.select().from(caseTasks).where(eq(caseTasks.decision, 'pending')).limit(1);
    const departmentId = task.departmentId;
    const onLeave = await staffMember('reviewer', departmentId, '休假己');
    const standIn = await staffMember('reviewer', departmentId, '代班庚');
    const clerkOfDepartment = await staffMember('clerk', departmentId, '窗口辛');
    // Two ordinary cases in review at this department, and the task, all held by the person on leave.
    const held = await test.db
      .select({ id: cases.id })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(and(eq(cases.state, 'in_review'), ne(serviceItemVersions.kind, 'combined')))
      .limit(2);
    await test.db
      .update(cases)
      .set({ departmentId, assigneeId: onLeave })
      .where(
        inArray(
          cases.id,
          held.map((h) => h.id),
        ),
      );
    await test.db.update(caseTasks).set({ assigneeId: onLeave }).where(eq(caseTasks.id, task.id));

    const work = await listOpenWork(manager, onLeave);
    expect(work).toHaveLength(held.length + 1);

    // A clerk cannot take reviews: nothing moves.
    expect(
      await failure(bulkReassign(manager, { fromId: onLeave, assigneeId: clerkOfDepartment, reason: '产假' }, meta)),
    ).toEqual({
      code: 'invalid',
      fieldErrors: { assigneeId: ['assigneeNotStaff'] },
    });
    expect(await listOpenWork(manager, onLeave)).toHaveLength(work.length);

    const seqBefore = (await test.db.select({ n: sql<number>`max(seq)::int` }).from(auditEvents))[0].n;
    expect(await bulkReassign(manager, { fromId: onLeave, assigneeId: standIn, reason: '产假' }, meta)).toEqual({
      cases: held.length,
      tasks: 1,
    });
    expect(await listOpenWork(manager, onLeave)).toEqual([]);
    expect(await listOpenWork(manager, standIn)).toHaveLength(work.length);
    const events = await test.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(sql`${auditEvents.seq} > ${seqBefore}`);
    expect(events.map((e) => e.action).sort()).toEqual([...held.map(() => 'case.reassign'), 'case.task.reassign'].sort());
    expect(events.every((e) => (e.after as { reason: string }).reason === '产假')).toBe(true);

    // Nothing left to hand over.
    expect(await failure(bulkReassign(manager, { fromId: onLeave, assigneeId: standIn, reason: '产假' }, meta))).toEqual({
      code: 'invalid',
      fieldErrors: { fromId: ['noOpenWork'] },
    });
  });

  it('refuses a stand-in of another department', async () => {
    const manager = await test.viewerOf('manager@onewindow.test');
    const [a, b] = await test.db.select({ id: departments.id }).from(departments).limit(2);
    const onLeave = await staffMember('clerk', a.id, '休假壬');
    const elsewhere = await staffMember('clerk', b.id, '他处癸');
    const [open] = await test.db.select({ id: cases.id }).from(cases).where(eq(cases.state, 'submitted')).limit(1);
    await test.db.update(cases).set({ assigneeId: onLeave }).where(eq(cases.id, open.id));
    expect(await failure(bulkReassign(manager, { fromId: onLeave, assigneeId: elsewhere, reason: '休假' }, meta))).toEqual({
      code: 'invalid',
      fieldErrors: { assigneeId: ['assigneeOtherDepartment'] },
    });
  });
});
