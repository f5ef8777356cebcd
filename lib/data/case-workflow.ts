import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import {
  caseClockStops,
  caseNumberCounters,
  cases,
  NO_DUE_DATE,
  enterpriseMembers,
  obligations,
  projects,
  serviceItems,
  serviceItemVersions,
  serviceMaterials,
  supplementNotices,
  toleranceCommitments,
} from '@/db/schema';
import { can, type Resource, type Viewer } from '@/lib/auth/permissions';
import { formFieldsFor } from '@/lib/domain/application-forms';
import { zoneDate } from '@/lib/domain/clock';
import { workingDaysTaken } from '@/lib/domain/clock-state';
import type { NotificationKind } from '@/lib/domain/mail-kinds';
import { projectFormAnswers } from '@/lib/domain/project-filing';
import { dueDateProblems, type IntakeGaps } from '@/lib/domain/intake';
import { materialsReplaced, promiseRefusal } from '@/lib/domain/promises';
import { noticesIssuedBy } from '@/lib/domain/notices';
import { notifyUsers } from './notify';
import { LIVE_COMMITMENT_STATUSES } from '@/lib/domain/tolerance-commitment';
import {
  checkTransition,
  FINAL_STATES,
  INTAKE_DAYS,
  SYSTEM_ACTOR,
  type Actor,
  type GuardContext,
  type Transition,
  type TransitionCheck,
  type CaseState,
} from '@/lib/domain/workflow';
import { conflict, DomainError, forbidden, notFound } from '@/lib/errors';
import { answerErrors } from '@/lib/validation/application-answers';
import { contactSchema, NO_ACTION_PAYLOAD, type CaseActionInput } from '@/lib/validation/case';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { hasActiveCreditRecord } from './credit-records';
import {
  openCaseTasks,
  outcomeTransition,
  recordRound,
  reopenTasksForRevision,
  roundSnapshot,
  shiftPendingTaskClocks,
  taskDepartmentIds,
} from './case-tasks';
import { establishEnterpriseForCase } from './establishment';
import { enterpriseServiceResource, requireValidAuthorization } from './filing-checks';
import { revokeLicenceOfCase } from './licence-status';
import { issueLicenceForCase } from './licences';
import { changePermitOfCase, issuePermitForCase } from './permits';
import { loadWorkingCalendar } from './calendar';
import { loadIntakeGaps } from './intake';
import { attachNameNotice } from './name-notice';
import { openPromiseVerifications } from './promise-approval';
import { heldNames } from './name-reservations';
import { issueNotices } from './notices';
import { reserveApprovedName, reserveNameForCase } from './names';
import { actorId, authorize, loadViewer } from './viewer';
import { currentInstant } from './now';

/** The case row plus what the workflow guards need from its catalogue version and enterprise. */
export async function loadCaseForUpdate(tx: Tx, caseId: string) {
  // Row lock first, on the case alone: concurrent actions on one case queue here, then see each
  // other's version. Joined in the same statement, PostgreSQL would recheck a row changed while
  // waiting against the joins' older snapshot, and lose a case whose first submit just moved it
  // to the enterprise it established (DESIGN §6).
  const [locked] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('update');
  if (!locked) throw notFound('case');
  const [row] = await tx
    .select({
      c: cases,
      itemCode: serviceItems.code,
      formKey: serviceItemVersions.formKey,
      kind: serviceItemVersions.kind,
      itemName: { zh: serviceItemVersions.nameZh, en: serviceItemVersions.nameEn },
      allowsTolerance: serviceItemVersions.allowsTolerance,
      allowsPromise: serviceItemVersions.allowsPromise,
      promiseClauses: serviceItemVersions.promiseClauses,
      verificationDays: serviceItemVersions.verificationDays,
      verificationMethod: serviceItemVersions.verificationMethod,
      statutoryDays: serviceItemVersions.statutoryDays,
      promisedDays: serviceItemVersions.promisedDays,
      enterpriseDiscredited: hasActiveCreditRecord(cases.enterpriseId),
    })
    .from(cases)
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(eq(cases.id, caseId));
  if (!row) throw notFound('case');
  return row;
}

/** A case as the permission table sees it: its enterprise, and the departments taking part (its own and its tasks'). */
export function caseResource(
  c: { enterpriseId: string; departmentId: string | null; state: CaseState; applicantId: string | null },
  taskDepartmentIds: readonly string[] = [],
): Resource {
  return {
    enterpriseId: c.enterpriseId,
    departmentIds: [...(c.departmentId ? [c.departmentId] : []), ...taskDepartmentIds],
    case: { draft: c.state === 'draft', enteredBy: c.applicantId },
  };
}

/**
 * `case.read`, with a draft hidden rather than refused: staff who will read the case once it is
 * submitted are told it does not exist until then (the table's submittedOnly grants).
 */
export function authorizeCaseRead(viewer: Viewer, resource: Resource): void {
  const hiddenDraft =
    resource.case?.draft && !can(viewer, 'case.read', resource) && can(viewer, 'case.read', { ...resource, case: { ...resource.case, draft: false } });
  if (hiddenDraft) throw notFound('case');
  authorize(viewer, 'case.read', resource);
}

