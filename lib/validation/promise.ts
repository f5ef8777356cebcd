import { z } from 'zod';
import { plainText } from './text';

const clauseCode = z.string().regex(/^P\d{1,3}$/, { error: 'invalid' });

/** The applicant chooses how the draft is decided: the ordinary procedure, or promise-based approval with every clause promised. */
export const approvalRouteSchema = z.object({
  caseId: z.guid(),
  route: z.enum(['ordinary', 'promise']),
  promisedClauses: z.array(clauseCode).max(30).default([]),
});
export type ApprovalRouteInput = z.output<typeof approvalRouteSchema>;

/** A department's post-approval verification: one finding per promise, a note where it was not kept. */
export const verificationDecisionSchema = z.object({
  taskId: z.guid(),
  caseId: z.guid(),
  findings: z
    .array(
      z.object({
        obligationId: z.guid(),
        compliant: z.boolean(),
        note: plainText().trim().max(1000, { error: 'tooLong' }).default(''),
      }),
    )
    .min(1, { error: 'required' })
    .max(30),
  verdictReason: plainText().trim().max(1000, { error: 'tooLong' }).default(''),
});
export type VerificationDecisionInput = z.output<typeof verificationDecisionSchema>;
