import { describe, expect, it } from 'vitest';
import { checkNameStructure, compareWithExisting, oneYearAfter, verdictOf, type ExistingName, type NameParts } from './rules';
import { XUCHANG_AUTHORITY } from './divisions';

const parts = (overrides: Partial<NameParts> = {}): NameParts => ({
  region: '许昌',
  tradeName: '鸿之业',
  industry: '新材料',
  organizationForm: '有限公司',
  ...overrides,
});
const rules = (overrides: Partial<NameParts> = {}) => checkNameStructure(parts(overrides)).map((r) => r.rule);

describe('checkNameStructure', () => {
  it('accepts 许昌 鸿之业 新材料 有限公司', () => {
    expect(checkNameStructure(parts())).toEqual([]);
    expect(
      rules({ region: '许昌市', industry: '新材料科技', organizationForm: '股份有限公司', enterpriseType: 'joint-stock' }),
    ).toEqual([]);
    expect(rules({ industry: '' })).toEqual([]); // a name without an industry part (Art. 6)
  });

  describe('region', () => {
    it('accepts county-level and higher divisions of the zone', () => {
      for (const region of ['许昌', '许昌市', '河南', '河南省', '禹州市', '长葛市', '鄢陵县', '襄城县', '河南省许昌市']) {
        expect(rules({ region }), region).toEqual([]);
      }
    });

    it('accepts the divisions of other cities and provinces too', () => {
      for (const region of ['郑州市', '郑州市金水区', '北京市朝阳区', '广西', '延边', '济源']) {
        expect(rules({ region }), region).toEqual([]);
      }
    });

    it('refuses an unknown or missing region', () => {
      expect(rules({ region: '许昌镇' })).toEqual(['region.unknown']);
      expect(rules({ region: '月球' })).toEqual(['region.unknown']);
      expect(rules({ region: '中原' })).toEqual(['region.districtAlone']); // 中原区 of 郑州
      expect(rules({ region: '' })).toEqual(['region.missing']);
    });

    it('refuses divisions that do not lie one inside the other: 许昌郑州', () => {
      const [reason] = checkNameStructure(parts({ region: '许昌郑州' }));
      expect(reason).toMatchObject({ rule: 'region.mismatch' });
      expect(reason!.message.zh).toContain('第七条');
      expect(rules({ region: '河南省郑州市' })).toEqual([]);
    });

    it('allows a district only after its city', () => {
      expect(rules({ region: '魏都区' })).toEqual(['region.districtAlone']);
      expect(rules({ region: '建安区' })).toEqual(['region.districtAlone']);
      expect(rules({ region: '河南魏都区' })).toEqual(['region.districtAlone']);
      expect(rules({ region: '许昌市魏都区' })).toEqual([]);
    });

    it('allows the development zone only together with its region', () => {
      const [reason] = checkNameStructure(parts({ region: '许昌经济技术开发区' }));
      expect(reason).toMatchObject({ rule: 'region.zoneAlone' });
      expect(reason!.message.zh).toContain('第七条');
      expect(reason!.message.en).toContain('Art. 7');
      expect(rules({ region: '许昌市许昌经济技术开发区' })).toEqual([]);
      expect(rules({ region: '许昌市经济技术开发区' })).toEqual([]);
    });
  });

  describe('trade name', () => {
    it('needs at least two Chinese characters', () => {
      expect(rules({ tradeName: '鸿' })).toEqual(['tradeName.tooShort']);
      expect(rules({ tradeName: '' })).toEqual(['tradeName.tooShort']);
    });

    it('refuses pinyin, Latin letters and Arabic digits: 许昌 ABC', () => {
      expect(rules({ tradeName: 'ABC' })).toEqual(['tradeName.notChinese', 'tradeName.tooShort']);
      expect(rules({ tradeName: 'hongzhiye' })).toContain('tradeName.notChinese');
      expect(rules({ tradeName: '鸿之业2' })).toEqual(['tradeName.notChinese']);
      expect(rules({ tradeName: '鸿之业ＡＢ' })).toEqual(['tradeName.notChinese']); // full width too
      expect(rules({ tradeName: '鸿·之业' })).toEqual(['tradeName.notChinese']);
      expect(checkNameStructure(parts({ tradeName: 'ABC' }))[0]!.message.zh).toContain('第五条');
    });

    it('refuses traditional characters (standard characters only)', () => {
      expect(rules({ tradeName: '鴻之業' })).toEqual(['tradeName.traditional']);
      expect(rules({ tradeName: '华著' })).toEqual([]); // 著 is a standard character
      expect(checkNameStructure(parts({ tradeName: '鴻之業' }))[0]!.message.zh).toContain('鸿之业');
    });

    it('refuses a region as trade name: 许昌 许昌', () => {
      expect(rules({ tradeName: '许昌' })).toEqual(['tradeName.isRegion']);
      expect(rules({ tradeName: '长葛市' })).toEqual(['tradeName.isRegion']);
      expect(rules({ tradeName: '河南' })).toEqual(['tradeName.isRegion']);
      expect(checkNameStructure(parts({ tradeName: '许昌' }))[0]!.message.zh).toContain('第八条');
    });

    it('refuses a bare industry term as trade name', () => {
      expect(rules({ tradeName: '科技' })).toEqual(['tradeName.isIndustryTerm']);
      expect(rules({ tradeName: '电气科技', industry: '电梯' })).toEqual(['tradeName.isIndustryTerm']);
      expect(rules({ tradeName: '森源', industry: '电气' })).toEqual([]);
    });
  });

  it('requires an industry term from the classification', () => {
    expect(rules({ industry: '钢结构' })).toEqual(['industry.unknown']);
    expect(rules({ industry: '配件' })).toEqual(['industry.unknown']);
    expect(rules({ industry: '电梯配件' })).toEqual([]);
    expect(rules({ industry: '房地产开发' })).toEqual([]);
    expect(rules({ industry: '生物医药' })).toEqual([]);
    expect(rules({ industry: '智能装备' })).toEqual([]);
  });

  describe('organisational form', () => {
    it('requires a Company Law form', () => {
      expect(rules({ organizationForm: '厂' })).toEqual(['form.unknown']);
      expect(rules({ organizationForm: '' })).toEqual(['form.missing']);
      expect(rules({ organizationForm: '有限责任公司' })).toEqual([]);
    });

    it('must match the enterprise type', () => {
      expect(rules({ organizationForm: '有限公司', enterpriseType: 'llc' })).toEqual([]);
      expect(rules({ organizationForm: '有限责任公司', enterpriseType: 'llc-sole' })).toEqual([]);
      expect(rules({ organizationForm: '有限公司', enterpriseType: 'joint-stock' })).toEqual(['form.mismatch']);
      expect(rules({ organizationForm: '股份有限公司', enterpriseType: 'llc' })).toEqual(['form.mismatch']);
    });
  });

  describe('forbidden and restricted content', () => {
    it('refuses names of Party, state and military organs', () => {
      expect(rules({ tradeName: '公安鸿业' })).toEqual(['content.forbidden']);
      expect(rules({ tradeName: '解放军' })).toEqual(['content.forbidden']);
      const [reason] = checkNameStructure(parts({ tradeName: '国务院' }));
      expect(reason!.message.zh).toContain('党政军机关');
      expect(reason!.message.zh).toContain('第十一条');
    });

    it('refuses foreign countries and international organisations, but not 华美 + 国际', () => {
      expect(rules({ tradeName: '美国鸿业' })).toEqual(['content.forbidden']);
      expect(rules({ tradeName: '联合国' })).toEqual(['content.forbidden']);
      expect(rules({ tradeName: '华美', industry: '国际贸易' })).toEqual([]);
    });

    it('refuses obscene, superstitious, discriminatory and misleading words', () => {
      expect(rules({ tradeName: '鸿运算命', industry: '咨询' })).toEqual(['content.forbidden']);
      expect(rules({ tradeName: '色情' })).toEqual(['content.forbidden']);
      expect(rules({ tradeName: '支那' })).toEqual(['content.forbidden']);
      expect(rules({ tradeName: '特供', industry: '食品' })).toEqual(['content.forbidden']);
      expect(checkNameStructure(parts({ tradeName: '特供' }))[0]!.message.en).toContain('mislead');
    });

    it('refuses the restricted prefixes 中国/中华/中央/全国/国家/国际: 中国鸿之业', () => {
      expect(rules({ tradeName: '中国鸿之业' })).toEqual(['content.restricted']);
      for (const tradeName of ['中华鸿业', '中央鸿业', '全国鸿业', '国家鸿业', '国际鸿业']) {
        expect(rules({ tradeName }), tradeName).toEqual(['content.restricted']);
      }
      expect(checkNameStructure(parts({ tradeName: '中国鸿之业' }))[0]!.message.zh).toContain('国务院批准');
      // Not as a prefix: 国际 qualifying the industry is fine.
      expect(rules({ tradeName: '鸿之业', industry: '国际贸易' })).toEqual([]);
    });
  });
});