/**
 * How the viewer stands to a case, in the workflow machine's terms. Nobody decides a combined
 * case as a whole: its departments decide their tasks, and the outcome follows (DESIGN §7).
 */
export function actorFor(
  viewer: Viewer,
  c: { enterpriseId: string; departmentId: string | null; applicantId?: string | null; filedById?: string | null },
  kind?: string,
): Actor {
  if (viewer.kind !== 'user') return { roles: [], isApplicant: false, isCaseReviewer: false };
  return {
    roles: viewer.roles,
    isApplicant: viewer.memberships.some((m) => m.enterpriseId === c.enterpriseId),
    isCaseReviewer: kind !== 'combined' && !!viewer.departmentId && viewer.departmentId === c.departmentId,
    isFiler: !!c.filedById && c.filedById === viewer.userId && c.applicantId === viewer.userId,
  };
}

/** The next human-readable case number of the year, e.g. XC-2026-000123 (gapless per committed submission). */
async function nextCaseNumber(tx: Tx, year: number): Promise<string> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.year, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  return `XC-${year}-${String(row.last).padStart(6, '0')}`;
}

/** Every active member of the enterprise gets an inbox entry for an event that asks them to act. */
export async function notifyEnterprise(tx: Tx, enterpriseId: string, caseId: string, kind: NotificationKind, payload: Record<string, unknown> = {}) {
  const members = await tx
    .select({ userId: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.status, 'active')));
  await notifyUsers(
    tx,
    members.map((m) => m.userId),
    caseId,
    kind,
    payload,
  );
}

const WORKFLOW_ERRORS: Record<string, DomainError['code']> = {
  unknownTransition: 'invalid',
  wrongState: 'invalid',
  notAllowed: 'forbidden',
};

export type LockedCase = Awaited<ReturnType<typeof loadCaseForUpdate>>;

/**
 * What a refused acceptance lacked, beside the guard's reason: the answers, contact fields and
 * materials (codes, core ones first) still missing, and each tolerated material's due date out
 * of bounds (`tolerated.<i>.dueDate`), so the desk can say exactly what to fix.
 */
type RefusalContext = Pick<GuardContext, 'intake' | 'tolerated' | 'today' | 'latestToleranceDue'>;

function guardDetails(reason: string, context: RefusalContext): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  const gaps: IntakeGaps | null = context.intake;
  if (gaps && (reason === 'intakeIncomplete' || reason === 'missingMaterialNotTolerated')) {
    if (gaps.fields.length) details.missingFields = gaps.fields;
    if (gaps.contact.length) details.missingContact = gaps.contact;
    const tolerated = new Set(context.tolerated.map((t) => t.code));
    const materials = [...gaps.coreMaterials, ...gaps.otherMaterials.filter((code) => !tolerated.has(code))];
    if (materials.length) details.missingMaterials = materials;
  }
  if (reason === 'dueDateInPast' || reason === 'dueDateBeyondPromise') {
    const bounds = { today: context.today ?? '9999-12-31', latest: context.latestToleranceDue };
    for (const [i, problem] of dueDateProblems(context.tolerated, bounds)) details[`tolerated.${i}.dueDate`] = [problem];
  }
  return details;
}

/** The refusal of a transition the machine did not allow, with the details the desk shows on its fields. */
export function transitionRefusal(reason: Exclude<TransitionCheck, { ok: true }>['reason'], context: RefusalContext): DomainError {
  const code = WORKFLOW_ERRORS[reason] ?? 'invalid';
  return new DomainError(code, reason, code === 'invalid' ? { transition: [reason], ...guardDetails(reason, context) } : undefined);
}

/**
 * The guards' view of tolerating these materials now: each with whether it is core, the bounds
 * of their due dates, and what the case lacks. A code the item does not list is a field error.
 */
export async function toleranceContext(
  tx: Tx,
  row: LockedCase,
  tolerated: readonly { code: string; dueDate: string }[],
  calendar: Calendar,
  today: string,
) {
  const materials = await tx
    .select({ code: serviceMaterials.code, core: serviceMaterials.core, zh: serviceMaterials.nameZh, en: serviceMaterials.nameEn })
    .from(serviceMaterials)
    .where(eq(serviceMaterials.versionId, row.c.itemVersionId));
  const byCode = new Map(materials.map((m) => [m.code, m]));
  if (tolerated.some((t) => !byCode.has(t.code))) {
    throw new DomainError('invalid', 'unknown material', { tolerated: ['unknownMaterial'] });
  }
  const context = {
    allowsTolerance: row.allowsTolerance,
    enterpriseDiscredited: row.enterpriseDiscredited,
    tolerated: tolerated.map((t) => ({ code: t.code, dueDate: t.dueDate, core: byCode.get(t.code)!.core })),
    latestToleranceDue: calendar.addWorkingDays(today, row.promisedDays).date,
    today,
    intake: await loadIntakeGaps(tx, row.c, row.formKey),
  } satisfies Partial<GuardContext>;
  return { context, nameOf: (code: string) => ({ zh: byCode.get(code)!.zh, en: byCode.get(code)!.en }) };
}

