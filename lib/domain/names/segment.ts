/**
 * Splitting a text into the words of a vocabulary (regions, industry terms). Pure; the
 * vocabularies are module constants, so each one's lookup is built once.
 */
import { remembered } from './remembered';

type VocabularyLookup = {
  words: ReadonlySet<string>;
  maxLength: number;
  /** The texts segmented so far: a register repeats a few hundred industries. */
  segmentations: Map<string, readonly string[] | null>;
};

/**
 * The vocabularies are module constants that a name check segments with dozens of times
 * (every candidate's industry), so each one's word set is built once and what it segmented
 * is remembered.
 */
const lookups = new WeakMap<readonly string[], VocabularyLookup>();
function lookupOf(vocabulary: readonly string[]): VocabularyLookup {
  let lookup = lookups.get(vocabulary);
  if (!lookup) {
    lookup = {
      words: new Set(vocabulary),
      maxLength: Math.max(0, ...vocabulary.map((w) => w.length)),
      segmentations: new Map(),
    };
    lookups.set(vocabulary, lookup);
  }
  return lookup;
}

/**
 * Split `text` entirely into words of `vocabulary` (fewest words, longest first), or null if
 * it cannot be. '新材料科技' → ['新材料', '科技'].
 */
export function segment(text: string, vocabulary: readonly string[]): readonly string[] | null {
  if (text.length === 0) return [];
  const lookup = lookupOf(vocabulary);
  return remembered(lookup.segmentations, text, () => shortestSegmentation(text, lookup));
}

function shortestSegmentation(text: string, { words, maxLength }: VocabularyLookup): string[] | null {
  // best[i]: the shortest segmentation of text.slice(i).
  const best: (string[] | null)[] = new Array(text.length + 1).fill(null);
  best[text.length] = [];
  for (let i = text.length - 1; i >= 0; i--) {
    for (let len = Math.min(maxLength, text.length - i); len >= 1; len--) {
      const word = text.slice(i, i + len);
      const rest = best[i + len];
      if (words.has(word) && rest && (best[i] === null || rest.length + 1 < best[i]!.length)) best[i] = [word, ...rest];
    }
  }
  return best[0];
}

/** The longest word of `vocabulary` that `text` begins with, if any. */
export function longestPrefix(text: string, vocabulary: readonly string[]): string | undefined {
  const { words, maxLength } = lookupOf(vocabulary);
  for (let len = Math.min(maxLength, text.length); len >= 1; len--) {
    const word = text.slice(0, len);
    if (words.has(word)) return word;
  }
  return undefined;
}

/** Is `word` a word of `vocabulary`? */
export function inVocabulary(word: string, vocabulary: readonly string[]): boolean {
  return lookupOf(vocabulary).words.has(word);
}
