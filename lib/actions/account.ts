'use server';

import { revalidatePath } from 'next/cache';
import { updateMailPreference } from '@/lib/data/account-settings';
import { mailPreferenceSchema } from '@/lib/validation/account';
import { defineAction } from './define-action';

export const updateMailPreferenceAction = defineAction(mailPreferenceSchema, async (input, { viewer, meta }) => {
  const result = await updateMailPreference(viewer, input, meta);
  revalidatePath('/account');
  return result;
});
