import { describe, expect, it } from 'vitest';
import { foodPermitCheckDigit, parsePermitNumber, permitNumber, permitValidUntil } from './permits';

/** ISO 7064 MOD 11-10 validation form: run over the digits and the check digit, the last sum is 1. */
function passesMod11_10(digits: string): boolean {
  let p = 10;
  let s = 0;
  for (const ch of digits) {
    s = (p + Number(ch)) % 10 || 10;
    p = (2 * s) % 11;
  }
  return s === 1;
}

describe('food business permit numbers', () => {
  it('are JY1, the region code, a 6-digit serial and the check digit', () => {
    // Check digits worked out by hand with the MOD 11-10 recurrence.
    expect(permitNumber('food-business', { serial: 1, issuedOn: '2026-11-27' })).toBe('JY14110000000014');
    expect(permitNumber('food-business', { serial: 42, issuedOn: '2026-11-27' })).toBe('JY14110000000428');
    expect(permitNumber('food-business', { serial: 123456, issuedOn: '2026-01-01' })).toBe('JY14110001234561');
  });

  it('have a check digit that passes ISO 7064 MOD 11-10 and catches single-digit errors and swaps', () => {
    for (const body of ['1411000000001', '1411000000042', '1411000987650', '1411000999999']) {
      const number = body + foodPermitCheckDigit(body);
      expect(passesMod11_10(number)).toBe(true);
      for (let i = 0; i < body.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === body[i]) continue;
          const typo = body.slice(0, i) + d + body.slice(i + 1);
          expect(foodPermitCheckDigit(typo), typo).not.toBe(foodPermitCheckDigit(body));
        }
        if (i + 1 < body.length && body[i] !== body[i + 1]) {
          const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
          expect(foodPermitCheckDigit(swapped), swapped).not.toBe(foodPermitCheckDigit(body));
        }
      }
    }
  });

  it('refuse serials that do not fit', () => {
    expect(() => permitNumber('food-business', { serial: 0, issuedOn: '2026-11-27' })).toThrow(RangeError);
    expect(() => permitNumber('food-business', { serial: 1_000_000, issuedOn: '2026-11-27' })).toThrow(RangeError);
  });
});

describe('construction permit numbers', () => {
  it('are the region code, the day of issue and a 4-digit serial', () => {
    expect(permitNumber('construction', { serial: 7, issuedOn: '2026-11-27' })).toBe('411000202611270007');
    expect(() => permitNumber('construction', { serial: 10_000, issuedOn: '2026-11-27' })).toThrow(RangeError);
  });
});

describe('parsePermitNumber', () => {
  it('recognises both forms, as typed with spaces and in lower case', () => {
    expect(parsePermitNumber('JY14110000000428')).toEqual({ kind: 'food-business', number: 'JY14110000000428' });
    expect(parsePermitNumber(' jy1 411000 000042 8 ')).toEqual({ kind: 'food-business', number: 'JY14110000000428' });
    expect(parsePermitNumber('411000202611270007')).toEqual({ kind: 'construction', number: '411000202611270007' });
  });

  it('refuses a wrong check digit, another region, an impossible date and a zero serial', () => {
    expect(parsePermitNumber('JY14110000000429')).toBeNull();
    expect(parsePermitNumber('JY24110000000428')).toBeNull();
    expect(parsePermitNumber('410100202611270007')).toBeNull();
    expect(parsePermitNumber('411000202602300007')).toBeNull();
    expect(parsePermitNumber('411000202611270000')).toBeNull();
  });

  it('never reads a credit code or a case number as a permit', () => {
    expect(parsePermitNumber('91411000MA45XXXX0Q')).toBeNull();
    expect(parsePermitNumber('914110000000000012')).toBeNull();
    expect(parsePermitNumber('XC-2026-000123')).toBeNull();
    expect(parsePermitNumber('')).toBeNull();
  });
});

describe('permitValidUntil', () => {
  it('is five years less a day for a food business permit, and none for a construction permit', () => {
    expect(permitValidUntil('food-business', '2026-11-27')).toBe('2031-11-26');
    expect(permitValidUntil('food-business', '2028-02-29')).toBe('2033-02-28');
    expect(permitValidUntil('construction', '2026-11-27')).toBeNull();
  });
});
