'use server';

import { revalidatePath } from 'next/cache';
import { endUserSessions, updateUserRoles } from '@/lib/data/accounts';
import { publishServiceItem } from '@/lib/data/catalogue';
import { userRefSchema, userRolesSchema } from '@/lib/validation/admin';
import { serviceItemSchema } from '@/lib/validation/catalogue';
import { defineAction } from './define-action';

export const updateUserRolesAction = defineAction(userRolesSchema, async (input, { viewer, meta }) => {
  await updateUserRoles(viewer, input, meta);
  revalidatePath('/admin');
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${input.userId}`);
});

/** "Sign out everywhere": every session of the user ends; they sign in again. */
export const endUserSessionsAction = defineAction(userRefSchema, async (input, { viewer, meta }) => {
  await endUserSessions(viewer, input.userId, meta);
});

/** Publishes a new item or a new version of one; the pages showing it (and the bundling stage items' guides) are refreshed. */
export const publishServiceItemAction = defineAction(serviceItemSchema, async (input, { viewer, meta }) => {
  const result = await publishServiceItem(viewer, input, meta);
  revalidatePath('/');
  revalidatePath('/services', 'layout');
  revalidatePath('/admin/catalogue', 'layout');
  return result;
});
