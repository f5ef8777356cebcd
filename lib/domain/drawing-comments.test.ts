import { describe, expect, it } from 'vitest';
import { commentsOnVersion, reviewOpen, settleProblem, visibleToApplicant } from './drawing-comments';

const at = (iso: string) => new Date(iso);

describe('visibleToApplicant', () => {
  const comment = { createdAt: at('2026-11-20T10:00:00+08:00') };

  it('hides a comment while no notice has gone out after it', () => {
    expect(visibleToApplicant(comment, { state: 'in_review', noticesIssuedAt: [] })).toBe(false);
    // A notice issued before the comment says nothing of it.
    expect(visibleToApplicant(comment, { state: 'in_review', noticesIssuedAt: [at('2026-11-19T10:00:00+08:00')] })).toBe(false);
  });

  it('shows a comment once a supplement notice has been issued after it', () => {
    expect(
      visibleToApplicant(comment, {
        state: 'needs_supplement',
        noticesIssuedAt: [at('2026-11-19T10:00:00+08:00'), at('2026-11-21T09:00:00+08:00')],
      }),
    ).toBe(true);
  });

  it('shows every comment once the case is decided, and none before in any other state', () => {
    for (const state of ['approved', 'completed', 'denied'] as const)
      expect(visibleToApplicant(comment, { state, noticesIssuedAt: [] })).toBe(true);
    for (const state of ['accepted', 'in_review', 'suspended', 'needs_supplement', 'submitted', 'refused', 'withdrawn'] as const)
      expect(visibleToApplicant(comment, { state, noticesIssuedAt: [] })).toBe(false);
  });
});

describe('reviewOpen', () => {
  it('closes the review once the case is decided or ended', () => {
    expect(reviewOpen('in_review')).toBe(true);
    expect(reviewOpen('needs_supplement')).toBe(true);
    expect(reviewOpen('suspended')).toBe(true);
    for (const state of ['approved', 'completed', 'denied', 'refused', 'withdrawn', 'revoked'] as const)
      expect(reviewOpen(state)).toBe(false);
  });
});

describe('settleProblem', () => {
  it('settles an open comment of an earlier version', () => {
    expect(settleProblem({ status: 'open', version: 1 }, 2)).toBeNull();
  });
  it('refuses a comment on the current version', () => {
    expect(settleProblem({ status: 'open', version: 2 }, 2)).toBe('notOutdated');
  });
  it('refuses a comment already settled', () => {
    expect(settleProblem({ status: 'resolved', version: 1 }, 2)).toBe('alreadySettled');
    expect(settleProblem({ status: 'carried_over', version: 1 }, 3)).toBe('alreadySettled');
  });
});

describe('commentsOnVersion', () => {
  const v1 = { id: 'm1', version: 1 };
  const v2 = { id: 'm2', version: 2 };
  const comments = [
    { key: 'on v1, open', materialId: 'm1', version: 1, status: 'open' as const, settledMaterialId: null },
    { key: 'on v1, resolved on v2', materialId: 'm1', version: 1, status: 'resolved' as const, settledMaterialId: 'm2' },
    { key: 'on v1, carried to v2', materialId: 'm1', version: 1, status: 'carried_over' as const, settledMaterialId: 'm2' },
    { key: 'on v2', materialId: 'm2', version: 2, status: 'open' as const, settledMaterialId: null },
  ];
  const keys = (shown: { id: string; version: number; current: boolean }) => commentsOnVersion(comments, shown).map((c) => c.key);

  it('puts on an earlier version only what was said of it', () => {
    expect(keys({ ...v1, current: false })).toEqual(['on v1, open', 'on v1, resolved on v2', 'on v1, carried to v2']);
  });

  it('puts on the current version its own comments, the carried-over ones and those still to settle', () => {
    expect(keys({ ...v2, current: true })).toEqual(['on v1, open', 'on v1, carried to v2', 'on v2']);
  });

  it('leaves the open comments of earlier versions off a version that is no longer current', () => {
    expect(keys({ ...v2, current: false })).toEqual(['on v1, carried to v2', 'on v2']);
  });
});
