import { describe, expect, it } from 'vitest';
import { assigneeProblem, caseAssigneeRole } from './reassignment';
import { CASE_STATES } from './workflow';

describe('who works a case at its stage', () => {
  it('gives the window intake and closing, the department the review', () => {
    const roles = Object.fromEntries(CASE_STATES.map((state) => [state, caseAssigneeRole({ state, kind: 'ordinary' })]));
    expect(roles).toEqual({
      draft: null,
      submitted: 'clerk',
      needs_supplement: 'clerk',
      accepted: 'clerk',
      in_review: 'reviewer',
      suspended: 'reviewer',
      approved: 'clerk',
      completed: null,
      refused: null,
      denied: null,
      withdrawn: null,
      revoked: null,
    });
  });

  it('keeps a combined case with the window (its departments hold its tasks)', () => {
    expect(caseAssigneeRole({ state: 'in_review', kind: 'combined' })).toBe('clerk');
  });
});

describe('who may take the work', () => {
  const reviewerOf = (departmentId: string) => ({ roles: ['reviewer' as const], departmentId, disabled: false });
  const need = { role: 'reviewer' as const, departmentId: 'fire' };

  it('refuses an unknown, disabled, non-staff or other-department person', () => {
    expect(assigneeProblem(null, need)).toBe('assigneeUnknown');
    expect(assigneeProblem({ ...reviewerOf('fire'), disabled: true }, need)).toBe('assigneeDisabled');
    expect(assigneeProblem({ roles: ['applicant'], departmentId: null, disabled: false }, need)).toBe('assigneeNotStaff');
    expect(assigneeProblem({ roles: ['clerk'], departmentId: 'fire', disabled: false }, need)).toBe('assigneeNotStaff');
    expect(assigneeProblem(reviewerOf('planning'), need)).toBe('assigneeOtherDepartment');
  });

  it('admits a reviewer of the department, and any clerk for window work', () => {
    expect(assigneeProblem(reviewerOf('fire'), need)).toBeNull();
    expect(
      assigneeProblem({ roles: ['clerk'], departmentId: 'window', disabled: false }, { role: 'clerk', departmentId: 'fire' }),
    ).toBeNull();
  });
});
