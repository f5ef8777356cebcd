import { describe, expect, it } from 'vitest';
import { userRolesSchema } from './admin';

const userId = '8b0c1c4e-3f1a-4c1e-9a6b-1d2e3f4a5b6c';
const departmentId = '1d2e3f4a-5b6c-4c1e-9a6b-8b0c1c4e3f1a';

describe('userRolesSchema', () => {
  it('turns the empty department choice into null', () => {
    expect(userRolesSchema.parse({ userId, roles: ['applicant'], departmentId: '' })).toEqual({
      userId,
      roles: ['applicant'],
      departmentId: null,
    });
  });

  it('requires a department for clerks, reviewers and officers', () => {
    for (const role of ['clerk', 'reviewer', 'officer'] as const) {
      const result = userRolesSchema.safeParse({ userId, roles: [role], departmentId: '' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['departmentId'], message: 'departmentRequired' });
    }
    expect(userRolesSchema.safeParse({ userId, roles: ['clerk'], departmentId }).success).toBe(true);
  });

  it('rejects no roles, unknown roles and malformed ids', () => {
    expect(userRolesSchema.safeParse({ userId, roles: [], departmentId: '' }).success).toBe(false);
    expect(userRolesSchema.safeParse({ userId, roles: ['root'], departmentId: '' }).success).toBe(false);
    expect(userRolesSchema.safeParse({ userId: 'x', roles: ['admin'], departmentId: '' }).success).toBe(false);
  });
});
