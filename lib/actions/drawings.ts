'use server';

import { revalidatePath } from 'next/cache';
import { addDrawingComment, settleDrawingComment } from '@/lib/data/drawings';
import { drawingCommentSchema, settleDrawingCommentSchema } from '@/lib/validation/drawings';
import { defineAction } from './define-action';

const reviewPath = (caseId: string) => `/cases/${caseId}/drawings`;

export const addDrawingCommentAction = defineAction(drawingCommentSchema, async (input, { viewer, meta }) => {
  const result = await addDrawingComment(viewer, input, meta);
  revalidatePath(reviewPath(input.caseId));
  return result;
});

export const settleDrawingCommentAction = defineAction(settleDrawingCommentSchema, async (input, { viewer, meta }) => {
  const { caseId } = await settleDrawingComment(viewer, input, meta);
  revalidatePath(reviewPath(caseId));
});
