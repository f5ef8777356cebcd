/**
 * Who may take over a case or a department's task (DESIGN §1: managers reassign work). Pure.
 */
import type { Role } from '@/lib/auth/permissions';
import { OPEN_STATES, type CaseState } from './workflow';

/**
 * The staff role that works a case at its stage: the window's clerks until it goes to review
 * and again once it is approved; the case's department's reviewers while it is in review or
 * suspended there. A combined case stays with the window: its departments hold its tasks.
 */
export function caseAssigneeRole(c: { state: CaseState; kind: string }): Extract<Role, 'clerk' | 'reviewer'> | null {
  if (!(OPEN_STATES as readonly CaseState[]).includes(c.state)) return null;
  if (c.kind !== 'combined' && (c.state === 'in_review' || c.state === 'suspended')) return 'reviewer';
  return 'clerk';
}

export type Candidate = { roles: readonly Role[]; departmentId: string | null; disabled: boolean } | null;

export type AssigneeProblem = 'assigneeUnknown' | 'assigneeDisabled' | 'assigneeNotStaff' | 'assigneeOtherDepartment';

/**
 * Why `candidate` cannot take work needing `role` in `departmentId`, or null if they can.
 * Clerks serve every department at the window, so a clerk's department is not checked;
 * a reviewer must belong to the department the work is for.
 */
export function assigneeProblem(
  candidate: Candidate,
  need: { role: 'clerk' | 'reviewer'; departmentId: string | null },
): AssigneeProblem | null {
  if (!candidate) return 'assigneeUnknown';
  if (candidate.disabled) return 'assigneeDisabled';
  if (!candidate.roles.includes(need.role)) return 'assigneeNotStaff';
  if (need.role === 'reviewer' && candidate.departmentId !== need.departmentId) return 'assigneeOtherDepartment';
  return null;
}
