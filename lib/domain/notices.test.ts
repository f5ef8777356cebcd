import { describe, expect, it } from 'vitest';
import {
  availableNotices,
  documentNumber,
  isNoticeKind,
  noticeApplies,
  noticeFactsOf,
  noticesIssuedBy,
  type NoticeFacts,
} from './notices';

describe('documentNumber', () => {
  it('follows 机关代字〔年份〕第序号号 with a serial of its own kind, never the case number', () => {
    expect(documentNumber({ kind: 'acceptance', year: 2026, serial: 15 })).toBe('许经开受字〔2026〕第15号');
    expect(documentNumber({ kind: 'supplement', year: 2026, serial: 15 })).toBe('许经开补字〔2026〕第15号');
    expect(documentNumber({ kind: 'refusal', year: 2027, serial: 1 })).toBe('许经开不受字〔2027〕第1号');
    expect(documentNumber({ kind: 'tolerance', year: 2026, serial: 230 })).toBe('许经开容字〔2026〕第230号');
    expect(documentNumber({ kind: 'supplement', year: 2026, serial: 44 })).not.toMatch(/XC-/);
  });

  it('refuses a serial that no sequence gives', () => {
    expect(() => documentNumber({ kind: 'acceptance', year: 2026, serial: 0 })).toThrow(RangeError);
    expect(() => documentNumber({ kind: 'acceptance', year: 2026, serial: 1.5 })).toThrow(RangeError);
  });
});

describe('noticesIssuedBy', () => {
  it('says which notices each act issues', () => {
    expect(noticesIssuedBy('accept')).toEqual(['acceptance']);
    expect(noticesIssuedBy('accept_with_tolerance')).toEqual(['acceptance', 'tolerance']);
    expect(noticesIssuedBy('request_supplement')).toEqual(['supplement']);
    expect(noticesIssuedBy('refuse')).toEqual(['refusal']);
    expect(noticesIssuedBy('issue')).toEqual([]);
  });
});

describe('noticeApplies', () => {
  const base: NoticeFacts = {
    state: 'submitted',
    acceptedAt: null,
    supplementNotices: 0,
    toleranceObligations: 0,
    combined: false,
  };

  it('offers nothing for a case just submitted', () => {
    expect(availableNotices(base)).toEqual([]);
  });

  it('offers each notice once its act has happened', () => {
    expect(noticeApplies('acceptance', { ...base, state: 'in_review', acceptedAt: '2026-09-30T02:00:00.000Z' })).toBe(true);
    expect(noticeApplies('supplement', { ...base, state: 'needs_supplement', supplementNotices: 1 })).toBe(true);
    expect(noticeApplies('refusal', { ...base, state: 'refused' })).toBe(true);
    expect(
      availableNotices({
        state: 'accepted',
        acceptedAt: '2026-09-30T02:00:00.000Z',
        supplementNotices: 1,
        toleranceObligations: 2,
        combined: false,
      }),
    ).toEqual(['acceptance', 'supplement', 'tolerance']);
  });

  it('has no refusal notice for a case refused at another stage (denied, revoked)', () => {
    expect(noticeApplies('refusal', { ...base, state: 'denied' })).toBe(false);
    expect(noticeApplies('refusal', { ...base, state: 'revoked' })).toBe(false);
  });

  it("has the joint decision and denial documents for a combined approval's outcome only", () => {
    expect(noticeApplies('decision', { ...base, state: 'completed', combined: true })).toBe(true);
    expect(noticeApplies('decision', { ...base, state: 'revoked', combined: true })).toBe(true);
    expect(noticeApplies('decision', { ...base, state: 'approved', combined: true })).toBe(false);
    expect(noticeApplies('decision', { ...base, state: 'completed' })).toBe(false);
    expect(noticeApplies('denial', { ...base, state: 'denied', combined: true })).toBe(true);
    expect(noticeApplies('denial', { ...base, state: 'denied' })).toBe(false);
  });
});

describe('noticeFactsOf', () => {
  it('counts the supplement notices and the tolerance obligations only', () => {
    const facts = noticeFactsOf({
      state: 'needs_supplement',
      acceptedAt: null,
      combined: true,
      notices: [{}, {}],
      obligations: [{ kind: 'tolerance' }, { kind: 'promise' }],
    });
    expect(facts).toEqual({
      state: 'needs_supplement',
      acceptedAt: null,
      supplementNotices: 2,
      toleranceObligations: 1,
      combined: true,
    });
  });
});

describe('isNoticeKind', () => {
  it('knows the four kinds and nothing else', () => {
    expect(isNoticeKind('acceptance')).toBe(true);
    expect(isNoticeKind('tolerance')).toBe(true);
    expect(isNoticeKind('decision')).toBe(true);
    expect(isNoticeKind('verdict')).toBe(false);
    expect(isNoticeKind(undefined)).toBe(false);
  });
});
