'use server';

import { revalidatePath } from 'next/cache';
import { changeProblem, raiseProblem } from '@/lib/data/problems';
import { changeProblemSchema, raiseProblemSchema } from '@/lib/validation/problems';
import { defineAction } from './define-action';

/** A member of an enterprise raises a problem; it goes to the enterprise's paired officer. */
export const raiseProblemAction = defineAction(raiseProblemSchema, async (input, { viewer, meta }) => {
  const result = await raiseProblem(viewer, input, meta);
  revalidatePath('/my/problems');
  return result;
});

/** A change of a problem, by whoever works it or by the enterprise (confirm, reopen). */
export const changeProblemAction = defineAction(changeProblemSchema, async (input, { viewer, meta }) => {
  const result = await changeProblem(viewer, input, meta);
  revalidatePath(`/my/problems/${input.problemId}`);
  revalidatePath(`/desk/problems/${input.problemId}`);
  return result;
});
