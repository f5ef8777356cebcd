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

/** A `LIKE`/`ILIKE` pattern that finds the word anywhere, its own `%`, `_` and `\` taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
