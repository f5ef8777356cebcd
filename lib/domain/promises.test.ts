import { describe, expect, it } from 'vitest';
import {
  verificationVerdict,
  clausesByVerifier,
  materialsReplaced,
  numberClauses,
  promiseOffered,
  promiseRefusal,
  type PromiseClause,
} from './promises';

const clause = (code: string, replaces: string[] = [], department?: string): PromiseClause => ({
  code,
  zh: `条件${code}`,
  en: `Condition ${code}`,
  replaces,
  ...(department ? { department } : {}),
});
const item = {
  allowsPromise: true,
  promiseClauses: [clause('P1', ['layout']), clause('P2', ['rules', 'staff'], 'fire'), clause('P3')],
};

describe('promise clauses', () => {
  it('keep their codes across edits and give new clauses the next free number', () => {
    const numbered = numberClauses([
      { zh: 'a', en: 'a', code: 'P2' },
      { zh: 'b', en: 'b' },
      { zh: 'c', en: 'c', replaces: ['x'] },
    ]);
    expect(numbered.map((c) => c.code)).toEqual(['P2', 'P1', 'P3']);
    expect(numbered[2].replaces).toEqual(['x']);
    expect(numbered[0].replaces).toEqual([]);
  });

  it('are offered only by items that allow promises and have clauses', () => {
    expect(promiseOffered(item)).toBe(true);
    expect(promiseOffered({ ...item, allowsPromise: false })).toBe(false);
    expect(promiseOffered({ allowsPromise: true, promiseClauses: [] })).toBe(false);
  });

  it('must all be promised, by an enterprise without a credit record, naming only clauses of the item', () => {
    expect(promiseRefusal(item, ['P1', 'P2', 'P3'], false)).toBeNull();
    expect(promiseRefusal(item, ['P1', 'P3'], false)).toBe('clauseNotPromised');
    expect(promiseRefusal(item, ['P1', 'P2', 'P3', 'P9'], false)).toBe('unknownClause');
    expect(promiseRefusal(item, ['P1', 'P2', 'P3'], true)).toBe('enterpriseDiscredited');
    expect(promiseRefusal({ ...item, allowsPromise: false }, ['P1', 'P2', 'P3'], false)).toBe('promiseNotAllowed');
  });

  it('replace the materials they name, and are verified by their department or the lead one', () => {
    expect([...materialsReplaced(item.promiseClauses, ['P1', 'P2'])].sort()).toEqual(['layout', 'rules', 'staff']);
    expect(materialsReplaced(item.promiseClauses, []).size).toBe(0);
    const groups = clausesByVerifier(item.promiseClauses, ['P1', 'P2', 'P3'], 'market');
    expect([...groups.keys()]).toEqual(['market', 'fire']);
    expect(groups.get('market')!.map((c) => c.code)).toEqual(['P1', 'P3']);
  });
});

describe('a verification verdict', () => {
  const ids = ['a', 'b'];
  it('is compliant only when every promise was found kept, once each', () => {
    const kept = (id: string) => ({ obligationId: id, compliant: true, note: '' });
    expect(verificationVerdict(ids, [kept('a'), kept('b')], '')).toEqual({ ok: true, verdict: 'compliant' });
    expect(verificationVerdict(ids, [kept('a')], '')).toEqual({ ok: false, problems: { findings: 'findingMissing' } });
    expect(verificationVerdict(ids, [kept('a'), kept('a'), kept('b')], '')).toEqual({
      ok: false,
      problems: { findings: 'findingMissing' },
    });
    expect(verificationVerdict(ids, [kept('a'), kept('b'), kept('z')], '')).toEqual({
      ok: false,
      problems: { 'findings.2.obligationId': 'unknownObligation' },
    });
  });

  it('is a breach when one promise was untrue, which needs a note and a reason', () => {
    const findings = [
      { obligationId: 'a', compliant: true, note: '' },
      { obligationId: 'b', compliant: false, note: '现场无冷藏设施' },
    ];
    expect(verificationVerdict(ids, findings, '承诺不实')).toEqual({ ok: true, verdict: 'breached' });
    expect(verificationVerdict(ids, findings, ' ')).toEqual({ ok: false, problems: { verdictReason: 'reasonRequired' } });
    expect(verificationVerdict(ids, [findings[0], { ...findings[1], note: '' }], '承诺不实')).toEqual({
      ok: false,
      problems: { 'findings.1.note': 'noteRequired' },
    });
  });
});
