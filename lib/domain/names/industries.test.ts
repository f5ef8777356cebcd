import { describe, expect, it } from 'vitest';
import { GBT_4754_2017 } from './data/gbt-4754-2017';
import { INDUSTRY_CLASSIFICATION, INDUSTRY_TERMS, industryClass, isIndustryExpression } from './industries';
import { segment } from './segment';

describe('GB/T 4754—2017', () => {
  it('has every level of the standard: 20 门类, 97 大类, 473 中类, 1,381 小类', () => {
    const count = (level: string) => INDUSTRY_CLASSIFICATION.filter((c) => c.level === level).length;
    expect(count('section')).toBe(20);
    expect(count('division')).toBe(97);
    expect(count('group')).toBe(473);
    expect(count('class')).toBe(1381);
    expect(new Set(GBT_4754_2017.map(([code]) => code)).size).toBe(GBT_4754_2017.length);
    expect(
      INDUSTRY_CLASSIFICATION.filter((c) => c.level === 'section')
        .map((c) => c.code)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('lists every code after its parent, under the right section', () => {
    const seen = new Set<string>();
    for (const c of INDUSTRY_CLASSIFICATION) {
      if (c.level === 'group' || c.level === 'class') expect(seen.has(c.code.slice(0, c.code.length - 1)), c.code).toBe(true);
      seen.add(c.code);
    }
    // Division ranges of a few sections, as the standard draws them.
    expect(industryClass('01')?.section).toBe('A');
    expect(industryClass('13')?.section).toBe('C');
    expect(industryClass('43')?.section).toBe('C');
    expect(industryClass('44')?.section).toBe('D');
    expect(industryClass('65')?.section).toBe('I');
    expect(industryClass('97')?.section).toBe('T');
  });

  it('knows the codes of the zone’s industries', () => {
    expect(industryClass('C')).toMatchObject({ name: '制造业', level: 'section' });
    expect(industryClass('34')).toMatchObject({ name: '通用设备制造业', level: 'division', section: 'C' });
    expect(industryClass('343')).toMatchObject({ name: '物料搬运设备制造', level: 'group' });
    expect(industryClass('3435')).toMatchObject({ name: '电梯、自动扶梯及升降机制造', level: 'class', section: 'C' });
    expect(industryClass('3741')).toMatchObject({ name: '飞机制造' });
    expect(industryClass('3823')).toMatchObject({ name: '配电开关控制设备制造' });
    expect(industryClass('2761')).toMatchObject({ name: '生物药品制造' });
    expect(industryClass('5292')).toMatchObject({ name: '互联网零售', section: 'F' });
    expect(industryClass('6513')).toMatchObject({ name: '应用软件开发', section: 'I' });
    // A group the standard does not subdivide has the name of its single class.
    expect(industryClass('970')).toMatchObject({ name: '国际组织', level: 'group' });
    expect(industryClass('9700')).toMatchObject({ name: '国际组织', level: 'class' });
  });
});

describe('isIndustryExpression', () => {
  it('accepts classification terms, with or without punctuation, and their parts', () => {
    for (const industry of [
      '电梯自动扶梯及升降机制造',
      '配电开关控制设备制造',
      '互联网零售',
      '电梯',
      '升降机',
      '中药饮片',
      '变压器',
    ]) {
      expect(isIndustryExpression(industry), industry).toBe(true);
    }
  });

  it('accepts customary terms followed by ordinary qualifiers', () => {
    for (const industry of ['电梯配件', '电力设备安装', '生物医药科技', '新材料科技', '智能装备制造', '电子商务', '冷链物流']) {
      expect(isIndustryExpression(industry), industry).toBe(true);
    }
  });

  it('accepts the customary terms of the zone’s building, energy and equipment firms', () => {
    for (const industry of ['绿色建材', '新型墙材', '装配式建筑科技', '数字能源科技', '储能系统集成', '精密机械', '光电科技']) {
      expect(isIndustryExpression(industry), industry).toBe(true);
    }
  });

  it('refuses words outside the vocabulary and qualifiers on their own', () => {
    for (const industry of ['澄翰岚', '宇宙第一', '配件', '设备配件', '钢结构']) {
      expect(isIndustryExpression(industry), industry).toBe(false);
    }
  });

  it('offers no public-administration words to enterprise names (sections S and T)', () => {
    expect(INDUSTRY_TERMS).not.toContain('国家权力机构');
    expect(INDUSTRY_TERMS).not.toContain('国际组织');
  });

  it('splits an industry into words once and remembers it', () => {
    expect(segment('电梯配件', INDUSTRY_TERMS)).toEqual(['电梯', '配件']);
    expect(segment('电梯配件', INDUSTRY_TERMS)).toBe(segment('电梯配件', INDUSTRY_TERMS));
  });
});
