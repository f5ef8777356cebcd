/**
 * Normalisation of enterprise names (DESIGN §5): "equal" is decided after ignoring brackets,
 * whitespace and punctuation, full/half width and traditional vs simplified characters; the
 * homophone rule compares toneless pinyin. Pure.
 */
import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { compactText } from './compose';
import { findRegions, REGION_SPELLINGS, resolveRegionChain } from './divisions';
import { INDUSTRY_TERMS } from './industries';
import { remembered } from './remembered';
import { inVocabulary, longestPrefix, segment } from './segment';
import { FORM_SPELLINGS } from './vocabulary';

/**
 * Traditional (incl. Hong Kong variants) → mainland simplified; built once. Not 'tw': its
 * variant table also rewrites standard simplified characters (著 → 着).
 */
const toSimplifiedHk = Converter({ from: 'hk', to: 'cn' });

/** Traditional → simplified characters; everything else is left as it is. */
export function toSimplified(s: string): string {
  return toSimplifiedHk(s);
}

export { compactText } from './compose';
export { segment } from './segment';

/**
 * The comparison key of a trade name (or any part of a name): full → half width, whitespace,
 * punctuation and brackets removed, traditional → simplified, Latin letters lower-cased.
 */
export function normalizeTradeName(s: string): string {
  return remembered(normalizedCache, s, () => toSimplified(compactText(s)).toLowerCase());
}

const normalizedCache = new Map<string, string>();
const pinyinCache = new Map<string, string>();
const readingsCache = new Map<string, Set<string>>();

/** Is `s` written only in Chinese (Han) characters? */
export function isAllHan(s: string): boolean {
  return /^\p{Script=Han}+$/u.test(s);
}

/** The number of Chinese characters in `s`. */
export function hanCount(s: string): number {
  return (s.match(/\p{Script=Han}/gu) ?? []).length;
}

const PINYIN_OPTIONS = { toneType: 'none', type: 'array', v: true } as const;

/**
 * Toneless pinyin of a trade name, syllables separated by spaces ('鸿之业' → 'hong zhi ye'),
 * reading polyphonic characters as pinyin-pro does in context. For display and indexing;
 * `isHomophone` also considers the other readings.
 */
export function tradeNamePinyin(s: string): string {
  const normalized = normalizeTradeName(s);
  return remembered(pinyinCache, normalized, () => pinyin(normalized, PINYIN_OPTIONS).join(' '));
}

/** All toneless readings of each character of `normalized`. */
function readings(normalized: string): Set<string>[] {
  return [...normalized].map((ch) =>
    remembered(readingsCache, ch, () => {
      const all = pinyin(ch, { ...PINYIN_OPTIONS, multiple: true });
      return new Set(all.length > 0 ? all : [ch]);
    }),
  );
}

/**
 * Do two trade names sound the same (ignoring tones)? Character by character, some reading of
 * one must equal some reading of the other, so a polyphonic character (长 cháng/zhǎng) matches
 * either reading. Equal names are homophones too; the caller decides whether that matters.
 */
export function isHomophone(a: string, b: string): boolean {
  const na = normalizeTradeName(a);
  const nb = normalizeTradeName(b);
  if (na.length === 0 || [...na].length !== [...nb].length) return false;
  if (tradeNamePinyin(na) === tradeNamePinyin(nb)) return true;
  const ra = readings(na);
  const rb = readings(nb);
  return ra.every((set, i) => [...set].some((r) => rb[i]!.has(r)));
}

export type ParsedName = {
  region: string | null;
  tradeName: string | null;
  industry: string | null;
  form: string | null;
};

const BRACKETED = /\(([^()]*)\)/u;

/**
 * Split a registered name into its parts, as well as the vocabulary allows:
 * '许昌鸿之业新材料有限公司' and '鸿之业（许昌）新材料有限公司' both give
 * { region: '许昌', tradeName: '鸿之业', industry: '新材料', form: '有限公司' }.
 * The region may lead the name or follow the trade name in brackets; the industry is what
 * remains between trade name and form when it is made of known industry terms. Parts that
 * cannot be told apart are null (an unknown industry stays inside the trade name's text:
 * tradeName is then the whole remainder and industry null). Characters are kept as written
 * apart from width and whitespace; compare with `normalizeTradeName`.
 */
export function parseFullName(
  fullName: string,
  knownRegions: readonly string[] = REGION_SPELLINGS,
  knownForms: readonly string[] = FORM_SPELLINGS,
  knownIndustries: readonly string[] = INDUSTRY_TERMS,
): ParsedName {
  // Width and whitespace only: brackets still matter here. Known words are matched simplified.
  let rest = fullName
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[【〔［\[]/gu, '(')
    .replace(/[】〕］\]]/gu, ')');
  const simplified = (s: string) => toSimplified(s);

  let form: string | null = null;
  const formMatch = [...knownForms].sort((a, b) => b.length - a.length).find((f) => simplified(rest).endsWith(f));
  if (formMatch) {
    form = formMatch;
    rest = rest.slice(0, rest.length - formMatch.length);
  }

  let region: string | null = null;
  let tradeName: string | null = null;
  let industry: string | null = null;

  // Region in brackets after the trade name: 鸿之业（许昌）新材料.
  const bracket = BRACKETED.exec(rest);
  if (bracket && inVocabulary(simplified(bracket[1]!), knownRegions)) {
    region = bracket[1]!;
    const before = rest.slice(0, bracket.index);
    const after = rest.slice(bracket.index + bracket[0].length);
    if (before.length > 0 && after.length > 0) {
      return { region, tradeName: before, industry: after, form };
    }
    rest = before + after;
  } else {
    // Region leading the name, possibly province + city (河南省许昌市…): each next division
    // inside the one before, so that a trade name such as 东方红 after 许昌 stays whole.
    const taken: string[] = [];
    let leading = '';
    for (;;) {
      const r = longestPrefix(simplified(rest), knownRegions);
      if (!r || rest.length - r.length < 2) break;
      if (taken.length > 0 && findRegions(r).length > 0 && !resolveRegionChain([...taken, r])) break;
      taken.push(r);
      leading += rest.slice(0, r.length);
      rest = rest.slice(r.length);
    }
    if (leading) region = leading;
  }
  rest = rest.replace(/[()]/gu, '');
  if (rest.length === 0) return { region, tradeName: null, industry: null, form };

  // Industry: the longest tail made of known industry terms that leaves a trade name of ≥ 2 characters.
  const simplifiedRest = simplified(rest);
  for (let cut = 2; cut < rest.length; cut++) {
    if (segment(simplifiedRest.slice(cut), knownIndustries)) {
      tradeName = rest.slice(0, cut);
      industry = rest.slice(cut);
      break;
    }
  }
  if (tradeName === null) tradeName = rest;
  return { region, tradeName, industry, form };
}
