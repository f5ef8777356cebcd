/**
 * The department tasks of a combined approval (联审联批, DESIGN §7) between their decisions:
 * what a decision must carry, what one merged revision notice lists, what changed between two
 * submission rounds, and which tasks a resubmission reopens. Pure.
 */
import { TASK_DECISIONS, type TaskDecision } from './combined-outcome';

/** What a department's task stands at: pending, decided, or cancelled by another department's veto. */
export type TaskState = 'pending' | TaskDecision | 'cancelled';

const TASK_STATES: readonly string[] = ['pending', ...TASK_DECISIONS, 'cancelled'];

/** A task state as read back from an audit event, which holds whatever was written then. */
export function isTaskState(value: unknown): value is TaskState {
  return typeof value === 'string' && TASK_STATES.includes(value);
}

export type RevisionItem = { kind: 'material' | 'field'; code: string; reason: string; note?: string };

export type TaskDecisionInput = {
  decision: TaskDecision;
  opinion: string;
  conditions: readonly string[];
  revisionItems: readonly RevisionItem[];
};

export type TaskDecisionProblem = 'conditionsRequired' | 'revisionItemsRequired' | 'reasonRequired';

/**
 * What is missing from a decision: conditions must list at least one condition, a revision
 * request at least one item (each with its reason code), a denial its reason (the opinion).
 */
export function taskDecisionProblem(input: TaskDecisionInput): TaskDecisionProblem | null {
  switch (input.decision) {
    case 'approved_with_conditions':
      return input.conditions.some((c) => c.trim()) ? null : 'conditionsRequired';
    case 'revision_required':
      return input.revisionItems.length > 0 ? null : 'revisionItemsRequired';
    case 'denied':
      return input.opinion.trim().length >= 2 ? null : 'reasonRequired';
    default:
      return null;
  }
}

/**
 * One notice for every department's revision request (一次性告知): each item tagged with the
 * department that asked, in the tasks' order; an item two departments ask for appears once per
 * department, since each reviews it against its own rules.
 */
export function mergeRevisionItems(
  tasks: readonly { departmentCode: string; decision: TaskState; revisionItems: readonly RevisionItem[] | null }[],
): (RevisionItem & { department: string })[] {
  return tasks
    .filter((t) => t.decision === 'revision_required')
    .flatMap((t) => (t.revisionItems ?? []).map((item) => ({ ...item, department: t.departmentCode })));
}

/** The conditions of every department's approval, each tagged with its department, in the tasks' order. */
export function collectConditions(
  tasks: readonly { departmentCode: string; decision: TaskState; conditions: readonly string[] | null }[],
): { department: string; condition: string }[] {
  return tasks
    .filter((t) => t.decision === 'approved_with_conditions')
    .flatMap((t) =>
      (t.conditions ?? []).filter((c) => c.trim()).map((condition) => ({ department: t.departmentCode, condition })),
    );
}

/** What the applicant submitted in a round: the answers, and the version of every material. */
export type RoundSnapshot = { formData: Record<string, unknown>; materials: Record<string, number> };

export type RoundChanges = {
  answers: { key: string; before: unknown; after: unknown }[];
  /** `from` null: the material is new in this round. */
  materials: { code: string; from: number | null; to: number }[];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What changed from one round to a later one: the answers that differ and the materials with a new version. */
export function roundChanges(before: RoundSnapshot, after: RoundSnapshot): RoundChanges {
  const keys = [...new Set([...Object.keys(before.formData), ...Object.keys(after.formData)])].sort();
  return {
    answers: keys
      .filter((key) => !same(before.formData[key], after.formData[key]))
      .map((key) => ({ key, before: before.formData[key] ?? null, after: after.formData[key] ?? null })),
    materials: Object.entries(after.materials)
      .filter(([code, version]) => before.materials[code] !== version)
      .map(([code, to]) => ({ code, from: before.materials[code] ?? null, to }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/**
 * The tasks a resubmission reopens: every task that asked for the revision, and every approval
 * whose department reviews one of the changed materials (the catalogue's material → departments).
 * Other decisions stand.
 */
export function tasksToReopen<T extends { departmentCode: string; decision: TaskState }>(
  tasks: readonly T[],
  changedMaterials: readonly string[],
  materialDepartments: ReadonlyMap<string, readonly string[]>,
): T[] {
  const touched = new Set(changedMaterials.flatMap((code) => materialDepartments.get(code) ?? []));
  return tasks.filter(
    (t) =>
      t.decision === 'revision_required' ||
      ((t.decision === 'approved' || t.decision === 'approved_with_conditions') && touched.has(t.departmentCode)),
  );
}

/**
 * A merged revision notice's items grouped by the department that asked, so the applicant reads
 * each department's requests together: groups in `order` (the case's tasks), then any other
 * department in order of first appearance, then the items that name none (`department` null,
 * as in an ordinary supplement notice). Items are numbered through the notice in that order (from 1).
 */
export function itemsByDepartment<T extends { department?: string }>(
  items: readonly T[],
  order: readonly string[],
): { department: string | null; items: { item: T; number: number }[] }[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.department ?? null;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const rank = (key: string | null) => (key === null ? Infinity : order.includes(key) ? order.indexOf(key) : order.length);
  let number = 0;
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([department, grouped]) => ({ department, items: grouped.map((item) => ({ item, number: ++number })) }));
}
