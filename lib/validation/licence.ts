import { z } from 'zod';
import { plainText } from './text';
import { isValidCreditCode, normaliseCreditCode } from '@/lib/domain/credit-code';
import { LICENCE_STATUSES, STATUS_REASON_MAX_LENGTH } from '@/lib/domain/licence-status';

/** A unified social credit code as typed or linked (any case, spaces around): well-formed, normalised. */
export const creditCodeSchema = plainText()
  .trim()
  .max(40, { message: 'creditCodeMalformed' })
  .refine(isValidCreditCode, { message: 'creditCodeMalformed' })
  .transform(normaliseCreditCode);

/** Suspend, reinstate or revoke a licence: the staff form on the licence page and its server action. */
export const licenceStatusChangeSchema = z.object({
  creditCode: creditCodeSchema,
  to: z.enum(LICENCE_STATUSES, { error: 'required' }),
  reason: plainText().trim().min(1, { error: 'required' }).max(STATUS_REASON_MAX_LENGTH, { error: 'tooLong' }),
  /** The status the user saw: a licence changed by someone else meanwhile is not changed blindly. */
  expectedStatus: z.enum(LICENCE_STATUSES).optional(),
});
export type LicenceStatusChangeInput = z.output<typeof licenceStatusChangeSchema>;
