/** At most this many words of a query count; the rest are ignored (a query is ≤ 100 characters anyway). */
export const MAX_SEARCH_TERMS = 8;

/**
 * The words of a catalogue query: split on whitespace (ASCII, ideographic and punctuation
 * spaces people type between Chinese words), duplicates dropped. Every word must occur in
 * the item's search text; a Chinese phrase without spaces is one word, matched as a substring.
 */
export function searchTerms(query: string): string[] {
  const words = query
    .normalize('NFKC')
    .split(/[\s,，、;；]+/u)
    .map((w) => w.trim())
    .filter(Boolean);
  return [...new Set(words.map((w) => w.toLowerCase()))].slice(0, MAX_SEARCH_TERMS);
}

/** At most this many keywords per item, each at most KEYWORD_MAX_LENGTH characters. */
export const MAX_KEYWORDS = 40;
export const KEYWORD_MAX_LENGTH = 50;

/**
 * An item's keywords as an admin types them: one per line or separated by commas (either
 * width) or 、 or semicolons; blanks and repeats dropped, over-long ones cut, at most MAX_KEYWORDS.
 * A keyword may hold spaces ("start a business"): it is found by any query whose words it holds.
 */
export function parseKeywords(text: string): string[] {
  const words = text
    .split(/[\n,，、;；]+/u)
    .map((w) => w.trim().replace(/\s+/g, ' ').slice(0, KEYWORD_MAX_LENGTH))
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_KEYWORDS);
}

/** A `LIKE`/`ILIKE` pattern that finds the word anywhere, its own `%`, `_` and `\` taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
