import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Tx } from '@/db/client';
import {
  cases,
  departments,
  enterprises,
  obligations,
  serviceItems,
  serviceItemVersions,
  users,
  verificationTasks,
  type VerificationFinding,
} from '@/db/schema';
import { ANONYMOUS, can, type Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import { checkObligationChange, type VerificationMethod } from '@/lib/domain/obligation-states';
import { clausesByVerifier, promiseRefusal, verificationVerdict, type PromiseClause } from '@/lib/domain/promises';
import { DomainError, conflict, forbidden, notFound, unauthenticated } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import { NO_ACTION_PAYLOAD } from '@/lib/validation/case';
import type { ApprovalRouteInput, VerificationDecisionInput } from '@/lib/validation/promise';
import type { RequestMeta } from './accounts';
import { appendAudit, type AuditContext } from './audit';
import { loadWorkingCalendar } from './calendar';
import { fireSystemTransition } from './case-workflow';
import { hasActiveCreditRecord, recordCreditInTx } from './credit-records';
import { auditObligationChange, breachRecipients } from './obligations';
import { currentInstant } from './now';
import { notifyUsers } from './notify';
import { actorId, authorize } from './viewer';

/*
 * Promise-based approval (告知承诺制, DESIGN §4): the applicant opts in on the draft, promising
 * every catalogue clause; the window's formal check issues the result the same day
 * (`approve_on_promise`, lib/data/case-workflow.ts), which opens one post-approval verification
 * (事中事后核查) per verifying department with an obligation per promise; the department's
 * verdict closes them, or revokes the result and records the enterprise's credit record.
 */

/** The applicant chooses how a draft is decided. Opting in needs every clause promised and no active credit record. */
export async function chooseApprovalRoute(viewer: Viewer, input: ApprovalRouteInput, meta: RequestMeta) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        c: cases,
        allowsPromise: serviceItemVersions.allowsPromise,
        promiseClauses: serviceItemVersions.promiseClauses,
        discredited: hasActiveCreditRecord(cases.enterpriseId),
      })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(eq(cases.id, input.caseId))
      .for('update', { of: cases });
    if (!row) throw notFound('case');
    authorize(viewer, 'case.choosePromise', { enterpriseId: row.c.enterpriseId });
    if (row.c.state !== 'draft') throw new DomainError('invalid', 'route fixed', { route: ['routeFixedAfterSubmission'] });
    const promised = input.route === 'promise' ? [...new Set(input.promisedClauses)] : [];
    if (input.route === 'promise') {
      const problem = promiseRefusal(row, promised, row.discredited);
      if (problem) throw new DomainError('invalid', problem, { [problem === 'promiseNotAllowed' ? 'route' : 'promisedClauses']: [problem] });
    }
    await tx
      .update(cases)
      .set({ approvalRoute: input.route, promisedClauses: promised, updatedAt: currentInstant() })
      .where(eq(cases.id, row.c.id));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.route.choose',
      entityType: 'case',
      entityId: row.c.id,
      before: { route: row.c.approvalRoute },
      after: { route: input.route, promisedClauses: promised },
    });
    return { route: input.route, promisedClauses: promised };
  });
}

export type PromiseItem = {
  allowsPromise: boolean;
  promiseClauses: PromiseClause[];
  verificationDays: number;
  verificationMethod: VerificationMethod;
};

/**
 * Opens the post-approval verifications of a case approved on its promises, in the caller's
 * transaction: one task per verifying department, due the item's verification period from today
 * (working days), and one obligation per promise it checks. Returns the tasks' departments and due date.
 */
export async function openPromiseVerifications(
  tx: Tx,
  c: { id: string; enterpriseId: string; departmentId: string | null; promisedClauses: string[] },
  item: PromiseItem,
  dueDate: string,
  audit: AuditContext,
) {
  const depts = await tx.select({ id: departments.id, code: departments.code }).from(departments);
  const codeOf = new Map(depts.map((d) => [d.id, d.code]));
  const idOf = new Map(depts.map((d) => [d.code, d.id]));
  const lead = (c.departmentId && codeOf.get(c.departmentId)) || '';
  const opened: { department: string; clauses: string[] }[] = [];
  for (const [department, clauses] of clausesByVerifier(item.promiseClauses, c.promisedClauses, lead)) {
    const departmentId = idOf.get(department) ?? c.departmentId;
    if (!departmentId) throw new DomainError('invalid', `no verifying department ${department}`);
    const [task] = await tx
      .insert(verificationTasks)
      .values({ caseId: c.id, departmentId, method: item.verificationMethod, dueDate, createdAt: currentInstant() })
      .returning({ id: verificationTasks.id });
    await tx.insert(obligations).values(
      clauses.map((clause) => ({
        caseId: c.id,
        enterpriseId: c.enterpriseId,
        kind: 'promise' as const,
        clauseCode: clause.code,
        requirement: clause.zh,
        verificationMethod: item.verificationMethod,
        verifierDepartmentId: departmentId,
        verificationTaskId: task.id,
        // A promise found untrue revokes the result (DESIGN §4).
        consequence: 'revoke' as const,
        dueDate,
        commitment: clause.zh,
        createdBy: audit.actorId,
        createdAt: currentInstant(),
      })),
    );
    opened.push({ department, clauses: clauses.map((x) => x.code) });
  }
  return opened;
}

