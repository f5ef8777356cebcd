'use server';

import { revalidatePath } from 'next/cache';
import { bulkReassign, reassignCase, reassignTask } from '@/lib/data/reassignment';
import { bulkReassignSchema, reassignCaseSchema, reassignTaskSchema } from '@/lib/validation/ratings';
import { defineAction } from './define-action';

function revalidateWork() {
  revalidatePath('/desk', 'layout');
  revalidatePath('/dashboard', 'layout');
}

/** A manager gives a case to another staff member of the right department, with a reason. */
export const reassignCaseAction = defineAction(reassignCaseSchema, async (input, { viewer, meta }) => {
  const result = await reassignCase(viewer, input, meta);
  revalidateWork();
  return result;
});

/** A manager gives a combined case's department task to another reviewer of that department. */
export const reassignTaskAction = defineAction(reassignTaskSchema, async (input, { viewer, meta }) => {
  const result = await reassignTask(viewer, input, meta);
  revalidateWork();
  return result;
});

/** All of a person's open work to one stand-in (someone on leave). */
export const bulkReassignAction = defineAction(bulkReassignSchema, async (input, { viewer, meta }) => {
  const result = await bulkReassign(viewer, input, meta);
  revalidateWork();
  return result;
});