/** The case's commitment the applicant has signed, if any: what an acceptance with tolerance takes. */
async function signedCommitment(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ id: toleranceCommitments.id, items: toleranceCommitments.items, wording: toleranceCommitments.wording })
    .from(toleranceCommitments)
    .where(and(eq(toleranceCommitments.caseId, caseId), eq(toleranceCommitments.status, 'signed')));
  return row ?? null;
}

/** Withdraws the case's live commitment, if any (a new proposal replaces it; a case leaving the window ends it). */
export async function withdrawLiveCommitment(tx: Tx, caseId: string) {
  const withdrawn = await tx
    .update(toleranceCommitments)
    .set({ status: 'withdrawn' })
    .where(and(eq(toleranceCommitments.caseId, caseId), inArray(toleranceCommitments.status, [...LIVE_COMMITMENT_STATUSES])))
    .returning({ id: toleranceCommitments.id });
  return withdrawn[0]?.id ?? null;
}

/**
 * Fires one workflow transition. In a single transaction: lock the case, check the version
 * the user saw (a stale one writes nothing: "this case changed — reload"), check the
 * machine (state, actor, guards), apply the change and its side records, bump the version,
 * and append the audit event.
 */
export async function performCaseAction(viewer: Viewer, input: CaseActionInput, meta: RequestMeta) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const row = await loadCaseForUpdate(tx, input.caseId);
    authorize(viewer, 'case.read', caseResource(row.c, await taskDepartmentIds(tx, row.c.id)));
    if (row.c.version !== input.version) throw new DomainError('staleVersion');
    const result = await applyTransition(tx, viewer, row, input, meta, calendar);
    // Accepting a combined case opens its department tasks and routes it to them at once (DESIGN §7).
    if (row.kind === 'combined' && (input.transition === 'accept' || input.transition === 'accept_with_tolerance')) {
      await openCaseTasks(tx, row.c, calendar, zoneDate(currentInstant()));
      await fireSystemTransition(tx, viewer, row.c.id, { ...NO_ACTION_PAYLOAD, transition: 'route_to_review' }, meta, calendar);
      return fireCombinedOutcome(tx, viewer, row.c.id, meta, calendar);
    }
    return result;
  });
}

/** Fires a transition as the system itself, on the case as it stands now (the caller holds its lock, or takes it here). */
export async function fireSystemTransition(
  tx: Tx,
  viewer: Viewer,
  caseId: string,
  action: Omit<CaseActionInput, 'caseId' | 'version'>,
  meta: RequestMeta,
  calendar: Calendar,
  audit?: Record<string, unknown>,
) {
  const row = await loadCaseForUpdate(tx, caseId);
  return applyTransition(tx, viewer, row, { ...action, caseId, version: row.c.version }, meta, calendar, {}, { system: true, audit });
}

/**
 * Applies a combined case's outcome once its tasks call for one (DESIGN §7): approval (with the
 * departments' conditions), one merged revision notice, or the denial. Called with the case
 * locked after every decision, so concurrent decisions produce exactly one outcome.
 */
export async function fireCombinedOutcome(tx: Tx, viewer: Viewer, caseId: string, meta: RequestMeta, calendar: Calendar) {
  const { c } = await loadCaseForUpdate(tx, caseId);
  const action = c.state === 'in_review' ? await outcomeTransition(tx, caseId) : null;
  if (!action) return { id: c.id, version: c.version, state: c.state, number: c.number };
  return fireSystemTransition(tx, viewer, caseId, action, meta, calendar);
}

/**
 * Submits a draft. Idempotent: a submit carrying the key of the submission that already
 * happened (a double click, a retry, a second tab of the same wizard) returns that case.
 * Concurrent submits queue on the row lock; the first submits, the rest see its key.
 *
 * A name reservation (form 'name-reservation') is decided at once in the same transaction:
 * an available name is reserved and the system fires `instant_approve` (the case is
 * completed); a similar name with the applicant's statement leaves the case submitted for the
 * window (which reserves it when it approves); a refused name, a similar one without a
 * statement, or a name someone else holds fails the whole submission with field errors
 * (nothing is written, the draft stays a draft).
 */
