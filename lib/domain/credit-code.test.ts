import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  MAX_CREDIT_CODE_SEQUENCE,
  ZONE_REGION_CODE,
  checkCreditCodeSoftly,
  creditCodeCheckChar,
  isValidCreditCode,
  makeCreditCode,
  normaliseCreditCode,
  organisationCodeCheckChar,
} from './credit-code';

/*
 * 91350100M000100Y43 (the example in GB 32100 documentation), checked by hand:
 *
 * Organisation code M000100Y4, GB 11714 values M=22, Y=34, weights [3,7,9,10,5,8,4,2]:
 *   22·3 + 1·5 + 34·2 = 66 + 5 + 68 = 139; 139 mod 11 = 7; 11 − 7 = 4  → '4' ✓
 *
 * Final character, USCC values (index in the alphabet) M=21, Y=30,
 * weights [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]:
 *   9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0 + 0 + 21·20 + 0 + 0 + 0 + 1·8 + 0 + 0 + 30·30 + 4·28
 *   = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3' ✓
 *
 * 914100001699542485, checked by hand the same way:
 *   organisation 16995424: 3 + 42 + 81 + 90 + 25 + 32 + 8 + 8 = 289; 289 mod 11 = 3; 11 − 3 = 8 ✓
 *   final: 9 + 3 + 36 + 27 + 20 + 174 + 225 + 117 + 40 + 96 + 20 + 120 + 224 = 1111;
 *          1111 mod 31 = 26; 31 − 26 = 5 ✓
 */
const VALID = ['91350100M000100Y43', '914100001699542485'];

describe('check characters', () => {
  it('computes the published examples', () => {
    expect(organisationCodeCheckChar('M000100Y')).toBe('4');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(organisationCodeCheckChar('16995424')).toBe('8');
    expect(creditCodeCheckChar('91410000169954248')).toBe('5');
  });

  it('maps 10 to X and 11 to 0 in the organisation check', () => {
    expect(organisationCodeCheckChar('00000000')).toBe('0'); // Σ = 0 → 11 → '0'
    expect(organisationCodeCheckChar('0000000B')).toBe('0'); // B=11: 22 mod 11 = 0 → 11 → '0'
    expect(organisationCodeCheckChar('00000006')).toBe('X'); // 12 mod 11 = 1 → 10 → 'X'
    expect(organisationCodeCheckChar('00000005')).toBe('1'); // 10 mod 11 = 10 → 1
    expect(organisationCodeCheckChar('A0000000')).toBe('3'); // A=10: 30 mod 11 = 8 → 3
  });

  it('maps a remainder of 0 to 0 in the final check', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('throws RangeError on wrong length or characters', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100Y43')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100m000100Y4')).toThrow(RangeError);
    expect(() => organisationCodeCheckChar('M000100')).toThrow(RangeError);
    expect(() => organisationCodeCheckChar('m000100Y')).toThrow(RangeError);
  });
});

