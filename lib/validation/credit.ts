import { z } from 'zod';

const text = (max: number) => z.string().trim().min(2, { error: 'required' }).max(max, { error: 'tooLong' });

/** A manager records a credit record (失信记录) against an enterprise: the form on the credit page and its action. */
export const creditRecordSchema = z.object({
  enterpriseId: z.guid({ error: 'required' }),
  reason: text(500),
  /** The case whose breach it records, by its number (XC-2026-000123); optional. */
  caseNumber: z
    .string()
    .trim()
    .max(20, { error: 'tooLong' })
    .transform((v) => v || undefined)
    .optional(),
});
export type CreditRecordInput = z.output<typeof creditRecordSchema>;

/** A manager clears a record (信用修复) with the reason and the evidence the enterprise gave. */
export const creditClearSchema = z.object({
  recordId: z.guid(),
  reason: text(500),
  evidence: text(1000),
});
export type CreditClearInput = z.output<typeof creditClearSchema>;
