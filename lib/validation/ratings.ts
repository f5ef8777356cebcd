import { z } from 'zod';
import { RATING_SCORES } from '@/lib/domain/ratings';
import { plainText } from './text';

const reason = plainText().trim().min(2, { error: 'required' }).max(500, { error: 'tooLong' });
const note = plainText().trim().max(1000, { error: 'tooLong' });

/** The applicant's rating: one of the five national levels, with an optional comment. */
export const rateCaseSchema = z.object({
  caseId: z.guid(),
  score: z.coerce
    .number({ error: 'ratingRequired' })
    .int({ error: 'ratingRequired' })
    .refine((n) => (RATING_SCORES as readonly number[]).includes(n), { error: 'ratingRequired' }),
  comment: note.default(''),
});
export type RateCaseInput = z.input<typeof rateCaseSchema>;

/** A manager gives a case to another staff member, saying why. */
export const reassignCaseSchema = z.object({
  caseId: z.guid(),
  version: z.number().int().min(1),
  assigneeId: z.guid({ error: 'required' }),
  reason,
});
export type ReassignCaseInput = z.input<typeof reassignCaseSchema>;

export const reassignTaskSchema = z.object({
  taskId: z.guid(),
  version: z.number().int().min(1),
  assigneeId: z.guid({ error: 'required' }),
  reason,
});

/** All of a person's open work to one stand-in of their department. */
export const bulkReassignSchema = z.object({
  fromId: z.guid({ error: 'required' }),
  assigneeId: z.guid({ error: 'required' }),
  reason,
});
export type BulkReassignInput = z.input<typeof bulkReassignSchema>;

/** A callback time typed in the zone's local time (datetime-local), as an instant. */
const zoneLocalTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'invalidDateTime' })
  .transform((local) => new Date(`${local}:00+08:00`).toISOString());

/** A step of a follow-up: taking it, or the callback, rectification or result it records. */
export const followUpStepSchema = z.object({
  followUpId: z.guid(),
  version: z.number().int().min(1),
  change: z.enum(['take', 'call_back', 'rectify', 'close']),
  text: note.default(''),
  calledAt: z.union([z.literal('').transform(() => undefined), zoneLocalTime]).optional(),
});
export type FollowUpStepInput = z.input<typeof followUpStepSchema>;

/** The enterprise's reply to the result; not satisfied says why. */
export const followUpReplySchema = z
  .object({
    caseId: z.guid(),
    followUpId: z.guid(),
    version: z.number().int().min(1),
    satisfied: z.boolean({ error: 'required' }),
    reply: note.default(''),
  })
  .refine((r) => r.satisfied || r.reply.length >= 2, { path: ['reply'], error: 'replyRequired' });
export type FollowUpReplyInput = z.input<typeof followUpReplySchema>;
