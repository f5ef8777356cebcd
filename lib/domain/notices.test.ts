import { describe, expect, it } from 'vitest';
import { availableNotices, documentNumber, isNoticeKind, noticeApplies, type NoticeFacts } from './notices';

describe('documentNumber', () => {
  it('follows 机关代字〔年份〕序号号 with the case number as serial', () => {
    expect(documentNumber({ kind: 'acceptance', caseNumber: 'XC-2026-000123', issuedOn: '2026-09-30' })).toBe(
      '许经开受字〔2026〕XC-2026-000123号',
    );
    expect(documentNumber({ kind: 'supplement', caseNumber: 'XC-2026-000123', issuedOn: '2026-09-28' })).toBe(
      '许经开补字〔2026〕XC-2026-000123号',
    );
    expect(documentNumber({ kind: 'refusal', caseNumber: 'XC-2026-000123', issuedOn: '2026-09-28' })).toBe(
      '许经开不受字〔2026〕XC-2026-000123号',
    );
    expect(documentNumber({ kind: 'tolerance', caseNumber: 'XC-2026-000123', issuedOn: '2026-09-30' })).toBe(
      '许经开容字〔2026〕XC-2026-000123号',
    );
  });

  it('takes the year of issue, not of the case number', () => {
    expect(documentNumber({ kind: 'acceptance', caseNumber: 'XC-2026-000999', issuedOn: '2027-01-04' })).toBe(
      '许经开受字〔2027〕XC-2026-000999号',
    );
  });

  it('numbers later supplement rounds apart from the first', () => {
    expect(documentNumber({ kind: 'supplement', caseNumber: 'XC-2026-000123', issuedOn: '2026-10-08', round: 2 })).toBe(
      '许经开补字〔2026〕XC-2026-000123-2号',
    );
    expect(documentNumber({ kind: 'supplement', caseNumber: 'XC-2026-000123', issuedOn: '2026-10-08', round: 1 })).toBe(
      '许经开补字〔2026〕XC-2026-000123号',
    );
  });
});

describe('noticeApplies', () => {
  const base: NoticeFacts = { state: 'submitted', acceptedAt: null, supplementNotices: 0, toleranceObligations: 0 };

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
      }),
    ).toEqual(['acceptance', 'supplement', 'tolerance']);
  });

  it('has no refusal notice for a case refused at another stage (denied, revoked)', () => {
    expect(noticeApplies('refusal', { ...base, state: 'denied' })).toBe(false);
    expect(noticeApplies('refusal', { ...base, state: 'revoked' })).toBe(false);
  });
});

describe('isNoticeKind', () => {
  it('knows the four kinds and nothing else', () => {
    expect(isNoticeKind('acceptance')).toBe(true);
    expect(isNoticeKind('tolerance')).toBe(true);
    expect(isNoticeKind('decision')).toBe(false);
    expect(isNoticeKind(undefined)).toBe(false);
  });
});
