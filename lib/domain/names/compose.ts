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

/** The name parts a name-reservation application answers ('region', 'tradeName', 'industry', 'organizationForm'). */
export function namePartsOfAnswers(answers: Readonly<Record<string, unknown>>): NameParts {
  const text = (key: string) => (typeof answers[key] === 'string' ? (answers[key] as string).trim() : '');
  return {
    region: text('region'),
    tradeName: text('tradeName'),
    industry: text('industry') || null,
    organizationForm: text('organizationForm'),
  };
}

/** The shortest statement (characters) that can say why a similar name will not be confused with the others. */
export const SIMILAR_STATEMENT_MIN_LENGTH = 10;

/** Does the answer explain why the name is not confusing (DESIGN §5), long enough to say something? */
export function hasSimilarStatement(answers: Readonly<Record<string, unknown>>): boolean {
  const statement = answers.similarStatement;
  return typeof statement === 'string' && [...statement.trim()].length >= SIMILAR_STATEMENT_MIN_LENGTH;
}