export async function submitCase(viewer: Viewer, input: { caseId: string; idempotencyKey: string }, meta: RequestMeta) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const row = await loadCaseForUpdate(tx, input.caseId);
    const c = row.c;
    // A replay may find the case moved to the enterprise its first submit established (DESIGN
    // §6), which the viewer loaded before that commit does not list yet: read their memberships again.
    const replay = c.idempotencyKey === input.idempotencyKey && viewer.kind === 'user';
    authorize(replay ? await loadViewer(tx, viewer.userId) : viewer, 'case.read', caseResource(c));
    if (replay) {
      return { id: c.id, version: c.version, state: c.state, number: c.number, replayed: true };
    }
    // An agent submits only while the enterprise's authorization still holds: it may have expired or been revoked since.
    if (c.authorizationId && viewer.kind === 'user' && !actorFor(viewer, c).isApplicant) {
      const use = { agentId: viewer.userId, enterpriseId: c.enterpriseId, serviceCode: row.itemCode, today: zoneDate(currentInstant()) };
      await requireValidAuthorization(tx, c.authorizationId, use);
    }
    const action = { ...NO_ACTION_PAYLOAD, caseId: c.id, version: c.version, transition: 'submit' };
    // The name is reserved first, so that racing reservations meet at the live-name unique
    // index (not queued behind the case-number counter); only when the submit itself may fire.
    const reservation =
      row.formKey === 'name-reservation' && checkTransition('submit', c.state, actorFor(viewer, c)).ok
        ? await reserveNameForCase(tx, viewer, { enterpriseId: c.enterpriseId, formData: c.formData }, zoneDate(currentInstant()))
        : null;
    const result = await applyTransition(tx, viewer, row, action, meta, calendar, { idempotencyKey: input.idempotencyKey });
    if (reservation) {
      const completed = await fireSystemTransition(tx, viewer, c.id, { ...NO_ACTION_PAYLOAD, transition: 'instant_approve' }, meta, calendar, {
        reservedName: reservation.fullName,
        reservedUntil: reservation.reservedUntil,
        nameId: reservation.id,
      });
      return { ...completed, replayed: false };
    }
    return { ...result, replayed: false };
  });
}


type Calendar = Awaited<ReturnType<typeof loadWorkingCalendar>>;

/** The transitions the window's intake check decides (acceptance with tolerance reads it with the tolerated materials). */
const INTAKE_TRANSITIONS = new Set<Transition>(['accept', 'approve_on_promise']);