describe('compareWithExisting', () => {
  const today = '2026-06-15';
  const existing = (overrides: Partial<ExistingName> = {}): ExistingName => ({
    fullName: '许昌鸿之业新材料有限公司',
    tradeName: '鸿之业',
    industry: '新材料',
    status: 'registered',
    authority: XUCHANG_AUTHORITY,
    ...overrides,
  });

  it('refuses the same trade name in the same industry, traditional or not', () => {
    const found = compareWithExisting(parts({ tradeName: '鴻之業' }), existing(), today);
    expect(found).toMatchObject({ rule: 'name.same', blockingName: '许昌鸿之业新材料有限公司' });
    expect(found!.freeFrom).toBeUndefined();
    expect(found!.message.zh).toContain('许昌鸿之业新材料有限公司');
    expect(compareWithExisting(parts({ tradeName: '鸿 之 业' }), existing(), today)).toMatchObject({ rule: 'name.same' });
  });

  it('ignores region, form and word order: 鸿之业（许昌）新材料有限公司 parsed from the full name', () => {
    const bracketed = existing({ fullName: '鸿之业（许昌）新材料有限公司', tradeName: null, industry: undefined });
    expect(compareWithExisting(parts({ region: '长葛市', organizationForm: '股份有限公司' }), bracketed, today)).toMatchObject({
      rule: 'name.same',
      blockingName: '鸿之业（许昌）新材料有限公司',
    });
  });

  it('refuses the same trade name of a name without an industry part, either way round', () => {
    expect(
      compareWithExisting(parts({ industry: '电气' }), existing({ fullName: '许昌鸿之业有限公司', industry: null }), today),
    ).toMatchObject({
      rule: 'name.same',
    });
    expect(compareWithExisting(parts({ industry: '' }), existing(), today)).toMatchObject({ rule: 'name.same' });
  });

  it('refuses against reserved names', () => {
    expect(compareWithExisting(parts(), existing({ status: 'reserved' }), today)).toMatchObject({ rule: 'name.same' });
  });

  it('refuses against a name revoked 10 months ago, and says when it becomes free', () => {
    const found = compareWithExisting(parts(), existing({ status: 'revoked', statusDate: '2025-08-15' }), today);
    expect(found).toMatchObject({ rule: 'name.same', freeFrom: '2026-08-15' });
    expect(found!.message.zh).toContain('2026-08-15');
    const cancelled = compareWithExisting(
      parts(),
      existing({ status: 'cancelled', statusDate: '2026-01-10T09:30:00+08:00' }),
      today,
    );
    expect(cancelled).toMatchObject({ rule: 'name.same', freeFrom: '2027-01-10' });
  });

  it('frees a name revoked or cancelled a year or more ago: 14 months → available', () => {
    expect(compareWithExisting(parts(), existing({ status: 'revoked', statusDate: '2025-04-15' }), today)).toBeNull();
    expect(compareWithExisting(parts(), existing({ status: 'cancelled', statusDate: '2025-06-15' }), today)).toBeNull();
    expect(compareWithExisting(parts(), existing({ status: 'cancelled', statusDate: '2025-06-16' }), today)).toMatchObject({
      freeFrom: '2026-06-16',
    });
  });

  it('allows the same trade name in an unrelated industry', () => {
    expect(compareWithExisting(parts({ industry: '餐饮' }), existing(), today)).toBeNull();
  });

  it('warns about the same trade name with a synonymous industry: 地产 vs 房地产', () => {
    const realEstate = existing({ fullName: '许昌鸿之业房地产有限公司', industry: '房地产' });
    expect(compareWithExisting(parts({ industry: '地产' }), realEstate, today)).toMatchObject({
      rule: 'name.sameSynonymIndustry',
      blockingName: '许昌鸿之业房地产有限公司',
    });
    expect(compareWithExisting(parts({ industry: '置业' }), realEstate, today)).toMatchObject({
      rule: 'name.sameSynonymIndustry',
    });
    const tech = existing({ fullName: '许昌鸿之业新材料科技有限公司', industry: '新材料科技' });
    expect(compareWithExisting(parts({ industry: '新材料技术' }), tech, today)).toMatchObject({
      rule: 'name.sameSynonymIndustry',
    });
  });

  it('warns about a homophone in the same industry: 宏之业 vs 鸿之业', () => {
    expect(compareWithExisting(parts({ tradeName: '宏之业' }), existing(), today)).toMatchObject({
      rule: 'name.homophone',
      blockingName: '许昌鸿之业新材料有限公司',
    });
    expect(compareWithExisting(parts({ tradeName: '宏之业', industry: '餐饮' }), existing(), today)).toBeNull();
  });

  it('warns when one trade name contains the other: 鸿之业新 vs 鸿之业', () => {
    expect(compareWithExisting(parts({ tradeName: '鸿之业新' }), existing(), today)).toMatchObject({ rule: 'name.contains' });
    expect(compareWithExisting(parts({ tradeName: '之业' }), existing(), today)).toMatchObject({ rule: 'name.contains' });
    expect(compareWithExisting(parts({ tradeName: '鸿达' }), existing(), today)).toBeNull();
    // One shared character is not containment.
    expect(compareWithExisting(parts({ tradeName: '鸿运' }), existing({ tradeName: '鸿' }), today)).toBeNull();
  });

  it('compares only within the same registration authority', () => {
    expect(compareWithExisting(parts(), existing({ authority: '410100' }), today)).toBeNull();
    expect(compareWithExisting(parts({ region: '禹州市' }), existing(), today)).toMatchObject({ rule: 'name.same' });
  });
});

describe('oneYearAfter', () => {
  it('adds a calendar year', () => {
    expect(oneYearAfter('2025-08-15')).toBe('2026-08-15');
    expect(oneYearAfter('2024-02-29')).toBe('2025-03-01');
  });
});

describe('verdictOf', () => {
  it('refused beats similar beats available', () => {
    expect(verdictOf([])).toBe('available');
    expect(verdictOf([{ rule: 'name.contains' }])).toBe('similar');
    expect(verdictOf([{ rule: 'name.contains' }, { rule: 'name.same' }])).toBe('refused');
    expect(verdictOf([{ rule: 'tradeName.tooShort' }])).toBe('refused');
  });
});
