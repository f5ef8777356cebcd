import { z } from 'zod';
import { CONTROL_CHARACTERS_API_MESSAGE, plainText } from '@/lib/validation/text';
import { STAFF_VISIBLE_STATES } from '@/lib/domain/case-access';
import { isQueueCursor } from '@/lib/domain/queue-cursor';
import { CASE_STATES } from '@/lib/domain/workflow';
import type { QueuePage } from '@/lib/data/cases';
import { bilingual } from './schemas';

/** Query of the desk queue API: the same filters as the desk page. */
export const queueQuerySchema = z.object({
  item: plainText({ control: CONTROL_CHARACTERS_API_MESSAGE })
    .trim()
    .min(1)
    .max(64)
    .optional()
    .meta({ description: 'Catalogue code, e.g. XC-SL-002.' }),
  state: z.enum(STAFF_VISIBLE_STATES).optional().meta({
    description: 'Case state; default `submitted`. Drafts are their enterprise’s own: staff see a case once it is submitted.',
  }),
  clock: z.enum(['red', 'yellow']).optional().meta({ description: 'Only overdue (red) or nearly due (yellow) cases.' }),
  assignee: z.enum(['me', 'unassigned']).optional(),
  after: z
    .string()
    .refine(isQueueCursor, { error: 'Not a cursor this API returned: pass `nextCursor` of the previous page unchanged.' })
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(100).optional().meta({ description: 'Page size, 1–100 (default 25).' }),
});

export const queueCaseSchema = z
  .object({
    id: z.guid(),
    number: z.string().nullable(),
    title: bilingual.meta({ description: "The item's name followed by what the case is about (proposed name, project)." }),
    state: z.enum(CASE_STATES),
    version: z.number().int(),
    service: z.object({ code: z.string(), name: bilingual }),
    enterpriseName: z.string(),
    assigneeName: z.string().nullable(),
    submittedAt: z.string().nullable(),
    serviceDeadline: z.string().nullable(),
    legalDeadline: z.string().nullable(),
    dueOn: z.string().nullable().meta({ description: 'The date the desk works against now; null when no clock runs.' }),
    clock: z.enum(['none', 'green', 'yellow', 'red']),
  })
  .meta({ id: 'QueueCase', description: 'A case in the desk queue.' });

export const queuePageSchema = z
  .object({
    items: z.array(queueCaseSchema),
    total: z.number().int(),
    red: z.number().int(),
    yellow: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'QueuePage', description: 'One page of the desk queue, nearest working date first, with counts.' });

export function toApiQueuePage(page: QueuePage): z.infer<typeof queuePageSchema> {
  // The case pages' clock view is not part of this API's documented shape.
  return { ...page, items: page.items.map(({ clocks: _clocks, ...item }) => item) };
}
