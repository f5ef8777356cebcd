import { describe, expect, it } from 'vitest';
import { checkName, composeName, XUCHANG_AUTHORITY, type ExistingName, type NameCheckInput } from './index';

const today = '2026-06-15';
const input = (overrides: Partial<NameCheckInput> = {}): NameCheckInput => ({
  region: '许昌',
  tradeName: '鸿之业',
  industry: '新材料',
  organizationForm: '有限公司',
  ...overrides,
});
const registered = (fullName: string, overrides: Partial<ExistingName> = {}): ExistingName => ({
  fullName,
  status: 'registered',
  authority: XUCHANG_AUTHORITY,
  ...overrides,
});

describe('composeName', () => {
  it('composes region + trade name + industry + form', () => {
    expect(composeName(input())).toBe('许昌鸿之业新材料有限公司');
    expect(composeName(input({ industry: null }))).toBe('许昌鸿之业有限公司');
    expect(composeName(input(), { regionInBrackets: true })).toBe('鸿之业（许昌）新材料有限公司');
  });
});

describe('checkName', () => {
  it('许昌 鸿之业 新材料 有限公司 is available against an empty register', () => {
    expect(checkName(input(), [], today)).toEqual({ verdict: 'available', reasons: [], similar: [] });
  });

  it('is available when the existing names are unrelated', () => {
    const result = checkName(input(), [registered('许昌许继电气有限公司'), registered('许昌瑞贝卡发制品股份有限公司')], today);
    expect(result.verdict).toBe('available');
  });

  it('refuses structure errors with bilingual reasons', () => {
    const result = checkName(input({ tradeName: 'ABC' }), [], today);
    expect(result.verdict).toBe('refused');
    expect(result.reasons[0]).toMatchObject({
      rule: 'tradeName.notChinese',
      message: { zh: expect.any(String), en: expect.any(String) },
    });
    expect(checkName(input({ tradeName: '许昌' }), [], today).reasons.map((r) => r.rule)).toEqual(['tradeName.isRegion']);
    expect(checkName(input({ tradeName: '中国鸿之业' }), [], today).reasons.map((r) => r.rule)).toEqual(['content.restricted']);
  });

  it('refuses 鴻之業 (traditional) against the registered 鸿之业 in the same industry', () => {
    const result = checkName(input({ tradeName: '鴻之業' }), [registered('许昌鸿之业新材料有限公司')], today);
    expect(result.verdict).toBe('refused');
    expect(result.reasons.map((r) => r.rule)).toEqual(['tradeName.traditional', 'name.same']);
    expect(result.reasons[1]).toMatchObject({ blockingName: '许昌鸿之业新材料有限公司' });
  });

  it('warns (similar) about synonyms, homophones and containment, and lists each blocking name once', () => {
    const register = [
      registered('许昌鸿之业房地产有限公司'),
      registered('许昌宏之业新材料有限公司'),
      registered('许昌鸿之业新材料有限公司', { status: 'cancelled', statusDate: '2025-02-01' }),
      registered('许昌宏之业新材料有限公司'),
    ];
    const synonym = checkName(input({ industry: '地产' }), register, today);
    expect(synonym.verdict).toBe('similar');
    expect(synonym.reasons).toEqual([
      expect.objectContaining({ rule: 'name.sameSynonymIndustry', blockingName: '许昌鸿之业房地产有限公司' }),
    ]);

    const homophone = checkName(input(), register, today);
    expect(homophone.verdict).toBe('similar');
    expect(homophone.reasons).toEqual([
      expect.objectContaining({ rule: 'name.homophone', blockingName: '许昌宏之业新材料有限公司' }),
    ]);

    const contains = checkName(input({ tradeName: '鸿之业新', industry: '电气' }), [registered('许昌鸿之业电梯有限公司')], today);
    expect(contains).toMatchObject({ verdict: 'similar', reasons: [{ rule: 'name.contains' }] });
  });

  it('puts refusals before similar names', () => {
    const result = checkName(
      input(),
      [registered('许昌宏之业新材料有限公司'), registered('鸿之业（许昌）新材料有限公司')],
      today,
    );
    expect(result.verdict).toBe('refused');
    expect(result.reasons.map((r) => r.rule)).toEqual(['name.same', 'name.homophone']);
  });

  it('a name revoked 10 months ago is refused with freeFrom; 14 months ago it is available', () => {
    const revoked = (statusDate: string) => registered('许昌鸿之业新材料有限公司', { status: 'revoked', statusDate });
    const tenMonths = checkName(input(), [revoked('2025-08-15')], today);
    expect(tenMonths).toMatchObject({ verdict: 'refused', reasons: [{ rule: 'name.same', freeFrom: '2026-08-15' }] });
    expect(checkName(input(), [revoked('2025-04-15')], today)).toEqual({ verdict: 'available', reasons: [], similar: [] });
  });
});
