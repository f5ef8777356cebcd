import { z } from 'zod';
import { plainText } from './text';

const isoDate = z.iso.date({ error: 'date' });
const serviceCode = plainText().trim().min(1).max(32);

/**
 * The enterprise's authorization (授权委托书) as recorded at the window: the principal who signed
 * it, the items it covers (none listed: every item) and its validity. The signed scan comes with
 * it as the upload's file.
 */
export const filingAuthorizationSchema = z
  .object({
    enterpriseId: z.guid(),
    principalName: plainText().trim().min(2, { error: 'required' }).max(100, { error: 'tooLong' }),
    serviceCodes: z.array(serviceCode).max(50).default([]),
    validFrom: isoDate,
    validUntil: isoDate,
  })
  .refine((v) => v.validFrom <= v.validUntil, { path: ['validUntil'], error: 'validUntilBeforeFrom' });
export type FilingAuthorizationInput = z.output<typeof filingAuthorizationSchema>;

export const revokeAuthorizationSchema = z.object({ authorizationId: z.guid() });

/** Start an application for the enterprise under one of its authorizations. */
export const fileOnBehalfSchema = z.object({ enterpriseId: z.guid(), authorizationId: z.guid(), serviceCode });
export type FileOnBehalfInput = z.output<typeof fileOnBehalfSchema>;

export const takeOverSchema = z.object({ caseId: z.guid() });

export const enterpriseSearchSchema = z.object({ q: plainText().trim().max(60).default('') });