async function applyTransition(
  tx: Tx,
  viewer: Viewer,
  row: LockedCase,
  input: CaseActionInput,
  meta: RequestMeta,
  calendar: Calendar,
  extra: Partial<typeof cases.$inferInsert> = {},
  /** `system`: fired by the system itself (an instant decision), not by the viewer; `audit`: extra facts for the event. */
  options: { system?: boolean; audit?: Record<string, unknown> } = {},
) {
  const c = row.c;
  const today = zoneDate(currentInstant());
  const transition = input.transition as Transition;
  // Tolerance takes its materials and due dates from the commitment the applicant signed (DESIGN §4).
  const commitment = transition === 'accept_with_tolerance' ? await signedCommitment(tx, c.id) : null;
  const tolerance =
    transition === 'accept_with_tolerance'
      ? await toleranceContext(tx, row, commitment?.items.map((i) => ({ code: i.materialCode, dueDate: i.dueDate })) ?? [], calendar, today)
      : null;
  const [openNotice] = await tx
    .select({ id: supplementNotices.id, fromReview: supplementNotices.fromReview })
    .from(supplementNotices)
    .where(and(eq(supplementNotices.caseId, c.id), isNull(supplementNotices.answeredAt)));

  // A promise-based case is decided on its promises; the materials they replace are not asked for.
  const promised = c.approvalRoute === 'promise';
  const replaced = promised ? materialsReplaced(row.promiseClauses, c.promisedClauses) : new Set<string>();
  const intake = INTAKE_TRANSITIONS.has(transition) ? await loadIntakeGaps(tx, c, row.formKey, replaced) : null;
  const promiseProblem = promised ? promiseRefusal(row, c.promisedClauses, row.enterpriseDiscredited) : null;
  const context: GuardContext = {
    allowsTolerance: row.allowsTolerance,
    enterpriseDiscredited: row.enterpriseDiscredited,
    commitmentSigned: !!commitment,
    tolerated: [],
    latestToleranceDue: calendar.addWorkingDays(today, row.promisedDays).date,
    today,
    intake,
    ...tolerance?.context,
    supplementItems: input.supplementItems.length,
    reason: input.reason,
    openSupplementNotice: !!openNotice,
    openRevisionNotice: !!openNotice?.fromReview,
    conditions: input.conditions,
    approvalRoute: c.approvalRoute,
    promiseProblem,
  };
  const actor = options.system ? SYSTEM_ACTOR : actorFor(viewer, c, row.kind);
  const check = checkTransition(transition, c.state, actor, context, c.suspendedFrom);
  if (!check.ok) throw transitionRefusal(check.reason, context);
  // A commitment proposed or signed for the window's acceptance ends when the case leaves the window otherwise.
  if (c.state === 'submitted' && transition !== 'accept_with_tolerance') await withdrawLiveCommitment(tx, c.id);

  const now = currentInstant();
  const changes: Partial<typeof cases.$inferInsert> = { ...extra, state: check.to, version: c.version + 1, updatedAt: now };
  const audit: Record<string, unknown> = { ...options.audit };
  let supplementNoticeId: string | null = null;
  // A case ending stops its clocks for good; a revocation later leaves that day as it was.
  if (FINAL_STATES.includes(check.to) && !c.closedAt) changes.closedAt = now;
  switch (transition) {
    case 'submit':
    case 'resubmit':
    case 'resubmit_for_review': {
      const formErrors = answerErrors(row.formKey, c.formData);
      if (Object.keys(formErrors).length) {
        throw new DomainError('invalid', 'form incomplete', Object.fromEntries(Object.entries(formErrors).map(([k, m]) => [k, [m]])));
      }
      // A licence application uses a name the enterprise holds (DESIGN §6).
      if (row.formKey === 'establishment') {
        const held = await heldNames(tx, c.enterpriseId, today);
        if (!held.some((n) => n.fullName === c.formData.enterpriseName)) {
          throw new DomainError('invalid', 'name not held', { enterpriseName: ['nameNotHeld'] });
        }
      }
      // A promise is filed only by an enterprise that may still make one, and for every clause (DESIGN §4).
      if (transition === 'submit' && promiseProblem) {
        throw new DomainError('invalid', promiseProblem, { promisedClauses: [promiseProblem] });
      }
      // The window must be able to reach someone about the case.
      if (!contactSchema.safeParse(c.contact ?? {}).success) {
        throw new DomainError('invalid', 'contact incomplete', { contact: ['contactRequired'] });
      }
      // Submitting creates the enterprise being established; the case is its from now on (DESIGN §6).
      if (row.formKey === 'establishment') {
        // The name notice is generated from the reservation, never uploaded.
        await attachNameNotice(tx, c, { actorId: actorId(viewer), ip: meta.ip }, now);
        const submitter = viewer.kind === 'user' && actorFor(viewer, c).isApplicant ? viewer.userId : c.applicantId;
        const established = await establishEnterpriseForCase(
          tx,
          { id: c.id, enterpriseId: c.enterpriseId, applicantId: submitter, formData: c.formData },
          { actorId: actorId(viewer), ip: meta.ip },
        );
        if (established.id !== c.enterpriseId) {
          changes.enterpriseId = established.id;
          audit.enterpriseId = established.id;
        }
      }
      // Back to the window: the case is submitted anew. A revision's answer goes back to review in the
      // same application (its round keeps the date), so the day it was filed stands.
      if (transition !== 'resubmit_for_review') changes.submittedAt = now;
      if (!c.number) changes.number = await nextCaseNumber(tx, Number(today.slice(0, 4)));
      if (openNotice) await tx.update(supplementNotices).set({ answeredAt: now }).where(eq(supplementNotices.id, openNotice.id));
      // Each submission is a round the reviewers can compare with the one they reviewed.
      changes.round = c.round + 1;
      const submitted = await recordRound(tx, { id: c.id, formData: c.formData }, changes.round, actorId(viewer), now);
      if (transition === 'resubmit_for_review') {
        // The clocks stood still while the applicant revised; the departments that asked, and those
        // whose materials changed, review the new round.
        const { legalDeadline, serviceDeadline, acceptedOn, stopped } = await endClockStops(tx, c, row, today, calendar);
        Object.assign(changes, { legalDeadline, serviceDeadline });
        audit.reopened = await reopenTasksForRevision(
          tx,
          { id: c.id, itemVersionId: c.itemVersionId },
          { previous: await roundSnapshot(tx, c.id, c.round), current: submitted, round: changes.round },
        );
        await shiftPendingTaskClocks(tx, c.id, acceptedOn, stopped, calendar);
      }
      break;
    }
    case 'request_revision': {
      const [notice] = await tx
        .insert(supplementNotices)
        .values({ caseId: c.id, items: input.supplementItems, fromReview: true, issuedAt: now })
        .returning({ id: supplementNotices.id });
      supplementNoticeId = notice.id;
      audit.items = input.supplementItems;
      await tx.insert(caseClockStops).values({ caseId: c.id, kind: 'revision', reason: 'revision', startedOn: today });
      await notifyEnterprise(tx, c.enterpriseId, c.id, 'supplement_requested', { items: input.supplementItems.length });
      break;
    }
    case 'request_supplement': {
      const [notice] = await tx
        .insert(supplementNotices)
        .values({ caseId: c.id, items: input.supplementItems, issuedBy: actorId(viewer), issuedAt: now })
        .returning({ id: supplementNotices.id });
      supplementNoticeId = notice.id;
      audit.items = input.supplementItems;
      await notifyEnterprise(tx, c.enterpriseId, c.id, 'supplement_requested', { items: input.supplementItems.length });
      break;
    }
    case 'accept':
    case 'accept_with_tolerance': {
      changes.acceptedAt = now;
      changes.legalDeadline = calendar.addWorkingDays(today, row.statutoryDays).date;
      changes.serviceDeadline = calendar.addWorkingDays(today, row.promisedDays).date;
      if (transition === 'accept_with_tolerance' && commitment) {
        await tx.insert(obligations).values(
          commitment.items.map((item) => ({
            caseId: c.id,
            enterpriseId: c.enterpriseId,
            kind: 'tolerance' as const,
            materialCode: item.materialCode,
            // Supplying the material is what is owed; the window checks it, and a breach suspends (DESIGN §4).
            requirement: item.requirement.zh,
            verificationMethod: 'document_check' as const,
            verifierDepartmentId: c.departmentId,
            consequence: 'suspend' as const,
            dueDate: item.dueDate,
            commitment: commitment.wording.zh,
            createdBy: actorId(viewer),
            createdAt: now,
          })),
        );
        await tx.update(toleranceCommitments).set({ status: 'accepted' }).where(eq(toleranceCommitments.id, commitment.id));
        audit.tolerated = commitment.items.map((i) => ({ code: i.materialCode, dueDate: i.dueDate }));
        audit.commitmentId = commitment.id;
      }
      await notifyEnterprise(tx, c.enterpriseId, c.id, transition === 'accept' ? 'accepted' : 'accepted_with_tolerance');
      break;
    }
    case 'approve_on_promise': {
      // Accepted, decided and issued the same day; the departments verify the promises afterwards.
      Object.assign(changes, { acceptedAt: now, decidedAt: now, completedAt: now, decision: 'approve' as const });
      changes.legalDeadline = calendar.addWorkingDays(today, row.statutoryDays).date;
      changes.serviceDeadline = calendar.addWorkingDays(today, row.promisedDays).date;
      const verifyBy = calendar.addWorkingDays(today, row.verificationDays).date;
      audit.verifications = await openPromiseVerifications(tx, c, row, verifyBy, { actorId: actorId(viewer), ip: meta.ip });
      audit.verifyBy = verifyBy;
      audit.decision = 'approve';
      const permit = await issuePermitForCase(tx, c, { actorId: actorId(viewer), ip: meta.ip }, now);
      if (permit) audit.permitNumber = permit.number;
      await notifyEnterprise(tx, c.enterpriseId, c.id, 'result_issued', { promise: true, verifyBy });
      break;
    }
    case 'refuse':
    case 'revoke':
      changes.refusalReason = input.reason;
      audit.reason = input.reason;
      // Revoking an establishment case revokes the licence it issued, with the same reason.
      if (transition === 'revoke' && row.formKey === 'establishment') {
        const revoked = await revokeLicenceOfCase(tx, c, input.reason, { actorId: actorId(viewer), ip: meta.ip }, now);
        if (revoked) audit.revokedLicence = revoked.creditCode;
      }
      if (transition === 'revoke') {
        const permit = await changePermitOfCase(tx, c, 'revoked', input.reason, { actorId: actorId(viewer), ip: meta.ip }, now);
        if (permit) audit.revokedPermit = permit.number;
      }
      await notifyEnterprise(tx, c.enterpriseId, c.id, transition === 'refuse' ? 'refused' : 'revoked', { reason: input.reason });
      break;
    case 'approve':
    case 'approve_with_conditions':
    case 'deny': {
      // Every approval of a name holds it (DESIGN §5), as the instant path does.
      if (row.formKey === 'name-reservation' && transition !== 'deny') {
        const reserved = await reserveApprovedName(tx, viewer, { enterpriseId: c.enterpriseId, formData: c.formData }, today);
        Object.assign(audit, { reservedName: reserved.fullName, reservedUntil: reserved.reservedUntil, nameId: reserved.id });
      }
      changes.decision = transition;
      changes.opinion = input.opinion || input.reason;
      changes.conditions = transition === 'approve_with_conditions' ? input.conditions.filter((x) => x.trim()) : null;
      changes.decidedAt = now;
      Object.assign(audit, { decision: transition, opinion: changes.opinion, conditions: changes.conditions });
      await notifyEnterprise(tx, c.enterpriseId, c.id, 'decided', { decision: transition });
      break;
    }
    case 'issue':
      changes.completedAt = now;
      // Issuing an establishment case is what creates the enterprise's business licence.
      if (row.formKey === 'establishment') {
        const licence = await issueLicenceForCase(tx, c, actorId(viewer), meta);
        audit.creditCode = licence.creditCode;
        if (licence.enterpriseId !== c.enterpriseId) changes.enterpriseId = audit.enterpriseId = licence.enterpriseId;
      }
      // So is issuing a case whose item issues a permit (食品经营许可证, 施工许可证).
      const permit = await issuePermitForCase(tx, c, { actorId: actorId(viewer), ip: meta.ip }, now);
      if (permit) audit.permitNumber = permit.number;
      await notifyEnterprise(tx, changes.enterpriseId ?? c.enterpriseId, c.id, 'result_issued');
      break;
    case 'instant_approve':
      // Decided and completed at once (即时办结): the rules alone decide, nobody reviews.
      changes.decision = 'approve';
      changes.decidedAt = now;
      changes.completedAt = now;
      audit.decision = 'approve';
      await notifyEnterprise(tx, c.enterpriseId, c.id, 'result_issued', { ...options.audit });
      break;
    case 'suspend':
      changes.suspendedFrom = c.state;
      await tx.insert(caseClockStops).values({ caseId: c.id, kind: 'suspension', reason: input.reason, startedOn: today });
      audit.reason = input.reason;
      break;
    case 'resume': {
      changes.suspendedFrom = null;
      const { legalDeadline, serviceDeadline, acceptedOn, stopped } = await endClockStops(tx, c, row, today, calendar);
      Object.assign(changes, { legalDeadline, serviceDeadline });
      await shiftPendingTaskClocks(tx, c.id, acceptedOn, stopped, calendar);
      break;
    }
    default:
      break;
  }

  // A completion records the working days it took: the dashboard's durations are summed from it.
  if (changes.completedAt) {
    const accepted = changes.acceptedAt ?? c.acceptedAt;
    const stops = await tx
      .select({ startedOn: caseClockStops.startedOn, endedOn: caseClockStops.endedOn })
      .from(caseClockStops)
      .where(eq(caseClockStops.caseId, c.id));
    changes.workingDaysTaken = workingDaysTaken({
      acceptedOn: accepted ? zoneDate(accepted) : null,
      completedOn: today,
      legalDays: row.statutoryDays,
      serviceDays: row.promisedDays,
      stops,
      calendar,
    });
  }

  // What the desk works against next: intake within INTAKE_DAYS, then the service deadline.
  changes.dueOn =
    check.to === 'submitted'
      ? calendar.addWorkingDays(today, INTAKE_DAYS).date
      : ['accepted', 'in_review', 'approved'].includes(check.to)
        ? (changes.serviceDeadline ?? c.serviceDeadline ?? NO_DUE_DATE)
        : NO_DUE_DATE;

  // The notices this act issues, each numbered in its own sequence (许经开受字〔2026〕第15号).
  const notices = noticesIssuedBy(transition, { combined: row.kind === 'combined' });
  if (notices.length) {
    const issued = await issueNotices(tx, { caseId: c.id, kinds: notices, at: now, supplementNoticeId });
    audit.notices = Object.fromEntries(issued.map((n) => [n.kind, n.number]));
  }

  const updated = await tx
    .update(cases)
    .set(changes)
    .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
    .returning({ id: cases.id, version: cases.version, state: cases.state, number: cases.number });
  if (updated.length !== 1) throw new DomainError('staleVersion');
  await appendAudit(tx, { actorId: options.system ? null : actorId(viewer), ip: meta.ip }, {
    action: `case.${transition}`,
    entityType: 'case',
    entityId: c.id,
    before: { state: c.state, version: c.version },
    after: { state: check.to, version: c.version + 1, number: updated[0].number, ...audit },
  });
  return updated[0];
}

