/**
 * The outcome of a combined approval (联审联批, DESIGN §7) from its department tasks, applied
 * after every decision. Pure.
 *
 * 1. A denial by a department holding a veto ends the case as denied at once, even while
 *    other tasks are pending.
 * 2. Otherwise, while any task is pending the case is pending.
 * 3. Otherwise the most severe decision among all tasks wins (denied > revision required >
 *    approved with conditions > approved > not required); with no tasks at all the outcome is
 *    "not required".
 */

/** What a department decides on its task, from most to least severe. */
export const TASK_DECISIONS = ['denied', 'revision_required', 'approved_with_conditions', 'approved', 'not_required'] as const;
export type TaskDecision = (typeof TASK_DECISIONS)[number];

export type CombinedOutcome = 'pending' | TaskDecision;

export type OutcomeTask = { decision: 'pending' | TaskDecision; veto: boolean };

/** Lower is more severe. */
const severity = (d: TaskDecision) => TASK_DECISIONS.indexOf(d);

export function combinedOutcome(tasks: readonly OutcomeTask[]): CombinedOutcome {
  if (tasks.some((t) => t.veto && t.decision === 'denied')) return 'denied';
  if (tasks.some((t) => t.decision === 'pending')) return 'pending';
  let outcome: TaskDecision = 'not_required';
  for (const t of tasks as readonly { decision: TaskDecision }[]) {
    if (severity(t.decision) < severity(outcome)) outcome = t.decision;
  }
  return outcome;
}
