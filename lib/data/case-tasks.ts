import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';
import { caseMaterials, caseRounds, cases, caseTasks, departments, serviceItemDepartments, serviceMaterials } from '@/db/schema';
import { combinedOutcome } from '@/lib/domain/combined-outcome';
import { collectConditions, mergeRevisionItems, roundChanges, tasksToReopen, type RoundSnapshot } from '@/lib/domain/combined-review';
import type { WorkingCalendar } from '@/lib/domain/working-days';
import { NO_ACTION_PAYLOAD, type CaseActionInput } from '@/lib/validation/case';
import { currentInstant } from './now';

/**
 * The department tasks of a combined case (联审联批, DESIGN §7) inside the transitions that move
 * them: opened at acceptance, turned into the case's outcome after every decision, reopened by a
 * resubmission. Callers hold the case's row lock and have authorized the viewer.
 */

/** In a select over `cases`: the departments of each case's tasks, whose reviewers read it too. */
export const caseTaskDepartmentIds = sql<string[]>`array(select t.department_id from case_tasks t where t.case_id = ${cases.id})`;

/** The department ids whose reviewers take part in a case: its own department and every task's. */
export async function taskDepartmentIds(db: Executor, caseId: string): Promise<string[]> {
  const rows = await db.select({ departmentId: caseTasks.departmentId }).from(caseTasks).where(eq(caseTasks.caseId, caseId));
  return rows.map((r) => r.departmentId);
}

/** One task per department the case's catalogue version names, each on its own clocks from today. */
export async function openCaseTasks(
  tx: Tx,
  c: { id: string; itemVersionId: string; round: number },
  calendar: WorkingCalendar,
  today: string,
): Promise<number> {
  const participants = await tx
    .select()
    .from(serviceItemDepartments)
    .where(eq(serviceItemDepartments.versionId, c.itemVersionId))
    .orderBy(asc(serviceItemDepartments.sortOrder));
  if (!participants.length) return 0;
  const now = currentInstant();
  await tx.insert(caseTasks).values(
    participants.map((p) => {
      const legalDays = Math.max(p.legalDays, p.timeLimitDays);
      return {
        caseId: c.id,
        departmentId: p.departmentId,
        task: p.task,
        itemCode: p.itemCode,
        veto: p.veto,
        round: c.round,
        legalDays,
        serviceDays: p.timeLimitDays,
        legalDeadline: calendar.addWorkingDays(today, legalDays).date,
        serviceDeadline: calendar.addWorkingDays(today, p.timeLimitDays).date,
        sortOrder: p.sortOrder,
        createdAt: now,
      };
    }),
  );
  return participants.length;
}

async function tasksWithDepartments(tx: Executor, caseId: string) {
  return tx
    .select({ t: caseTasks, departmentCode: departments.code })
    .from(caseTasks)
    .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
    .where(eq(caseTasks.caseId, caseId))
    .orderBy(asc(caseTasks.sortOrder));
}

/**
 * The transition the case's tasks call for now, with its payload — or null while a task is
 * pending. A veto department's denial cancels the tasks still pending first.
 */
export async function outcomeTransition(
  tx: Tx,
  caseId: string,
): Promise<Omit<CaseActionInput, 'caseId' | 'version'> | null> {
  const rows = await tasksWithDepartments(tx, caseId);
  const tasks = rows.map(({ t, departmentCode }) => ({ ...t, departmentCode, decision: t.decision }));
  const outcome = combinedOutcome(tasks.flatMap((t) => (t.decision === 'cancelled' ? [] : [{ decision: t.decision, veto: t.veto }])));
  // The reviewers' own words; each department's part, named in every language, stays on its task.
  const opinions = (decision: string) => tasks.filter((t) => t.decision === decision && t.opinion).map((t) => t.opinion!);
  switch (outcome) {
    case 'pending':
      return null;
    case 'denied':
      await tx
        .update(caseTasks)
        .set({ decision: 'cancelled', version: sql`${caseTasks.version} + 1`, decidedAt: currentInstant() })
        .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.decision, 'pending')));
      return { ...NO_ACTION_PAYLOAD, transition: 'deny', reason: opinions('denied').join('；') };
    case 'revision_required':
      return { ...NO_ACTION_PAYLOAD, transition: 'request_revision', supplementItems: mergeRevisionItems(tasks) as CaseActionInput['supplementItems'] };
    case 'approved_with_conditions':
      return {
        ...NO_ACTION_PAYLOAD,
        transition: 'approve_with_conditions',
        opinion: opinions('approved_with_conditions').concat(opinions('approved')).join('；'),
        conditions: collectConditions(tasks).map((c) => c.condition),
      };
    default:
      // Approved, or no department's approval required at all.
      return { ...NO_ACTION_PAYLOAD, transition: 'approve', opinion: opinions('approved').join('；') };
  }
}

