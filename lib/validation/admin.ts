import { z } from 'zod';
import { DEPARTMENT_ROLES, ROLES } from '@/lib/auth/permissions';
import { serviceItemUpdateSchema } from './catalogue';

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

/** The catalogue edit form: the item's code (not editable) plus the changes. */
export const serviceItemEditSchema = serviceItemUpdateSchema.safeExtend({
  code: z.string().trim().min(1, { error: 'required' }).max(64, { error: 'tooLong' }),
  // The version the admin started from; saving over a newer one is refused, not silently merged.
  baseVersion: z.number().int().min(1),
});
