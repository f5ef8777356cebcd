import { describe, expect, it } from 'vitest';
import {
  containsPattern,
  KEYWORD_MAX_LENGTH,
  MAX_KEYWORDS,
  MAX_SEARCH_TERMS,
  parseKeywords,
  searchTerms,
} from './catalogue-search';

describe('searchTerms', () => {
  it('keeps a Chinese phrase whole and splits on every kind of space and list punctuation', () => {
    expect(searchTerms('消防')).toEqual(['消防']);
    expect(searchTerms('  施工许可 ')).toEqual(['施工许可']);
    expect(searchTerms('施工　许可')).toEqual(['施工', '许可']);
    expect(searchTerms('fire, safety；消防、人防')).toEqual(['fire', 'safety', '消防', '人防']);
  });

  it('folds case and full-width letters, drops duplicates and caps the number of words', () => {
    expect(searchTerms('Fire ＦＩＲＥ fire')).toEqual(['fire']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(MAX_SEARCH_TERMS);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('parseKeywords', () => {
  it('splits on lines, commas of either width, 、 and semicolons, keeping spaces inside a keyword', () => {
    expect(parseKeywords('开办企业\n注册公司，办执照、核名; start  a business ,\n\n')).toEqual([
      '开办企业',
      '注册公司',
      '办执照',
      '核名',
      'start a business',
    ]);
  });

  it('drops repeats, cuts over-long keywords and keeps at most the allowed number', () => {
    expect(parseKeywords('消防, 消防')).toEqual(['消防']);
    expect(parseKeywords('x'.repeat(80))).toEqual(['x'.repeat(KEYWORD_MAX_LENGTH)]);
    expect(parseKeywords(Array.from({ length: 60 }, (_, i) => `k${i}`).join(','))).toHaveLength(MAX_KEYWORDS);
  });
});

describe('containsPattern', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(containsPattern('消防')).toBe('%消防%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