/** What the applicant submits in this round: the answers and every current material's version. */
export async function recordRound(
  tx: Tx,
  c: { id: string; formData: Record<string, unknown> },
  round: number,
  submittedBy: string | null,
  at: Date,
): Promise<RoundSnapshot> {
  const current = await tx
    .select({ code: caseMaterials.materialCode, version: caseMaterials.version, replacedAt: caseMaterials.replacedAt })
    .from(caseMaterials)
    .where(eq(caseMaterials.caseId, c.id));
  const materials = Object.fromEntries(current.filter((m) => !m.replacedAt).map((m) => [m.code, m.version]));
  await tx.insert(caseRounds).values({ caseId: c.id, round, formData: c.formData, materials, submittedBy, submittedAt: at });
  return { formData: c.formData, materials };
}

/** A round as it was submitted; null for a round before rounds were recorded. */
export async function roundSnapshot(db: Executor, caseId: string, round: number): Promise<RoundSnapshot | null> {
  const [row] = await db
    .select({ formData: caseRounds.formData, materials: caseRounds.materials })
    .from(caseRounds)
    .where(and(eq(caseRounds.caseId, caseId), eq(caseRounds.round, round)));
  return row ?? null;
}

/**
 * After a revision is answered in round `round`: the tasks that asked for it, and the approvals
 * whose department reviews a changed material, reopen for the same assignees on the new round
 * (their clocks are moved with every pending task's, `shiftPendingTaskClocks`). Returns the
 * reopened departments.
 */
export async function reopenTasksForRevision(
  tx: Tx,
  c: { id: string; itemVersionId: string },
  rounds: { previous: RoundSnapshot | null; current: RoundSnapshot; round: number },
): Promise<string[]> {
  const [rows, specs] = await Promise.all([
    tasksWithDepartments(tx, c.id),
    tx
      .select({ code: serviceMaterials.code, departmentCodes: serviceMaterials.departmentCodes })
      .from(serviceMaterials)
      .where(eq(serviceMaterials.versionId, c.itemVersionId)),
  ]);
  const changed = rounds.previous ? roundChanges(rounds.previous, rounds.current).materials.map((m) => m.code) : [];
  const reopen = tasksToReopen(
    rows.map(({ t, departmentCode }) => ({ ...t, departmentCode })),
    changed,
    new Map(specs.map((s) => [s.code, s.departmentCodes])),
  );
  for (const t of reopen) {
    await tx
      .update(caseTasks)
      .set({
        decision: 'pending',
        opinion: null,
        conditions: null,
        revisionItems: null,
        decidedAt: null,
        decidedBy: null,
        round: rounds.round,
        previousRound: t.round,
        version: t.version + 1,
      })
      .where(eq(caseTasks.id, t.id));
  }
  return reopen.map((t) => t.departmentCode);
}

/** Moves every pending task's clocks by the working days the case stood still (a suspension or a revision ended). */
export async function shiftPendingTaskClocks(tx: Tx, caseId: string, acceptedOn: string, stoppedDays: number, calendar: WorkingCalendar) {
  const pending = await tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.decision, 'pending')));
  for (const t of pending) {
    await tx
      .update(caseTasks)
      .set({
        legalDeadline: calendar.addWorkingDays(acceptedOn, t.legalDays + stoppedDays).date,
        serviceDeadline: calendar.addWorkingDays(acceptedOn, t.serviceDays + stoppedDays).date,
      })
      .where(eq(caseTasks.id, t.id));
  }
}
