'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { decideJoinRequest } from '@/lib/data/accounts';
import { ACTING_ENTERPRISE_COOKIE, chooseActingEnterprise } from '@/lib/data/acting-enterprise';
import { actingEnterpriseSchema, joinRequestDecisionSchema } from '@/lib/validation/enterprise';
import { defineAction } from './define-action';

export const decideJoinRequestAction = defineAction(joinRequestDecisionSchema, async (input, { viewer, meta }) => {
  await decideJoinRequest(viewer, input, meta);
  revalidatePath('/my');
});

/** Remembers which enterprise the applicant acts for (a year; checked again on every read). */
export const chooseActingEnterpriseAction = defineAction(actingEnterpriseSchema, async (input, { viewer }) => {
  const enterpriseId = chooseActingEnterprise(viewer, input.enterpriseId);
  (await cookies()).set(ACTING_ENTERPRISE_COOKIE, enterpriseId, {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'lax',
    httpOnly: true,
  });
  revalidatePath('/', 'layout');
});