export type VerificationView = {
  id: string;
  caseId: string;
  caseNumber: string | null;
  item: Bilingual;
  enterpriseName: string;
  department: Bilingual;
  method: VerificationMethod;
  dueDate: string;
  status: 'open' | 'compliant' | 'breached';
  verdictReason: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  /** The promises it checks, with the clause's wording and what was found. */
  promises: { obligationId: string; clause: Bilingual; status: string; finding: VerificationFinding | null }[];
  /** The viewer may record the findings now. */
  canDecide: boolean;
};

const decider = alias(users, 'decider');

/** Verifications with their promises, filtered: the case page's (one case) and the department queue's. */
async function selectVerifications(viewer: Viewer, where: ReturnType<typeof and>): Promise<VerificationView[]> {
  const db = await getDb();
  const rows = await db
    .select({
      t: verificationTasks,
      caseNumber: cases.number,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      clauses: serviceItemVersions.promiseClauses,
      enterpriseName: enterprises.name,
      departmentZh: departments.nameZh,
      departmentEn: departments.nameEn,
      decidedByName: decider.name,
    })
    .from(verificationTasks)
    .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .innerJoin(departments, eq(departments.id, verificationTasks.departmentId))
    .leftJoin(decider, eq(decider.id, verificationTasks.decidedBy))
    .where(where)
    .orderBy(asc(verificationTasks.dueDate), asc(verificationTasks.id))
    .limit(200);
  const promises = rows.length
    ? await db
        .select({ id: obligations.id, taskId: obligations.verificationTaskId, clauseCode: obligations.clauseCode, status: obligations.status })
        .from(obligations)
        .where(inArray(obligations.verificationTaskId, rows.map((r) => r.t.id)))
        .orderBy(asc(obligations.clauseCode))
    : [];
  return rows.map(({ t, ...r }) => {
    const clauseOf = new Map(r.clauses.map((c) => [c.code, { zh: c.zh, en: c.en }]));
    return {
      id: t.id,
      caseId: t.caseId,
      caseNumber: r.caseNumber,
      item: { zh: r.nameZh, en: r.nameEn },
      enterpriseName: r.enterpriseName,
      department: { zh: r.departmentZh, en: r.departmentEn },
      method: t.method,
      dueDate: t.dueDate,
      status: t.status,
      verdictReason: t.verdictReason,
      decidedAt: t.decidedAt?.toISOString() ?? null,
      decidedByName: r.decidedByName,
      promises: promises
        .filter((p) => p.taskId === t.id)
        .map((p) => ({
          obligationId: p.id,
          clause: clauseOf.get(p.clauseCode ?? '') ?? { zh: p.clauseCode ?? '', en: p.clauseCode ?? '' },
          status: p.status,
          finding: t.findings.find((f) => f.obligationId === p.id) ?? null,
        })),
      canDecide: t.status === 'open' && can(viewer, 'verification.decide', { departmentIds: [t.departmentId] }),
    };
  });
}

/** A case's verifications, for whoever may read the case (the caller has authorized that). */
export function caseVerifications(viewer: Viewer, caseId: string) {
  return selectVerifications(viewer, and(eq(verificationTasks.caseId, caseId)));
}

/**
 * The verifications waiting for a department, as the `verification.list` grants admit: every
 * department's for an unscoped grant (officers, managers), else the viewer's own department's.
 */
