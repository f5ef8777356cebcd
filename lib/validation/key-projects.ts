import { z } from 'zod';
import { plainText } from './text';

const isoDate = z.iso.date({ error: 'date' });

/**
 * A month's investment completed, reported by the owner, its officer or the task force, entered in
 * 万元 as project statistics state it. With `correctsReportId` it corrects that month's current
 * report, and then a reason is required: a figure is never silently overwritten.
 */
export const investmentReportSchema = z
  .object({
    projectId: z.guid(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, { error: 'date' }),
    amountWan: z.coerce
      .number<string | number>({ error: 'number' })
      .min(0, { error: 'outOfRange' })
      .max(100_000_000, { error: 'outOfRange' }),
    note: plainText().trim().max(500, { error: 'tooLong' }).optional(),
    correctsReportId: z.guid().optional(),
    reason: plainText().trim().max(500, { error: 'tooLong' }).optional(),
  })
  .refine((input) => !input.correctsReportId || !!input.reason, { path: ['reason'], error: 'correctionReason' })
  .transform(({ amountWan, ...input }) => ({ ...input, amountYuan: Math.round(amountWan * 10_000) }));

export type InvestmentReportInput = z.output<typeof investmentReportSchema>;

/** The day a milestone was actually reached. */
export const milestoneReachedSchema = z.object({ projectId: z.guid(), milestoneId: z.guid(), actualOn: isoDate });
