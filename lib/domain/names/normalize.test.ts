import { describe, expect, it } from 'vitest';
import { isHomophone, normalizeTradeName, parseFullName, segment, toSimplified, tradeNamePinyin } from './normalize';
import { INDUSTRY_TERMS } from './industries';

describe('normalizeTradeName', () => {
  it('turns traditional into simplified characters', () => {
    expect(normalizeTradeName('鴻之業')).toBe('鸿之业');
    expect(normalizeTradeName('華潤置業')).toBe('华润置业');
    expect(toSimplified('臺灣')).toBe('台湾');
  });

  it('ignores full/half width, whitespace, punctuation and brackets', () => {
    expect(normalizeTradeName(' 鸿 之·业 ')).toBe('鸿之业');
    expect(normalizeTradeName('（鸿之业）')).toBe('鸿之业');
    expect(normalizeTradeName('【鸿之业】')).toBe('鸿之业');
    expect(normalizeTradeName('ＡＢＣ１２３')).toBe('abc123');
    expect(normalizeTradeName('鸿之业\u3000')).toBe('鸿之业');
  });

  it('leaves simplified names as they are', () => {
    expect(normalizeTradeName('许继')).toBe('许继');
    expect(normalizeTradeName('瑞贝卡')).toBe('瑞贝卡');
    expect(normalizeTradeName('华著')).toBe('华著');
    expect(normalizeTradeName('裡昂')).toBe('里昂');
  });
});

describe('tradeNamePinyin and isHomophone', () => {
  it('gives toneless pinyin', () => {
    expect(tradeNamePinyin('鸿之业')).toBe('hong zhi ye');
    expect(tradeNamePinyin('鴻之業')).toBe('hong zhi ye');
  });

  it('finds homophones written with other characters', () => {
    expect(isHomophone('宏之业', '鸿之业')).toBe(true);
    expect(isHomophone('红之叶', '鸿之业')).toBe(true);
    expect(isHomophone('鸿之业', '鸿之叶')).toBe(true);
  });

  it('lets a polyphonic character match either reading', () => {
    expect(isHomophone('长盛', '常盛')).toBe(true); // 长 cháng
    expect(isHomophone('长盛', '涨盛')).toBe(true); // 长 zhǎng
  });

  it('tells different sounds and lengths apart', () => {
    expect(isHomophone('鸿之业', '鸿达业')).toBe(false);
    expect(isHomophone('鸿之业', '鸿业')).toBe(false);
    expect(isHomophone('', '')).toBe(false);
  });
});

describe('segment', () => {
  it('splits compound industries into known terms', () => {
    expect(segment('新材料科技', INDUSTRY_TERMS)).toEqual(['新材料', '科技']);
    expect(segment('房地产', INDUSTRY_TERMS)).toEqual(['房地产']);
    expect(segment('钢结构', INDUSTRY_TERMS)).toBeNull();
    expect(segment('', INDUSTRY_TERMS)).toEqual([]);
  });
});

describe('parseFullName', () => {
  it('splits region + trade name + industry + form', () => {
    expect(parseFullName('许昌鸿之业新材料有限公司')).toEqual({
      region: '许昌',
      tradeName: '鸿之业',
      industry: '新材料',
      form: '有限公司',
    });
  });

  it('reads the region in brackets after the trade name', () => {
    expect(parseFullName('鸿之业（许昌）新材料有限公司')).toEqual({
      region: '许昌',
      tradeName: '鸿之业',
      industry: '新材料',
      form: '有限公司',
    });
    expect(parseFullName('鸿之业(许昌)新材料有限公司')).toMatchObject({ region: '许昌', tradeName: '鸿之业' });
  });

  it('handles province + city, compound industries and the longest form', () => {
    expect(parseFullName('河南省许昌市鸿之业新材料科技股份有限公司')).toEqual({
      region: '河南省许昌市',
      tradeName: '鸿之业',
      industry: '新材料科技',
      form: '股份有限公司',
    });
    expect(parseFullName('长葛市黄河电气有限责任公司')).toEqual({
      region: '长葛市',
      tradeName: '黄河',
      industry: '电气',
      form: '有限责任公司',
    });
  });

  it('gives null for a missing industry part or an unknown form', () => {
    expect(parseFullName('许昌鸿之业有限公司')).toEqual({
      region: '许昌',
      tradeName: '鸿之业',
      industry: null,
      form: '有限公司',
    });
    expect(parseFullName('许昌鸿之业新材料厂')).toMatchObject({ form: null });
    expect(parseFullName('鸿之业新材料有限公司')).toEqual({
      region: null,
      tradeName: '鸿之业',
      industry: '新材料',
      form: '有限公司',
    });
  });

  it('keeps an unknown industry inside the trade name', () => {
    expect(parseFullName('许昌市魏都区鸿之业钢结构有限公司')).toEqual({
      region: '许昌市魏都区',
      tradeName: '鸿之业钢结构',
      industry: null,
      form: '有限公司',
    });
  });

  it('recognises traditional spellings and accepts other vocabularies', () => {
    expect(parseFullName('許昌鴻之業新材料有限公司')).toEqual({
      region: '許昌',
      tradeName: '鴻之業',
      industry: '新材料',
      form: '有限公司',
    });
    expect(parseFullName('郑州宇通客车股份有限公司', ['郑州'], ['股份有限公司'], ['客车'])).toEqual({
      region: '郑州',
      tradeName: '宇通',
      industry: '客车',
      form: '股份有限公司',
    });
  });
});
