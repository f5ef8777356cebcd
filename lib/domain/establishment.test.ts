import { describe, expect, it } from 'vitest';
import {
  contributionTotal,
  operatingTermText,
  organisationFormFits,
  shareholderCodeProblem,
  shareholderErrors,
  type Shareholder,
} from './establishment';

const VALID_CODE = '91411000MA0007JG84';
const CHECKSUM_FAILS = '91411000MA0007JG81';
const person = (contribution: number, name = '李明远'): Shareholder => ({
  kind: 'person',
  name,
  idNumber: '411002198505120018',
  contribution,
});
const corporate = (contribution: number, idNumber = VALID_CODE, overrideReason?: string): Shareholder => ({
  kind: 'corporate',
  name: '河南鸿之业新材料有限公司',
  idNumber,
  contribution,
  overrideReason,
});

describe('contributions', () => {
  it('add up in yuan, so decimal fractions of 10,000 yuan do not drift', () => {
    expect(contributionTotal([person(0.1), person(0.2)])).toBe(0.3);
    expect(shareholderErrors('llc', 0.3, [person(0.1), person(0.2)])).toEqual({});
  });

  it('must equal the registered capital', () => {
    expect(shareholderErrors('llc', 500, [corporate(400), person(100)])).toEqual({});
    expect(shareholderErrors('llc', 500, [corporate(400), person(90)])).toEqual({ shareholders: 'contributionsSum' });
    expect(shareholderErrors('llc', 500, [corporate(400), person(110)])).toEqual({ shareholders: 'contributionsSum' });
  });

  it('are not compared before the registered capital is known', () => {
    expect(shareholderErrors('llc', undefined, [person(1)])).toEqual({});
  });
});

describe('shareholders by enterprise type', () => {
  it('a single-shareholder LLC has exactly one natural person', () => {
    expect(shareholderErrors('llc-sole', 100, [person(100)])).toEqual({});
    expect(shareholderErrors('llc-sole', 100, [person(50), person(50, '王芳')])).toEqual({
      shareholders: 'shareholderCount.llc-sole',
    });
    expect(shareholderErrors('llc-sole', 100, [corporate(100)])).toEqual({ shareholders: 'shareholderPersonsOnly' });
  });

  it('an LLC has at most 50 shareholders, a company limited by shares at most 200', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => person(1, `股东${i}`));
    expect(shareholderErrors('llc', 50, many(50))).toEqual({});
    expect(shareholderErrors('llc', 51, many(51))).toEqual({ shareholders: 'shareholderCount.llc' });
    expect(shareholderErrors('joint-stock', 200, many(200))).toEqual({});
    expect(shareholderErrors('joint-stock', 201, many(201))).toEqual({ shareholders: 'shareholderCount.joint-stock' });
    expect(shareholderErrors('llc', 0, [])).toEqual({ shareholders: 'shareholderCount.llc' });
  });
});

describe('a corporate shareholder’s credit code, checked softly', () => {
  it('passes a valid code, typed in lower case with spaces too', () => {
    expect(shareholderCodeProblem(VALID_CODE)).toBeNull();
    expect(shareholderCodeProblem(` ${VALID_CODE.toLowerCase()} `)).toBeNull();
  });

  it('refuses what cannot be a code at all', () => {
    expect(shareholderCodeProblem('9141100MA0007JG8')).toBe('format'); // 16 characters
    expect(shareholderCodeProblem('91411000MA0007JGO4')).toBe('format'); // O is not in the alphabet
    expect(shareholderErrors('llc', 100, [corporate(100, '12345')])).toEqual({ 'shareholders.0.idNumber': 'creditCodeFormat' });
  });

  it('warns on a failed checksum, and lets a reason override it', () => {
    expect(shareholderCodeProblem(CHECKSUM_FAILS)).toBe('checksum');
    expect(shareholderErrors('llc', 100, [corporate(100, CHECKSUM_FAILS)])).toEqual({
      'shareholders.0.overrideReason': 'creditCodeChecksum',
    });
    expect(shareholderErrors('llc', 100, [corporate(100, CHECKSUM_FAILS, '   ')])).toEqual({
      'shareholders.0.overrideReason': 'creditCodeChecksum',
    });
    expect(shareholderErrors('llc', 100, [corporate(100, CHECKSUM_FAILS, '2015 年赋码的老代码')])).toEqual({});
  });

  it('does not check a natural person’s identity number as a credit code', () => {
    expect(shareholderErrors('llc', 100, [{ ...person(100), idNumber: 'E12345678' }])).toEqual({});
  });
});

describe('organisational form against the enterprise type', () => {
  it('matches the name’s ending', () => {
    expect(organisationFormFits('llc', '许昌鸿之业智造科技有限公司')).toBe(true);
    expect(organisationFormFits('llc-sole', '许昌鸿之业智造科技有限责任公司')).toBe(true);
    expect(organisationFormFits('llc', '许昌瑞贝股份有限公司')).toBe(false);
    expect(organisationFormFits('joint-stock', '许昌瑞贝股份有限公司')).toBe(true);
    expect(organisationFormFits('joint-stock', '许昌鸿之业智造科技有限公司')).toBe(false);
    expect(organisationFormFits('llc', '许昌鸿之业智造科技合伙企业')).toBe(false);
  });
});

describe('operating term as printed', () => {
  it('is 长期, or so many years less a day', () => {
    expect(operatingTermText('long', '2026-11-27')).toBe('长期');
    expect(operatingTermText('20', '2026-11-27')).toBe('2026年11月27日至2046年11月26日');
    expect(operatingTermText('10', '2027-03-01')).toBe('2027年03月01日至2037年02月28日');
    expect(operatingTermText('30', '2028-02-29')).toBe('2028年02月29日至2058年02月28日');
  });
});
