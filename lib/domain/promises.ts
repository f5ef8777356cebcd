/**
 * Promise-based approval (告知承诺制, DESIGN §4), the rules alone: which clauses an item's
 * catalogue offers, what an applicant who opts in must promise and no longer supply, and when
 * the post-approval verification falls due. Pure: the data layer loads the facts.
 */
type Bilingual = { zh: string; en: string };

/** A condition the applicant promises; `replaces` the material codes it stands in for; `department` its verifier's code. */
export type PromiseClause = Bilingual & { code: string; replaces: string[]; department?: string };

/** A clause as an admin edits it: the code is given on publication when it has none. */
export type EditedClause = Bilingual & { code?: string; replaces?: string[]; department?: string };

/**
 * Gives every clause a stable code: a clause keeps the one it has; a new one gets the next free
 * P-number (P1, P2 …), so cases filed under an earlier version still name the clauses they promised.
 */
export function numberClauses(clauses: readonly EditedClause[]): PromiseClause[] {
  const taken = new Set(clauses.map((c) => c.code).filter((c): c is string => !!c));
  let next = 1;
  return clauses.map((c) => {
    let code = c.code;
    if (!code) {
      while (taken.has(`P${next}`)) next += 1;
      code = `P${next}`;
      taken.add(code);
    }
    return { zh: c.zh, en: c.en, code, replaces: [...(c.replaces ?? [])], ...(c.department ? { department: c.department } : {}) };
  });
}

/** Whether an applicant of this item may opt into promise-based approval at all. */
export function promiseOffered(item: { allowsPromise: boolean; promiseClauses: readonly PromiseClause[] }): boolean {
  return item.allowsPromise && item.promiseClauses.length > 0;
}

export type PromiseFailure = 'promiseNotAllowed' | 'enterpriseDiscredited' | 'clauseNotPromised' | 'unknownClause';

/**
 * Why an opt-in with these promised clause codes is refused, or null: the item must offer it,
 * the enterprise must have no active credit record, and every clause must be promised (a
 * partial promise is the ordinary procedure with materials).
 */
export function promiseRefusal(
  item: { allowsPromise: boolean; promiseClauses: readonly PromiseClause[] },
  promised: readonly string[],
  enterpriseDiscredited: boolean,
): PromiseFailure | null {
  if (!promiseOffered(item)) return 'promiseNotAllowed';
  if (enterpriseDiscredited) return 'enterpriseDiscredited';
  const codes = new Set(item.promiseClauses.map((c) => c.code));
  if (promised.some((code) => !codes.has(code))) return 'unknownClause';
  return item.promiseClauses.every((c) => promised.includes(c.code)) ? null : 'clauseNotPromised';
}

/** The materials an applicant who promised these clauses no longer supplies. */
export function materialsReplaced(clauses: readonly PromiseClause[], promised: readonly string[]): Set<string> {
  return new Set(clauses.filter((c) => promised.includes(c.code)).flatMap((c) => c.replaces));
}

/** The promised clauses grouped by the department that verifies them (the lead department's code when a clause names none). */
export function clausesByVerifier(
  clauses: readonly PromiseClause[],
  promised: readonly string[],
  leadDepartment: string,
): Map<string, PromiseClause[]> {
  const groups = new Map<string, PromiseClause[]>();
  for (const c of clauses) {
    if (!promised.includes(c.code)) continue;
    const department = c.department ?? leadDepartment;
    groups.set(department, [...(groups.get(department) ?? []), c]);
  }
  return groups;
}

export type FindingProblem = 'findingMissing' | 'unknownObligation' | 'noteRequired' | 'reasonRequired';

/**
 * Checks a verification's findings against the promises it verifies: exactly one finding per
 * promise, a note for every promise found untrue, and a reason for a breach verdict. Returns the
 * verdict — compliant only when every promise was kept — or the problems by field path.
 */
export function verificationVerdict(
  obligationIds: readonly string[],
  findings: readonly { obligationId: string; compliant: boolean; note: string }[],
  verdictReason: string,
): { ok: true; verdict: 'compliant' | 'breached' } | { ok: false; problems: Record<string, FindingProblem> } {
  const problems: Record<string, FindingProblem> = {};
  findings.forEach((f, i) => {
    if (!obligationIds.includes(f.obligationId)) problems[`findings.${i}.obligationId`] = 'unknownObligation';
    else if (!f.compliant && f.note.trim().length < 2) problems[`findings.${i}.note`] = 'noteRequired';
  });
  if (obligationIds.some((id) => findings.filter((f) => f.obligationId === id).length !== 1))
    problems.findings = 'findingMissing';
  const verdict = findings.every((f) => f.compliant) ? 'compliant' : 'breached';
  if (verdict === 'breached' && verdictReason.trim().length < 2) problems.verdictReason = 'reasonRequired';
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, verdict };
}
