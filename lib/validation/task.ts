import { z } from 'zod';
import { plainText } from './text';
import { TASK_DECISIONS } from '@/lib/domain/combined-outcome';
import { SUPPLEMENT_REASONS } from './case';

const text = (max: number) => plainText().trim().max(max, { error: 'tooLong' });

/** A department's decision on its task of a combined case; what each decision needs is checked by the data layer. */
export const taskDecisionSchema = z.object({
  taskId: z.guid(),
  version: z.number().int().min(1),
  round: z.number().int().min(1),
  decision: z.enum(TASK_DECISIONS),
  opinion: text(2000).default(''),
  conditions: z.array(text(500)).max(20).default([]),
  revisionItems: z
    .array(
      z.object({
        kind: z.enum(['material', 'field']),
        code: plainText().min(1).max(64),
        reason: z.enum(SUPPLEMENT_REASONS),
        note: text(500).optional(),
      }),
    )
    .max(50)
    .default([]),
});

export const claimTaskSchema = z.object({ taskId: z.guid(), version: z.number().int().min(1) });
