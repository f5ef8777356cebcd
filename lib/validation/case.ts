import { z } from 'zod';
import { holdsControlCharacter, plainText } from './text';
import { TRANSITION_NAMES } from '@/lib/domain/workflow';

const isoDate = z.iso.date({ error: 'date' });
const text = (max: number) => plainText().trim().max(max, { error: 'tooLong' });

/** Reason codes of a one-time supplement notice, each tied to the guide's materials list or form. */
export const SUPPLEMENT_REASONS = [
  'missing',
  'illegible',
  'expired',
  'unsigned',
  'inconsistent',
  'wrongFormat',
  'incomplete',
] as const;

/** Every staff or applicant action on a case; what each transition needs is checked by the workflow guards. */
export const caseActionSchema = z.object({
  caseId: z.guid(),
  version: z.number().int().min(1),
  transition: z.enum(TRANSITION_NAMES as [string, ...string[]]),
  reason: text(1000).default(''),
  opinion: text(2000).default(''),
  conditions: z.array(text(500)).max(20).default([]),
  supplementItems: z
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
export type CaseActionInput = z.output<typeof caseActionSchema>;

/** An action's payload when it carries none (what the schema's defaults give). */
export const NO_ACTION_PAYLOAD: Omit<CaseActionInput, 'caseId' | 'version' | 'transition'> = {
  reason: '',
  opinion: '',
  conditions: [],
  supplementItems: [],
};

/**
 * The window proposes the tolerance commitment (容缺承诺书): which missing materials it would
 * tolerate, each due on a date. Whether they may be is the acceptance guard's to say.
 */
export const proposeCommitmentSchema = z.object({
  caseId: z.guid(),
  tolerated: z
    .array(z.object({ code: plainText().min(1).max(64), dueDate: isoDate }))
    .max(30)
    .default([]),
});
export type ProposeCommitmentInput = z.output<typeof proposeCommitmentSchema>;

/** The applicant signs the commitment online: the name typed as on paper, and the agreement ticked. */
export const signCommitmentSchema = z.object({
  caseId: z.guid(),
  commitmentId: z.guid(),
  signerName: plainText().trim().min(2, { error: 'required' }).max(50, { error: 'tooLong' }),
  agreed: z.literal(true, { error: 'mustAgree' }),
});
export type SignCommitmentInput = z.output<typeof signCommitmentSchema>;

/** The window verifies a supplied obligation of the case (the case id only says which page to refresh). */
export const verifyObligationSchema = z.object({ caseId: z.guid(), obligationId: z.guid() });

export const claimSchema = z.object({ caseId: z.guid(), version: z.number().int().min(1) });

export const contactSchema = z.object({
  name: plainText().trim().min(2, { error: 'required' }).max(50, { error: 'tooLong' }),
  phone: plainText()
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { error: 'phone' }),
  email: z.union([z.literal(''), z.email({ error: 'email' })]).optional(),
});

export const draftSaveSchema = z.object({
  caseId: z.guid(),
  /** What the case is about beyond its item (shown after the item's name); empty clears it. */
  subject: text(200).optional(),
  // A draft keeps whatever was typed so far; the contact is checked at submission.
  contact: z
    .object({ name: text(50), phone: text(30), email: text(100) })
    .partial()
    .optional(),
  formData: z
    .record(z.string(), z.unknown())
    .refine((answers) => !holdsControlCharacter(answers), { error: 'controlCharacters' })
    .optional(),
});

export const createDraftSchema = z.object({
  serviceCode: plainText().min(1).max(64),
  enterpriseId: z.guid({ error: 'required' }),
});

export const submitSchema = z.object({
  caseId: z.guid(),
  idempotencyKey: plainText().min(8).max(100),
});
