import { describe, expect, it } from 'vitest';
import { combinedOutcome, type CombinedOutcome, type OutcomeTask } from './combined-outcome';

const task = (decision: OutcomeTask['decision'], veto = false): OutcomeTask => ({ decision, veto });

describe('combinedOutcome: one example per class of DESIGN §7', () => {
  const cases: [string, OutcomeTask[], CombinedOutcome][] = [
    ['no tasks at all', [], 'not_required'],
    ['every task not required', [task('not_required'), task('not_required', true)], 'not_required'],
    ['one task still pending', [task('approved'), task('pending')], 'pending'],
    ['all pending', [task('pending', true), task('pending')], 'pending'],
    ['a veto denial while others are pending', [task('pending'), task('denied', true), task('pending')], 'denied'],
    ['a veto denial beside approvals', [task('approved'), task('denied', true)], 'denied'],
    ['a denial without veto waits for the pending tasks', [task('denied'), task('pending', true)], 'pending'],
    ['a denial without veto once everyone decided', [task('denied'), task('approved', true)], 'denied'],
    [
      'a revision request wins over approvals',
      [task('approved'), task('revision_required'), task('approved_with_conditions')],
      'revision_required',
    ],
    ['a revision request still waits for pending tasks', [task('revision_required'), task('pending')], 'pending'],
    ['a veto holder asking for revision does not deny', [task('revision_required', true), task('approved')], 'revision_required'],
    ['denial beats a revision request', [task('revision_required'), task('denied')], 'denied'],
    ['conditions beat a plain approval', [task('approved'), task('approved_with_conditions', true)], 'approved_with_conditions'],
    ['approved beats not required', [task('not_required'), task('approved')], 'approved'],
    ['a single approval', [task('approved', true)], 'approved'],
  ];
  for (const [name, tasks, expected] of cases) {
    it(`${name} → ${expected}`, () => expect(combinedOutcome(tasks)).toBe(expected));
  }
});

/**
 * An independent statement of the rule, written as a decision list over counts rather than
 * severities, checked against the module for every combination of up to three tasks.
 */
function oracle(tasks: OutcomeTask[]): CombinedOutcome {
  const count = (d: OutcomeTask['decision']) => tasks.filter((t) => t.decision === d).length;
  if (tasks.filter((t) => t.veto && t.decision === 'denied').length > 0) return 'denied';
  if (count('pending') > 0) return 'pending';
  if (count('denied') > 0) return 'denied';
  if (count('revision_required') > 0) return 'revision_required';
  if (count('approved_with_conditions') > 0) return 'approved_with_conditions';
  if (count('approved') > 0) return 'approved';
  return 'not_required';
}

describe('combinedOutcome agrees with an independent statement of the rule', () => {
  const decisions: OutcomeTask['decision'][] = [
    'pending',
    'denied',
    'revision_required',
    'approved_with_conditions',
    'approved',
    'not_required',
  ];
  const single = decisions.flatMap((d) => [task(d), task(d, true)]);
  const all: OutcomeTask[][] = [[]];
  for (let size = 1; size <= 3; size++) {
    const previous = all.filter((c) => c.length === size - 1);
    for (const base of previous) for (const t of single) all.push([...base, t]);
  }

  it(`every combination of 0–3 tasks (${all.length}) and every order`, () => {
    for (const tasks of all) {
      expect(combinedOutcome(tasks), JSON.stringify(tasks)).toBe(oracle(tasks));
      expect(combinedOutcome([...tasks].reverse())).toBe(combinedOutcome(tasks));
    }
  });
});
