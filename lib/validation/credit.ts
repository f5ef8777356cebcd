import { z } from 'zod';
import { plainText } from './text';

const text = (max: number) => plainText().trim().min(2, { error: 'required' }).max(max, { error: 'tooLong' });

/**
 * A manager records a credit record (失信记录): against the enterprise of a case, by the case's
 * number (the credit page's form), or against an enterprise directly.
 */
export const creditRecordSchema = z
  .object({
    enterpriseId: z.guid().optional(),
    reason: text(500),
    /** The case whose breach it records (XC-2026-000123). */
    caseNumber: plainText()
      .trim()
      .max(20, { error: 'tooLong' })
      .transform((v) => v || undefined)
      .optional(),
  })
  .refine((v) => v.enterpriseId || v.caseNumber, { path: ['caseNumber'], error: 'required' });
export type CreditRecordInput = z.output<typeof creditRecordSchema>;

/** A manager clears a record (信用修复) with the reason and the evidence the enterprise gave. */
export const creditClearSchema = z.object({
  recordId: z.guid(),
  reason: text(500),
  evidence: text(1000),
});
export type CreditClearInput = z.output<typeof creditClearSchema>;
