/**
 * Name composer and check (DESIGN §5) — the pure part. `checkName` runs the structure rules
 * and compares the proposal with the existing names the database layer supplies (exact
 * normalised matches and pg_trgm nearest names); the database fills `similar` with the
 * trigram scores.
 */
export { composeName, hasSimilarStatement, namePartsOfAnswers, SIMILAR_STATEMENT_MIN_LENGTH } from './compose';
import {
  checkNameStructure,
  compareWithExisting,
  severityOf,
  verdictOf,
  type ExistingName,
  type NameParts,
  type NameReason,
  type NameVerdict,
} from './rules';

export * from './divisions';
export * from './industries';
export * from './normalize';
export * from './reservation';
export * from './rules';
export * from './vocabulary';

export type NameCheckInput = NameParts;

/** The answer of `POST /api/v1/names/check`. */
export type NameCheckResult = {
  verdict: NameVerdict;
  reasons: NameReason[];
  /** The closest existing names by trigram similarity (0–1), filled by the database layer. */
  similar: { name: string; score: number }[];
};

/**
 * Check a proposed name against the rules and the given existing names. Reasons: structure
 * first (in the order of the parts), then the findings against existing names, refusals
 * before similar names. `today` is the zone's date ('YYYY-MM-DD').
 */
export function checkName(input: NameCheckInput, existingCandidates: readonly ExistingName[], today: string): NameCheckResult {
  const structure = checkNameStructure(input);
  const seen = new Set<string>();
  const comparisons: NameReason[] = [];
  for (const existing of existingCandidates) {
    const found = compareWithExisting(input, existing, today);
    if (!found) continue;
    const key = `${found.rule}\u0000${found.blockingName ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    comparisons.push(found);
  }
  const rank = (r: NameReason) => (severityOf(r.rule) === 'refused' ? 0 : 1);
  comparisons.sort((a, b) => rank(a) - rank(b));
  const reasons = [...structure, ...comparisons];
  return { verdict: verdictOf(reasons), reasons, similar: [] };
}