export async function listOpenVerifications(viewer: Viewer): Promise<VerificationView[]> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const all = can(viewer, 'verification.list', {});
  const own = viewer.departmentId && can(viewer, 'verification.list', { departmentIds: [viewer.departmentId] }) ? viewer.departmentId : null;
  if (!all && !own) throw forbidden('verification.list');
  return selectVerifications(viewer, and(eq(verificationTasks.status, 'open'), all ? undefined : eq(verificationTasks.departmentId, own!)));
}

/**
 * A department records its verification (事中事后核查): a finding per promise and the verdict.
 * Compliant: its promises are verified and close. Breached: those found untrue are breached, the
 * case is revoked by the system (its licence or permit with it), the enterprise gets a credit
 * record, and the applicant, the officers and the managers are told. Of two verdicts at once, one is made.
 */
export async function decideVerification(viewer: Viewer, input: VerificationDecisionInput, meta: RequestMeta) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ caseId: verificationTasks.caseId })
      .from(verificationTasks)
      .where(and(eq(verificationTasks.id, input.taskId), eq(verificationTasks.caseId, input.caseId)));
    if (!found) throw notFound('verification');
    // The case first, then its task and obligations: the order every other writer locks them in.
    const [c] = await tx
      .select({ id: cases.id, state: cases.state, number: cases.number, enterpriseId: cases.enterpriseId, code: serviceItems.code })
      .from(cases)
      .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
      .where(eq(cases.id, found.caseId))
      .for('update', { of: cases });
    const [task] = await tx.select().from(verificationTasks).where(eq(verificationTasks.id, input.taskId)).for('update');
    authorize(viewer, 'verification.decide', { departmentIds: [task.departmentId] });
    if (task.status !== 'open') throw conflict('verificationDecided');
    const promises = await tx.select().from(obligations).where(eq(obligations.verificationTaskId, task.id)).for('update');
    const check = verificationVerdict(
      promises.map((p) => p.id),
      input.findings,
      input.verdictReason,
    );
    if (!check.ok) {
      throw new DomainError('invalid', 'findings', Object.fromEntries(Object.entries(check.problems).map(([k, v]) => [k, [v]])));
    }
    const now = currentInstant();
    const audit = { actorId: actorId(viewer), ip: meta.ip };
    for (const p of promises) {
      const finding = input.findings.find((f) => f.obligationId === p.id)!;
      const change = finding.compliant ? 'comply' : 'find_untrue';
      const next = checkObligationChange(change, p.status, 'verifier', { today: zoneDate(now), dueDate: p.dueDate });
      // A promise a manager waived meanwhile stays waived.
      if (!next.ok) continue;
      await tx
        .update(obligations)
        .set(finding.compliant ? { status: next.to, verifiedAt: now, verifiedBy: audit.actorId } : { status: next.to, breachedAt: now })
        .where(eq(obligations.id, p.id));
      await auditObligationChange(tx, audit, p, change, { status: next.to, ...(finding.note ? { note: finding.note } : {}) });
    }
    await tx
      .update(verificationTasks)
      .set({
        status: check.verdict,
        findings: input.findings.map((f) => ({ obligationId: f.obligationId, compliant: f.compliant, note: f.note })),
        verdictReason: input.verdictReason || null,
        decidedBy: audit.actorId,
        decidedAt: now,
      })
      .where(eq(verificationTasks.id, task.id));
    await appendAudit(tx, audit, {
      action: 'case.verification.decide',
      entityType: 'case',
      entityId: c.id,
      after: { verificationId: task.id, verdict: check.verdict, reason: input.verdictReason || null, findings: input.findings },
    });

    let revoked = false;
    if (check.verdict === 'breached' && c.state === 'completed') {
      const reason = `告知承诺核查不实：${input.verdictReason}`;
      // The system revokes: the department found it, no manager decides it (DESIGN §4).
      await fireSystemTransition(tx, ANONYMOUS, c.id, { ...NO_ACTION_PAYLOAD, transition: 'revoke', reason }, meta, calendar, {
        verificationId: task.id,
      });
      await recordCreditInTx(tx, { enterpriseId: c.enterpriseId, caseId: c.id, reason }, audit);
      revoked = true;
      await notifyBreach(tx, c, task.id, input.verdictReason);
    }
    return { verdict: check.verdict, revoked };
  });
}

/** The enterprise's members, every officer and every manager hear of a breached promise. */
async function notifyBreach(tx: Tx, c: { id: string; enterpriseId: string }, verificationId: string, reason: string) {
  const recipients = await breachRecipients(tx, c.enterpriseId);
  await notifyUsers(tx, recipients, c.id, 'promise_breached', { verificationId, reason });
}
