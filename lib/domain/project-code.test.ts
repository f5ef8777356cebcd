import { describe, expect, it } from 'vitest';
import { isProjectCode, makeProjectCode, PROJECT_INDUSTRY_CODES } from './project-code';

describe('makeProjectCode', () => {
  it('writes year, the zone’s code, industry, type and a six-digit serial', () => {
    expect(makeProjectCode({ year: 2026, industry: '38', serial: 1024 })).toBe('2026-411071-38-03-001024');
    expect(makeProjectCode({ year: 2027, industry: '30', serial: 999_999, type: '02' })).toBe('2027-411071-30-02-999999');
  });

  it('produces codes its own check accepts, for every industry', () => {
    for (const industry of PROJECT_INDUSTRY_CODES) {
      expect(isProjectCode(makeProjectCode({ year: 2026, industry, serial: 7 }))).toBe(true);
    }
  });

  it('refuses serials and years that do not fit the format', () => {
    expect(() => makeProjectCode({ year: 2026, industry: '38', serial: 0 })).toThrow(RangeError);
    expect(() => makeProjectCode({ year: 2026, industry: '38', serial: 1_000_000 })).toThrow(RangeError);
    expect(() => makeProjectCode({ year: 2026, industry: '38', serial: 1.5 })).toThrow(RangeError);
    expect(() => makeProjectCode({ year: 20266, industry: '38', serial: 1 })).toThrow(RangeError);
    expect(() => makeProjectCode({ year: 2026, industry: '38', serial: 1, region: '4110' })).toThrow(RangeError);
  });
});

describe('isProjectCode', () => {
  it('tells the format apart', () => {
    expect(isProjectCode('2019-410000-26-03-004533')).toBe(true);
    expect(isProjectCode('2019-410000-26-04-004533')).toBe(false); // no type 04
    expect(isProjectCode('19-410000-26-03-004533')).toBe(false);
    expect(isProjectCode('2019-410000-26-03-4533')).toBe(false);
  });
});
