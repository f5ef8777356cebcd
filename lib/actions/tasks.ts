'use server';

import { revalidatePath } from 'next/cache';
import { claimTask, decideTask } from '@/lib/data/task-decisions';
import { claimTaskSchema, taskDecisionSchema } from '@/lib/validation/task';
import { defineAction } from './define-action';

function revalidateDesk() {
  revalidatePath('/desk', 'layout');
  revalidatePath('/my', 'layout');
}

/** A reviewer decides their department's task of a combined case; the case moves on by itself when the tasks call for it. */
export const decideTaskAction = defineAction(taskDecisionSchema, async (input, { viewer, meta }) => {
  const result = await decideTask(viewer, input, meta);
  revalidateDesk();
  return result;
});

export const claimTaskAction = defineAction(claimTaskSchema, async (input, { viewer, meta }) => {
  const result = await claimTask(viewer, input, meta);
  revalidateDesk();
  return result;
});
