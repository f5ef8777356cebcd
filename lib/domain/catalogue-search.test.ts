import { describe, expect, it } from 'vitest';
import { containsPattern, MAX_SEARCH_TERMS, searchTerms } from './catalogue-search';

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

describe('containsPattern', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(containsPattern('消防')).toBe('%消防%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