describe('isValidCreditCode / checkCreditCodeSoftly', () => {
  it('accepts the verified codes', () => {
    for (const code of VALID) {
      expect(isValidCreditCode(code)).toBe(true);
      expect(checkCreditCodeSoftly(code)).toEqual({ valid: true });
    }
  });

  it('normalises with trim and upper-case', () => {
    expect(normaliseCreditCode('  91350100m000100y43\n')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
    expect(isValidCreditCode(' 91350100M000100Y43 ')).toBe(true);
  });

  it('rejects a wrong final character', () => {
    expect(checkCreditCodeSoftly('91350100M000100Y44')).toEqual({ valid: false, reason: 'checkChar' });
    expect(checkCreditCodeSoftly('914100001699542480')).toEqual({ valid: false, reason: 'checkChar' });
  });

  it('rejects a wrong organisation check even when the final character matches', () => {
    const first17 = '91350100M000100Y5';
    const code = first17 + creditCodeCheckChar(first17);
    expect(checkCreditCodeSoftly(code)).toEqual({ valid: false, reason: 'organisationCheck' });
    expect(isValidCreditCode(code)).toBe(false);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the illegal letter %s', (letter) => {
    const code = `91350100${letter}000100Y43`;
    expect(checkCreditCodeSoftly(code)).toEqual({ valid: false, reason: 'alphabet' });
    expect(isValidCreditCode(code)).toBe(false);
  });

  it('rejects other characters', () => {
    expect(checkCreditCodeSoftly('91350100M000100Y4-')).toEqual({ valid: false, reason: 'alphabet' });
    expect(checkCreditCodeSoftly('91350100M000 100Y4')).toEqual({ valid: false, reason: 'alphabet' });
  });

  it('rejects the wrong length', () => {
    for (const code of ['', '91350100M000100Y4', '91350100M000100Y433', '   ']) {
      expect(checkCreditCodeSoftly(code)).toEqual({ valid: false, reason: 'length' });
    }
  });

  it('rejects an authority/type pair outside the GB 32100 table, even with correct checksums', () => {
    for (const prefix of ['01', 'B1', 'C1', '94', '24', 'Y2']) {
      const first17 = `${prefix}350100M000100Y4`;
      const code = first17 + creditCodeCheckChar(first17);
      expect(checkCreditCodeSoftly(code), code).toEqual({ valid: false, reason: 'category' });
    }
    for (const prefix of ['11', '12', '31', '51', '53', '92', '93', 'A1', 'N2', 'Y1']) {
      const first17 = `${prefix}350100M000100Y4`;
      expect(isValidCreditCode(first17 + creditCodeCheckChar(first17)), prefix).toBe(true);
    }
  });

  it('detects every single-character substitution of a valid code', () => {
    const samples = [...VALID, makeCreditCode({ authority: '9', type: '1', region: ZONE_REGION_CODE, sequence: 12345 })];
    const replacements = [...CREDIT_CODE_ALPHABET, 'I', 'O', 'Z', 'S', 'V'];
    for (const code of samples) {
      for (let i = 0; i < code.length; i++) {
        for (const r of replacements) {
          if (r === code[i]) continue;
          const mutated = code.slice(0, i) + r + code.slice(i + 1);
          expect(isValidCreditCode(mutated), mutated).toBe(false);
        }
      }
    }
  });
});

describe('makeCreditCode', () => {
  it('builds market-registration codes for the zone', () => {
    // sequence 0 → organisation body MA000000: M=22·3 + A=10·7 = 136; 136 mod 11 = 4; 11 − 4 = 7.
    const code = makeCreditCode({ authority: '9', type: '1', region: ZONE_REGION_CODE, sequence: 0 });
    expect(code.slice(0, 17)).toBe('91411000MA0000007');
    expect(code).toHaveLength(18);
    expect(isValidCreditCode(code)).toBe(true);
    // sequence 31 → base-31 digits '000010'; the last sequence → 'YYYYYY'.
    expect(makeCreditCode({ authority: '9', type: '2', region: '411071', sequence: 31 }).slice(0, 16)).toBe('92411071MA000010');
    expect(
      makeCreditCode({ authority: '9', type: '3', region: '411000', sequence: MAX_CREDIT_CODE_SEQUENCE - 1 }).slice(8, 16),
    ).toBe('MAYYYYYY');
  });

  it('gives valid, unique codes for sequences 0..2000', () => {
    const seen = new Set<string>();
    for (let sequence = 0; sequence <= 2000; sequence++) {
      const code = makeCreditCode({ authority: '9', type: '1', region: ZONE_REGION_CODE, sequence });
      expect(checkCreditCodeSoftly(code), code).toEqual({ valid: true });
      seen.add(code);
    }
    expect(seen.size).toBe(2001);
  });

  it('rejects bad input with RangeError', () => {
    const base = { authority: '9', type: '1', region: ZONE_REGION_CODE, sequence: 1 } as const;
    expect(() => makeCreditCode({ ...base, region: '41100' })).toThrow(RangeError);
    expect(() => makeCreditCode({ ...base, region: '41100A' })).toThrow(RangeError);
    expect(() => makeCreditCode({ ...base, sequence: -1 })).toThrow(RangeError);
    expect(() => makeCreditCode({ ...base, sequence: 1.5 })).toThrow(RangeError);
    expect(() => makeCreditCode({ ...base, sequence: MAX_CREDIT_CODE_SEQUENCE })).toThrow(RangeError);
    expect(() => makeCreditCode({ ...base, type: '4' as '1' })).toThrow(RangeError);
  });
});
