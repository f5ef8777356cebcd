import { describe, expect, it } from 'vitest';
import { materialUploadWindow, STAFF_VISIBLE_STATES, walletAttachOpen } from './case-access';
import { CASE_STATES } from './workflow';

const member = { member: true, clerk: false };
const clerk = { member: false, clerk: true };
const neither = { member: false, clerk: false };

describe('STAFF_VISIBLE_STATES', () => {
  it('is every state but draft', () => {
    expect(STAFF_VISIBLE_STATES).not.toContain('draft');
    expect(STAFF_VISIBLE_STATES).toHaveLength(CASE_STATES.length - 1);
  });
});

describe('materialUploadWindow', () => {
  it('lets a member change any material while the case is a draft or needs a supplement', () => {
    expect(materialUploadWindow('draft', member)).toBe('open');
    expect(materialUploadWindow('needs_supplement', member)).toBe('open');
    expect(materialUploadWindow('submitted', member)).toBe('closed');
  });

  it('lets a member supply only a tolerated material after acceptance, even once completed', () => {
    for (const state of ['accepted', 'in_review', 'suspended', 'approved', 'completed'] as const) {
      expect(materialUploadWindow(state, member)).toBe('tolerated-only');
    }
  });

  it('lets a clerk change materials in any state but a final one, then only tolerated ones of a completed case', () => {
    expect(materialUploadWindow('submitted', clerk)).toBe('open');
    expect(materialUploadWindow('in_review', clerk)).toBe('open');
    expect(materialUploadWindow('completed', clerk)).toBe('tolerated-only');
    for (const state of ['refused', 'denied', 'withdrawn', 'revoked'] as const)
      expect(materialUploadWindow(state, clerk)).toBe('closed');
  });

  it('is closed to anyone else and to everyone once refused', () => {
    for (const state of CASE_STATES) expect(materialUploadWindow(state, neither)).toBe('closed');
    expect(materialUploadWindow('refused', member)).toBe('closed');
  });
});

describe('walletAttachOpen', () => {
  it('follows the applicant’s own editing states', () => {
    expect(CASE_STATES.filter(walletAttachOpen)).toEqual(['draft', 'needs_supplement']);
  });
});
