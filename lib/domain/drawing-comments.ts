/**
 * Rules of the combined drawing review (多图联审, DESIGN §7): departments pin comments to the
 * shared drawing set, each upload of the set is a new version, and each open comment of an
 * earlier version is settled on the newer one. Pure: the data layer loads, these decide.
 */
import type { CaseState } from './workflow';

export const DRAWING_COMMENT_STATUSES = ['open', 'resolved', 'carried_over'] as const;
export type DrawingCommentStatus = (typeof DRAWING_COMMENT_STATUSES)[number];
/** What a department says of its open comment once a newer version exists. */
export const SETTLE_OUTCOMES = ['resolved', 'carried_over'] as const;
export type SettleOutcome = (typeof SETTLE_OUTCOMES)[number];

export const DRAWING_COMMENT_MAX_LENGTH = 2000;

/** States in which the case has its decision: the review is over, and the applicant reads every comment. */
const DECIDED: readonly CaseState[] = ['approved', 'completed', 'denied'];
/** After a decision, or once the case ended without one, nobody comments or settles any more. */
const REVIEW_CLOSED: readonly CaseState[] = [...DECIDED, 'refused', 'withdrawn', 'revoked'];

export function reviewOpen(state: CaseState): boolean {
  return !REVIEW_CLOSED.includes(state);
}

/**
 * Whether the applicant's enterprise may read a comment. Reviewers work out their positions
 * among themselves first; the applicant learns of a comment through the supplement notice
 * that follows it (the one-time notice carries the departments' requests) or, failing that,
 * from the decision — never while a comment may still be withdrawn or merged.
 */
export function visibleToApplicant(
  comment: { createdAt: Date },
  c: { state: CaseState; noticesIssuedAt: readonly Date[] },
): boolean {
  if (DECIDED.includes(c.state)) return true;
  return c.noticesIssuedAt.some((issued) => issued.getTime() > comment.createdAt.getTime());
}

export type SettleProblem = 'alreadySettled' | 'notOutdated';

/**
 * Whether a comment may be settled now: it is still open, and a newer version of the set than
 * the one it was made on exists (a comment on the current version has nothing to be settled against).
 */
export function settleProblem(
  comment: { status: DrawingCommentStatus; version: number },
  currentVersion: number,
): SettleProblem | null {
  if (comment.status !== 'open') return 'alreadySettled';
  if (comment.version >= currentVersion) return 'notOutdated';
  return null;
}

type Placed = { materialId: string; version: number; status: DrawingCommentStatus; settledMaterialId: string | null };

/**
 * The comments that belong on the sheets of one version: those made on it and those carried
 * over to it; on the current version also the open ones of earlier versions, which wait for
 * their department to settle them.
 */
export function commentsOnVersion<T extends Placed>(
  comments: readonly T[],
  shown: { id: string; version: number; current: boolean },
): T[] {
  return comments.filter(
    (c) =>
      c.materialId === shown.id ||
      (c.status === 'carried_over' && c.settledMaterialId === shown.id) ||
      (shown.current && c.status === 'open' && c.version < shown.version),
  );
}