/**
 * Ends the case's running clock stops today and gives the deadlines moved by every stopped
 * working day since acceptance (the clocks stood still: DESIGN §3).
 */
async function endClockStops(tx: Tx, c: LockedCase['c'], row: LockedCase, today: string, calendar: Calendar) {
  await tx
    .update(caseClockStops)
    .set({ endedOn: today })
    .where(and(eq(caseClockStops.caseId, c.id), isNull(caseClockStops.endedOn)));
  const stops = await tx.select().from(caseClockStops).where(eq(caseClockStops.caseId, c.id));
  const acceptedOn = c.acceptedAt ? zoneDate(c.acceptedAt) : today;
  const stopped = stops.reduce((sum, s) => sum + calendar.workingDaysBetween(s.startedOn, s.endedOn ?? today).days, 0);
  return {
    acceptedOn,
    stopped,
    legalDeadline: calendar.addWorkingDays(acceptedOn, row.statutoryDays + stopped).date,
    serviceDeadline: calendar.addWorkingDays(acceptedOn, row.promisedDays + stopped).date,
  };
}

/** A clerk, or a reviewer of the case's department, takes a case for themselves (managers reassign: lib/data/reassignment.ts). */
export async function claimCase(viewer: Viewer, input: { caseId: string; version: number }, meta: RequestMeta) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { c } = await loadCaseForUpdate(tx, input.caseId);
    if (viewer.kind !== 'user' || !can(viewer, 'case.claim', caseResource(c))) throw forbidden('case.claim');
    if (c.version !== input.version) throw new DomainError('staleVersion');
    const updated = await tx
      .update(cases)
      .set({ assigneeId: viewer.userId, version: c.version + 1, updatedAt: currentInstant() })
      .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
      .returning({ version: cases.version });
    if (!updated.length) throw new DomainError('staleVersion');
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.claim',
      entityType: 'case',
      entityId: c.id,
      before: { assigneeId: c.assigneeId },
      after: { assigneeId: viewer.userId },
    });
    return updated[0];
  });
}

