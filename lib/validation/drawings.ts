import { z } from 'zod';
import { plainText } from './text';
import { DRAWING_COMMENT_MAX_LENGTH, SETTLE_OUTCOMES } from '@/lib/domain/drawing-comments';

/** A position on a sheet, as a fraction of its width or height: where the reviewer clicked. */
const fraction = z.number({ error: 'number' }).min(0, { error: 'drawingPosition' }).max(1, { error: 'drawingPosition' });

/** A reviewer's comment pinned to a sheet of one version of the drawing set. */
export const drawingCommentSchema = z.object({
  caseId: z.guid(),
  // The version commented on: the server refuses it unless it is still the current one.
  materialId: z.guid(),
  sheet: z.number({ error: 'number' }).int({ error: 'integer' }).min(1, { error: 'min1' }),
  x: fraction,
  y: fraction,
  body: plainText().trim().min(1, { error: 'required' }).max(DRAWING_COMMENT_MAX_LENGTH, { error: 'tooLong' }),
});
export type DrawingCommentInput = z.output<typeof drawingCommentSchema>;

export const settleDrawingCommentSchema = z.object({
  commentId: z.guid(),
  outcome: z.enum(SETTLE_OUTCOMES),
});
export type SettleDrawingCommentInput = z.output<typeof settleDrawingCommentSchema>;
