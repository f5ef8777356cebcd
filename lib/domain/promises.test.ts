import { describe, expect, it } from 'vitest';
import { clausesByVerifier, materialsReplaced, numberClauses, promiseOffered, promiseRefusal, type PromiseClause } from './promises';

const clause = (code: string, replaces: string[] = [], department?: string): PromiseClause => ({
  code,
  zh: `条件${code}`,
  en: `Condition ${code}`,
  replaces,
  ...(department ? { department } : {}),
});
const item = { allowsPromise: true, promiseClauses: [clause('P1', ['layout']), clause('P2', ['rules', 'staff'], 'fire'), clause('P3')] };

describe('promise clauses', () => {
  it('keep their codes across edits and give new clauses the next free number', () => {
    const numbered = numberClauses([{ zh: 'a', en: 'a', code: 'P2' }, { zh: 'b', en: 'b' }, { zh: 'c', en: 'c', replaces: ['x'] }]);
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
