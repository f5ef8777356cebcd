'use server';

import { revalidatePath } from 'next/cache';
import { updateUserRoles } from '@/lib/data/accounts';
import { updateServiceItem } from '@/lib/data/catalogue';
import { serviceItemEditSchema, userRolesSchema } from '@/lib/validation/admin';
import { defineAction } from './define-action';

export const updateUserRolesAction = defineAction(userRolesSchema, async (input, { viewer, meta }) => {
  await updateUserRoles(viewer, input, meta);
  revalidatePath('/admin');
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${input.userId}`);
});

export const updateServiceItemAction = defineAction(
  serviceItemEditSchema,
  async ({ code, baseVersion, ...update }, { viewer, meta }) => {
    const result = await updateServiceItem(viewer, code, update, meta, baseVersion);
    revalidatePath('/');
    revalidatePath('/services');
    revalidatePath(`/services/${code}`);
    revalidatePath('/admin/catalogue');
    revalidatePath(`/admin/catalogue/${code}`);
    return result;
  },
);
