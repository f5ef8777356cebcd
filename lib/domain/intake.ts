/**
 * The intake check of the window (受理审查, DESIGN §3–§4): what a submitted case still lacks
 * before it may be accepted. Plain acceptance needs every required answer, a contact and every
 * required material; acceptance with tolerance (容缺受理) needs the answers, the contact and
 * every core material, and tolerates the missing non-core ones — each of which must then be
 * tolerated with a due date between today and the promised limit. A material waived by a
 * regional assessment (区域评估) is not required. Pure: the data layer loads the facts, the
 * workflow guards and the desk both read the result.
 */

export type IntakeMaterial = {
  code: string;
  required: boolean;
  core: boolean;
  /** A current version exists (an upload or an e-licence from the wallet). */
  supplied: boolean;
  /** A regional assessment covering the project's parcel stands in for it. */
  waived: boolean;
};

export type IntakeFacts = {
  /** Problems of the answers by answer path ('address', 'shareholders.0.name'), as the submission check reports them. */
  answerProblems: Readonly<Record<string, string>>;
  /** Problems of the contact by field ('name', 'phone'). */
  contactProblems: Readonly<Record<string, string>>;
  materials: readonly IntakeMaterial[];
};

export type IntakeGaps = {
  /** Answer paths that are missing or not valid. */
  fields: string[];
  /** Contact fields that are missing or not valid. */
  contact: string[];
  /** Required core materials not supplied: nothing accepts the case without them. */
  coreMaterials: string[];
  /** Required non-core materials not supplied: plain acceptance refuses, tolerance may cover them. */
  otherMaterials: string[];
};

export function intakeGaps({ answerProblems, contactProblems, materials }: IntakeFacts): IntakeGaps {
  const missing = materials.filter((m) => m.required && !m.supplied && !m.waived);
  return {
    fields: Object.keys(answerProblems),
    contact: Object.keys(contactProblems),
    coreMaterials: missing.filter((m) => m.core).map((m) => m.code),
    otherMaterials: missing.filter((m) => !m.core).map((m) => m.code),
  };
}

/** Nothing is missing: the case may be accepted as it is. */
export function intakeComplete(gaps: IntakeGaps): boolean {
  return !gaps.fields.length && !gaps.contact.length && !gaps.coreMaterials.length && !gaps.otherMaterials.length;
}

/** Everything but non-core materials is there: the case may be accepted with those tolerated. */
export function tolerable(gaps: IntakeGaps): boolean {
  return !gaps.fields.length && !gaps.contact.length && !gaps.coreMaterials.length;
}

export type IntakeFailure = 'intakeIncomplete' | 'missingMaterialNotTolerated';

/**
 * Why the intake check refuses this acceptance, or null. `tolerated`: the codes of the
 * materials an acceptance with tolerance covers.
 */
export function intakeRefusal(
  transition: 'accept' | 'accept_with_tolerance',
  gaps: IntakeGaps,
  tolerated: readonly string[] = [],
): IntakeFailure | null {
  if (transition === 'accept') return intakeComplete(gaps) ? null : 'intakeIncomplete';
  if (!tolerable(gaps)) return 'intakeIncomplete';
  return gaps.otherMaterials.every((code) => tolerated.includes(code)) ? null : 'missingMaterialNotTolerated';
}

export type DueDateProblem = 'dueDateInPast' | 'dueDateBeyondPromise';

/**
 * The problem of each tolerated material's due date, by its index: not before today (the zone
 * date) and not after the promised limit counted from today (`latest`, DESIGN §4). A missing
 * `latest` (no promised limit known) refuses every date.
 */
export function dueDateProblems(
  tolerated: readonly { dueDate: string }[],
  bounds: { today: string; latest: string | null },
): Map<number, DueDateProblem> {
  const problems = new Map<number, DueDateProblem>();
  tolerated.forEach((t, i) => {
    if (t.dueDate < bounds.today) problems.set(i, 'dueDateInPast');
    else if (!bounds.latest || t.dueDate > bounds.latest) problems.set(i, 'dueDateBeyondPromise');
  });
  return problems;
}