/**
 * Starts an application: a draft case of the item's current version for one of the applicant's
 * enterprises — under one of that enterprise's projects when `projectId` is given, with what
 * the project already says filled in.
 */
export async function createDraft(
  viewer: Viewer,
  input: { serviceCode: string; enterpriseId: string; projectId?: string },
  meta: RequestMeta,
) {
  authorize(viewer, 'case.apply', { enterpriseId: input.enterpriseId });
  const db = await getDb();
  return db.transaction((tx) => insertDraft(tx, viewer, input, meta));
}

/**
 * Starts an application on the enterprise's behalf (帮办代办): a window clerk or the enterprise's
 * paired officer, under a valid authorization of the enterprise naming them for this item. The
 * case records who filed it and under which authorization; the enterprise's members are told.
 */
export async function fileOnBehalf(
  viewer: Viewer,
  input: { serviceCode: string; enterpriseId: string; authorizationId: string },
  meta: RequestMeta,
) {
  const db = await getDb();
  authorize(viewer, 'case.fileOnBehalf', await enterpriseServiceResource(db, input.enterpriseId));
  const agentId = viewer.kind === 'user' ? viewer.userId : '';
  return db.transaction(async (tx) => {
    const today = zoneDate(currentInstant());
    await requireValidAuthorization(tx, input.authorizationId, { agentId, enterpriseId: input.enterpriseId, serviceCode: input.serviceCode, today });
    const created = await insertDraft(tx, viewer, input, meta, { filedById: agentId, authorizationId: input.authorizationId });
    await notifyEnterprise(tx, input.enterpriseId, created.id, 'filed_on_behalf', { filedBy: viewer.kind === 'user' ? viewer.name : '' });
    return created;
  });
}

