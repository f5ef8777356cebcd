'use server';

import { revalidatePath } from 'next/cache';
import { changeFollowUp, rateCase, replyToFollowUp } from '@/lib/data/ratings';
import { followUpReplySchema, followUpStepSchema, rateCaseSchema } from '@/lib/validation/ratings';
import { defineAction } from './define-action';

/** The applicant rates an ended case (or changes their rating within the day). */
export const rateCaseAction = defineAction(rateCaseSchema, async (input, { viewer, meta }) => {
  const result = await rateCase(viewer, input, meta);
  revalidatePath(`/my/cases/${input.caseId}`);
  revalidatePath('/desk/follow-ups');
  return result;
});

/** An officer or manager takes a follow-up or records its callback, rectification or result. */
export const followUpStepAction = defineAction(followUpStepSchema, async (input, { viewer, meta }) => {
  const result = await changeFollowUp(viewer, input, meta);
  revalidatePath('/desk/follow-ups');
  return result;
});

/** The enterprise replies to the follow-up's result. */
export const followUpReplyAction = defineAction(followUpReplySchema, async (input, { viewer, meta }) => {
  const result = await replyToFollowUp(viewer, input, meta);
  revalidatePath(`/my/cases/${input.caseId}`);
  revalidatePath('/desk/follow-ups');
  return result;
});
