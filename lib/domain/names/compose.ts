/**
 * Composing a name from its parts. Kept free of the conversion libraries (opencc-js,
 * pinyin-pro) so the name composer in the browser does not download them.
 */
import type { NameParts } from './rules';

/** Whitespace, punctuation (brackets included) and symbols. */
const IGNORED = /[\s\p{P}\p{S}]/gu;

/** NFKC (full → half width), then whitespace and punctuation removed, without changing characters. */
export function compactText(s: string): string {
  return s.normalize('NFKC').replace(IGNORED, '');
}

/**
 * The full name the parts compose: region + trade name + industry + form, or with the region
 * in brackets after the trade name ('鸿之业（许昌）新材料有限公司').
 */
export function composeName(parts: NameParts, options: { regionInBrackets?: boolean } = {}): string {
  const region = compactText(parts.region);
  const trade = parts.tradeName.trim();
  const industry = (parts.industry ?? '').trim();
  const form = parts.organizationForm.trim();
  return options.regionInBrackets && region ? `${trade}（${region}）${industry}${form}` : `${region}${trade}${industry}${form}`;
}
