import { z } from 'zod';
import { DEPARTMENT_ROLES, ROLES } from '@/lib/auth/permissions';

/** One user, for the admin's actions on an account. */
export const userRefSchema = z.object({ userId: z.guid({ error: 'required' }) });

/** The admin's user form: the full set of roles and the department. */
export const userRolesSchema = z
  .object({
    userId: z.guid({ error: 'required' }),
    roles: z.array(z.enum(ROLES, { error: 'required' })).min(1, { error: 'required' }),
    // The select sends '' for "no department".
    departmentId: z.union([z.literal(''), z.guid({ error: 'required' })]).transform((v) => (v === '' ? null : v)),
  })
  .refine((v) => !v.roles.some((r) => DEPARTMENT_ROLES.includes(r)) || v.departmentId !== null, {
    path: ['departmentId'],
    error: 'departmentRequired',
  });

export type UserRolesInput = z.output<typeof userRolesSchema>;
