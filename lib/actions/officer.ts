'use server';

import { revalidatePath } from 'next/cache';
import { urgeCase } from '@/lib/data/case-urge';
import { pairEnterprise, pairPark } from '@/lib/data/pairings';
import { pairEnterpriseSchema, pairParkSchema, urgeCaseSchema } from '@/lib/validation/officer';
import { defineAction } from './define-action';

/** The paired officer (or a manager) urges the staff member holding a case. */
export const urgeCaseAction = defineAction(urgeCaseSchema, async (input, { viewer, meta }) => {
  const result = await urgeCase(viewer, input, meta);
  revalidatePath(`/desk/cases/${input.caseId}`);
  return result;
});

/** An admin pairs one enterprise with an officer. */
export const pairEnterpriseAction = defineAction(pairEnterpriseSchema, async (input, { viewer, meta }) => {
  const result = await pairEnterprise(viewer, input, meta);
  revalidatePath('/admin/pairings');
  return result;
});

/** An admin pairs a park's enterprises with one officer. */
export const pairParkAction = defineAction(pairParkSchema, async (input, { viewer, meta }) => {
  const result = await pairPark(viewer, input, meta);
  revalidatePath('/admin/pairings');
  return result;
});
