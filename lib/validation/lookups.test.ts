import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '@/lib/domain/credit-code';
import { lookupErrors, trackLookupSchema, verifyLookupSchema } from './lookups';

const VALID = makeCreditCode({ authority: '9', type: '1', region: '411000', sequence: 12345 });

function verifyError(code: unknown) {
  const parsed = verifyLookupSchema.safeParse({ code });
  return parsed.success ? null : lookupErrors(parsed.error).code;
}

describe('verifyLookupSchema', () => {
  it('accepts a valid code typed in lower case with spaces, and normalises it', () => {
    const spaced = `${VALID.slice(0, 6)} ${VALID.slice(6)} `.toLowerCase();
    expect(verifyLookupSchema.parse({ code: spaced })).toEqual({ code: VALID });
  });

  it('says what is wrong with the field, using the credit-code rules', () => {
    expect(verifyError('')).toBe('required');
    expect(verifyError(undefined)).toBe('required');
    expect(verifyError('91411000')).toBe('verifyCodeFormat'); // length
    expect(verifyError(`${VALID.slice(0, 17)}I`)).toBe('verifyCodeFormat'); // I is not in the alphabet
    expect(verifyError(`Z${VALID.slice(1)}`)).toBe('verifyCodeFormat'); // no such authority
    const wrongCheck = VALID.slice(0, 17) + (VALID[17] === '0' ? '1' : '0');
    expect(verifyError(wrongCheck)).toBe('creditCodeCheckFailed');
  });
});

describe('verifyLookupSchema with permit numbers', () => {
  it('accepts both forms of permit number, normalised', () => {
    expect(verifyLookupSchema.parse({ code: ' jy1411000 0000428' })).toEqual({ code: 'JY14110000000428' });
    expect(verifyLookupSchema.parse({ code: '411000 20261127 0007' })).toEqual({ code: '411000202611270007' });
  });

  it('says a food business permit number with a wrong check digit was copied wrong', () => {
    expect(verifyError('JY14110000000429')).toBe('permitNumberCheckFailed');
    expect(verifyError('JY1411000')).toBe('verifyCodeFormat'); // too short for either
  });
});

describe('trackLookupSchema', () => {
  it('accepts a case number and a code as printed, in any case and with spaces', () => {
    expect(trackLookupSchema.parse({ number: ' xc-2026-000123 ', code: 'ABCDE 23456' })).toEqual({
      number: 'XC-2026-000123',
      code: 'abcde23456',
    });
  });

  it('flags each field on its own', () => {
    const parsed = trackLookupSchema.safeParse({ number: '2026-123', code: 'abc' });
    expect(parsed.success).toBe(false);
    expect(lookupErrors(parsed.error!)).toEqual({ number: 'caseNumber', code: 'trackingCode' });
    const empty = trackLookupSchema.safeParse({ number: '', code: '' });
    expect(lookupErrors(empty.error!)).toEqual({ number: 'required', code: 'required' });
    // 0, 1, 8 and 9 are not base32 characters.
    expect(lookupErrors(trackLookupSchema.safeParse({ number: 'XC-2026-000001', code: 'abcde01890' }).error!)).toEqual({
      code: 'trackingCode',
    });
  });
});
