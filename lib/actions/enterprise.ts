'use server';

import { revalidatePath } from 'next/cache';
import { decideJoinRequest } from '@/lib/data/accounts';
import { joinRequestDecisionSchema } from '@/lib/validation/enterprise';
import { defineAction } from './define-action';

export const decideJoinRequestAction = defineAction(joinRequestDecisionSchema, async (input, { viewer, meta }) => {
  await decideJoinRequest(viewer, input, meta);
  revalidatePath('/my');
});
