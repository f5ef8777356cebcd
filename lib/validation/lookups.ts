import { z } from 'zod';
import { plainText } from './text';
import { TRACKING_CODE_LENGTH } from '@/lib/domain/case-tracking';
import { checkCreditCodeSoftly } from '@/lib/domain/credit-code';
import { isFoodPermitShaped, parsePermitNumber } from '@/lib/domain/permits';

// Messages are catalogue keys (namespace `validation`). Both forms are public GET forms: the
// page parses its query with these schemas on the server, so they work without JavaScript.

/** People copy codes off paper and paste them with spaces: the spaces go, the case is normalised. */
const typed = (normalise: (s: string) => string) =>
  plainText({ missing: 'required' })
    .transform((s) => normalise(s.replace(/\s+/g, '')))
    .pipe(plainText().min(1, { error: 'required' }).max(40, { error: 'tooLong' }));

/**
 * /verify: a permit number or a unified social credit code, checked with the permit and
 * credit-code modules before any lookup. A check character or digit that fails has its own
 * message: the number was most likely copied wrong.
 */
export const verifyLookupSchema = z.object({
  code: typed((s) => s.toUpperCase()).superRefine((code, ctx) => {
    if (parsePermitNumber(code)) return;
    if (isFoodPermitShaped(code)) {
      ctx.addIssue({ code: 'custom', message: 'permitNumberCheckFailed' });
      return;
    }
    const check = checkCreditCodeSoftly(code);
    if (check.valid) return;
    const checksum = check.reason === 'organisationCheck' || check.reason === 'checkChar';
    ctx.addIssue({ code: 'custom', message: checksum ? 'creditCodeCheckFailed' : 'verifyCodeFormat' });
  }),
});

/** Case numbers as issued: XC-2026-000123. */
export const CASE_NUMBER_PATTERN = /^XC-\d{4}-\d{6}$/;

/** /track: the case number and the query code, both printed on every notice of the case. */
export const trackLookupSchema = z.object({
  number: typed((s) => s.toUpperCase()).pipe(plainText().regex(CASE_NUMBER_PATTERN, { error: 'caseNumber' })),
  code: typed((s) => s.toLowerCase()).pipe(
    plainText().regex(new RegExp(`^[a-z2-7]{${TRACKING_CODE_LENGTH}}$`), { error: 'trackingCode' }),
  ),
});

export type LookupErrors<K extends string> = Partial<Record<K, string>>;

/** The first message key of each field that failed. */
export function lookupErrors<K extends string>(error: z.ZodError): LookupErrors<K> {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, messages]) => messages?.length)
      .map(([field, messages]) => [field, messages![0]]),
  ) as LookupErrors<K>;
}