async function insertDraft(
  tx: Tx,
  viewer: Viewer,
  input: { serviceCode: string; enterpriseId: string; projectId?: string },
  meta: RequestMeta,
  onBehalf?: { filedById: string; authorizationId: string },
) {
  const [item] = await tx
    .select({ id: serviceItems.id, versionId: serviceItemVersions.id, formKey: serviceItemVersions.formKey, departmentId: serviceItemVersions.leadDepartmentId })
    .from(serviceItems)
    .innerJoin(serviceItemVersions, and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)))
    .where(eq(serviceItems.code, input.serviceCode));
  if (!item) throw notFound('service');
  const [project] = input.projectId ? await tx.select().from(projects).where(eq(projects.id, input.projectId)) : [];
  if (input.projectId && project?.enterpriseId !== input.enterpriseId) throw notFound('project');
  const [created] = await tx
    .insert(cases)
    .values({
      itemId: item.id,
      itemVersionId: item.versionId,
      enterpriseId: input.enterpriseId,
      projectId: project?.id ?? null,
      applicantId: actorId(viewer),
      ...onBehalf,
      departmentId: item.departmentId,
      state: 'draft',
      subject: project?.name ?? null,
      formData: project ? projectFormAnswers(project, formFieldsFor(item.formKey)) : {},
      createdAt: currentInstant(),
      updatedAt: currentInstant(),
    })
    .returning({ id: cases.id });
  await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
    action: onBehalf ? 'case.fileOnBehalf' : 'case.draft.create',
    entityType: 'case',
    entityId: created.id,
    after: { service: input.serviceCode, enterpriseId: input.enterpriseId, ...(project ? { projectId: project.id } : {}), ...onBehalf },
  });
  return created;
}

/**
 * A member of the enterprise takes over a case filed on its behalf: it becomes theirs to carry
 * on (its applicant). The agent who filed it keeps reading it only once it is submitted, as any staff.
 */
export async function takeOverCase(viewer: Viewer, input: { caseId: string }, meta: RequestMeta) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { c } = await loadCaseForUpdate(tx, input.caseId);
    authorizeCaseRead(viewer, caseResource(c));
    authorize(viewer, 'case.takeOver', { enterpriseId: c.enterpriseId });
    const memberId = actorId(viewer)!;
    if (!c.filedById) throw new DomainError('invalid', 'not filed on behalf', { caseId: ['notFiledOnBehalf'] });
    if (c.applicantId !== c.filedById) throw conflict('alreadyTakenOver');
    const [updated] = await tx
      .update(cases)
      .set({ applicantId: memberId, version: c.version + 1, updatedAt: currentInstant() })
      .where(eq(cases.id, c.id))
      .returning({ id: cases.id, version: cases.version });
    await appendAudit(tx, { actorId: memberId, ip: meta.ip }, {
      action: 'case.takeOver',
      entityType: 'case',
      entityId: c.id,
      before: { applicantId: c.applicantId },
      after: { applicantId: memberId, filedById: c.filedById, authorizationId: c.authorizationId },
    });
    return updated;
  });
}

/**
 * Who may change a draft's answers: its enterprise's members and the window (`case.apply`); the
 * agent filing it on the enterprise's behalf (a paired officer among them) under `case.fileOnBehalf`.
 */
async function authorizeDraftEdit(tx: Tx, viewer: Viewer, c: LockedCase['c']): Promise<void> {
  if (actorFor(viewer, c).isFiler) authorize(viewer, 'case.fileOnBehalf', await enterpriseServiceResource(tx, c.enterpriseId));
  else authorize(viewer, 'case.apply', { enterpriseId: c.enterpriseId });
}

/**
 * Saves a draft as the applicant types (any device: the draft lives in the database).
 * Only drafts and cases awaiting a supplement take edits; the answers are merged field by field.
 */
export async function saveDraft(
  viewer: Viewer,
  input: { caseId: string; subject?: string; contact?: Record<string, unknown>; formData?: Record<string, unknown> },
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { c } = await loadCaseForUpdate(tx, input.caseId);
    authorizeCaseRead(viewer, caseResource(c));
    await authorizeDraftEdit(tx, viewer, c);
    if (c.state !== 'draft' && c.state !== 'needs_supplement') throw new DomainError('staleVersion');
    const [saved] = await tx
      .update(cases)
      .set({
        subject: input.subject === undefined ? c.subject : input.subject.trim() || null,
        contact: input.contact ? ({ ...(c.contact ?? {}), ...input.contact } as typeof c.contact) : c.contact,
        formData: input.formData ? { ...c.formData, ...input.formData } : c.formData,
        updatedAt: currentInstant(),
      })
      .where(eq(cases.id, c.id))
      .returning({ updatedAt: cases.updatedAt });
    return { savedAt: saved.updatedAt.toISOString() };
  });
}
