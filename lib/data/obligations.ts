import 'server-only';
import { and, asc, eq, gt, gte, inArray, isNotNull, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database, type Executor, type Tx } from '@/db/client';
import {
  cases,
  enterpriseMembers,
  enterprises,
  obligationReminders,
  obligations,
  officerEnterprises,
  serviceMaterials,
  storedFiles,
  userRoles,
  type Bilingual,
  type Obligation,
  type ReminderKind,
} from '@/db/schema';
import { ANONYMOUS, can, type Operation, type Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import type { NotificationKind } from '@/lib/domain/mail-kinds';
import { isLate, nextStepOf, reminderDue, type DueWindow, type ObligationNextStep } from '@/lib/domain/obligation-ledger';
import {
  checkObligationChange,
  OBLIGATION_CHANGES,
  OWED_STATES,
  type ObligationActor,
  type ObligationChange,
  type ObligationState,
  type VerificationMethod,
} from '@/lib/domain/obligation-states';
import { checkTransition, SYSTEM_ACTOR } from '@/lib/domain/workflow';
import { DomainError, forbidden, notFound, unauthenticated } from '@/lib/errors';
import { NO_ACTION_PAYLOAD } from '@/lib/validation/case';
import type { RequestMeta } from './accounts';
import { appendAudit, type AuditContext } from './audit';
import { loadWorkingCalendar } from './calendar';
import { taskDepartmentIds } from './case-tasks';
import { caseResource, fireSystemTransition, notifyEnterprise } from './case-workflow';
import { notifyUsers } from './notify';
import { changeLicenceOfCase } from './licence-status';
import { changePermitOfCase } from './permits';
import { enterprisesPairedWith } from './pairings';
import { atInstant, currentInstant } from './now';
import { actorId, authorize } from './viewer';

// One breach pass at a time across instances; a second caller skips instead of waiting.
const SWEEP_LOCK = 727_276;

/** The inbox kind of each reminder (components/applicant/inbox-list.tsx renders both). */
const REMINDER_NOTIFICATION: Record<ReminderKind, NotificationKind> = { day_before: 'obligation_due', due_day: 'obligation_due_today' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Calendar = Awaited<ReturnType<typeof loadWorkingCalendar>>;

/** Every change of an obligation is an audit event on its case, so the case's history tells it. */
export async function auditObligationChange(
  tx: Tx,
  context: AuditContext,
  o: Pick<Obligation, 'id' | 'caseId' | 'status' | 'materialCode' | 'dueDate'>,
  change: ObligationChange,
  after: Record<string, unknown>,
) {
  await appendAudit(tx, context, {
    action: `case.obligation.${change}`,
    entityType: 'case',
    entityId: o.caseId,
    before: { obligationId: o.id, status: o.status },
    after: { obligationId: o.id, materialCode: o.materialCode, dueDate: o.dueDate, ...after },
  });
}

/** Every active member of the enterprises, with the enterprise they belong to. */
async function membersOf(tx: Tx, enterpriseIds: string[]) {
  return enterpriseIds.length
    ? tx
        .select({ userId: enterpriseMembers.userId, enterpriseId: enterpriseMembers.enterpriseId })
        .from(enterpriseMembers)
        .where(and(inArray(enterpriseMembers.enterpriseId, enterpriseIds), eq(enterpriseMembers.status, 'active')))
    : [];
}

/**
 * Who hears of a breach (DESIGN §4): the enterprise's active members, every officer and every
 * manager — a tolerated material overdue here, a promise found untrue in lib/data/promise-approval.ts.
 */
export async function breachRecipients(tx: Tx, enterpriseId: string): Promise<string[]> {
  const [members, staff] = await Promise.all([
    membersOf(tx, [enterpriseId]),
    tx
      .selectDistinct({ userId: userRoles.userId })
      .from(userRoles)
      .where(inArray(userRoles.role, ['officer', 'manager'])),
  ]);
  return [...new Set([...members.map((m) => m.userId), ...staff.map((s) => s.userId)])];
}

export type SweepReport = { skipped: boolean; reminded: number; breached: number };

/**
 * The obligations ledger's daily work (DESIGN §4), idempotent and safe on any instance: remind
 * the enterprise one working day before an obligation falls due and on the day itself, and when
 * the date has passed mark it breached and enforce it — a tolerated material still missing
 * suspends the case, or the licence it already issued — then tell the enterprise and flag it to
 * officers and managers. Cases are locked before their obligations, as an upload does.
 */
export async function sweepObligations(db: Database, now = currentInstant()): Promise<SweepReport> {
  const today = zoneDate(now);
  const calendar = await loadWorkingCalendar(db);
  return atInstant(now, async () => {
    const reminded = await sendReminders(db, today, calendar.addWorkingDays(today, 1).date);
    return db.transaction(async (tx) => {
      const [{ locked }] = (
        (await tx.execute(sql`select pg_try_advisory_xact_lock(${SWEEP_LOCK}) as locked`)) as unknown as {
          rows: { locked: boolean }[];
        }
      ).rows;
      if (!locked) return { skipped: true, reminded, breached: 0 };

      // Breaches: tolerated materials past the due date and still owed, case by case. A promise is
      // not broken by time: its verification finds it kept or untrue (lib/data/promise-approval.ts).
      const overdue = await tx
        .selectDistinct({ caseId: obligations.caseId })
        .from(obligations)
        .where(and(eq(obligations.kind, 'tolerance'), inArray(obligations.status, OWED_STATES), lt(obligations.dueDate, today)));
      let breached = 0;
      for (const { caseId } of overdue) breached += await breachCase(tx, caseId, today, calendar, now);
      return { skipped: false, reminded, breached };
    });
  });
}

/**
 * The day-before and due-day reminders of owed obligations. Each is recorded in
 * obligation_reminders first; only the rows this sweep inserted are notified, so every reminder
 * goes out once whatever the number of sweeps running — the primary key decides, not a lock.
 */
async function sendReminders(db: Database, today: string, nextWorkingDay: string): Promise<number> {
  return db.transaction(async (tx) => {
    const owed = await tx
      .select({ id: obligations.id, caseId: obligations.caseId, enterpriseId: obligations.enterpriseId, dueDate: obligations.dueDate })
      .from(obligations)
      .where(
        and(
          inArray(obligations.status, OWED_STATES),
          sql`${obligations.dueDate} between ${today} and ${nextWorkingDay}`,
        ),
      );
    const due = owed.flatMap((o) => {
      const kind = reminderDue(o.dueDate, today, nextWorkingDay);
      return kind ? [{ ...o, kind }] : [];
    });
    if (!due.length) return 0;
    const sent = await tx
      .insert(obligationReminders)
      .values(due.map((o) => ({ obligationId: o.id, kind: o.kind, sentAt: currentInstant() })))
      .onConflictDoNothing()
      .returning({ obligationId: obligationReminders.obligationId, kind: obligationReminders.kind });
    const byId = new Map(due.map((o) => [o.id, o]));
    const members = await membersOf(tx, [...new Set(sent.map((r) => byId.get(r.obligationId)!.enterpriseId))]);
    for (const r of sent) {
      const o = byId.get(r.obligationId)!;
      const recipients = members.filter((m) => m.enterpriseId === o.enterpriseId).map((m) => m.userId);
      await notifyUsers(tx, recipients, o.caseId, REMINDER_NOTIFICATION[r.kind], { obligationId: o.id, dueDate: o.dueDate });
    }
    return sent.length;
  });
}

/** Breaches the case's overdue obligations, enforces them once, and tells everyone concerned. */
async function breachCase(tx: Tx, caseId: string, today: string, calendar: Calendar, now: Date): Promise<number> {
  const [c] = await tx
    .select({ state: cases.state, number: cases.number, enterpriseId: cases.enterpriseId })
    .from(cases)
    .where(eq(cases.id, caseId))
    .for('update');
  const rows = await tx
    .select()
    .from(obligations)
    .where(
      and(
        eq(obligations.caseId, caseId),
        eq(obligations.kind, 'tolerance'),
        inArray(obligations.status, OWED_STATES),
        lt(obligations.dueDate, today),
      ),
    )
    .for('update');
  const due = rows.filter((o) => checkObligationChange('breach', o.status, 'system', { today, dueDate: o.dueDate }).ok);
  if (!c || due.length === 0) return 0;

  const toSuspend = due.filter((o) => o.consequence === 'suspend');
  const reason = `容缺材料逾期未补交：${toSuspend.map((o) => o.requirement).join('、')}`;
  const system = { actorId: null, ip: null };
  let suspended: 'case' | 'licence' | null = null;
  if (toSuspend.length && checkTransition('suspend', c.state, SYSTEM_ACTOR, { reason }).ok) {
    await fireSystemTransition(tx, ANONYMOUS, caseId, { ...NO_ACTION_PAYLOAD, transition: 'suspend', reason }, { ip: null }, calendar, {
      obligations: toSuspend.map((o) => o.id),
    });
    suspended = 'case';
  } else if (toSuspend.length && c.state === 'completed') {
    // The result was issued already: its licence or permit is suspended instead, until the material is verified.
    const issued = { id: caseId, number: c.number };
    const licence = await changeLicenceOfCase(tx, issued, 'suspended', reason, system, now);
    const permit = await changePermitOfCase(tx, issued, 'suspended', reason, system, now);
    suspended = licence || permit ? 'licence' : null;
  }

  for (const o of due) {
    const enforced = o.consequence === 'suspend' ? suspended : null;
    await tx.update(obligations).set({ status: 'breached', breachedAt: now, suspended: enforced }).where(eq(obligations.id, o.id));
    await auditObligationChange(tx, system, o, 'breach', { status: 'breached', suspended: enforced });
  }

  const recipients = await breachRecipients(tx, c.enterpriseId);
  for (const o of due) {
    await notifyUsers(tx, recipients, caseId, 'obligation_breached', {
      obligationId: o.id,
      dueDate: o.dueDate,
      suspended: o.consequence === 'suspend' ? suspended : null,
    });
  }
  return due.length;
}

/**
 * The applicant (or the window, at the counter) supplies an owed material: its obligations on
 * the case become fulfilled — also a breached one, the enterprise's way back — for the window to
 * verify. The caller holds the case's lock.
 */
export async function fulfilObligationsForMaterial(tx: Tx, caseId: string, materialCode: string, audit: AuditContext) {
  const rows = await tx
    .select()
    .from(obligations)
    .where(
      and(
        eq(obligations.caseId, caseId),
        eq(obligations.materialCode, materialCode),
        inArray(obligations.status, OBLIGATION_CHANGES.fulfil.from),
      ),
    )
    .for('update');
  const now = currentInstant();
  for (const o of rows) {
    await tx.update(obligations).set({ status: 'fulfilled', fulfilledAt: now }).where(eq(obligations.id, o.id));
    await auditObligationChange(tx, audit, o, 'fulfil', { status: 'fulfilled' });
  }
  return rows.map((o) => ({ id: o.id }));
}

/**
 * Checks that the viewer may prove this promise kept now: a member of its enterprise, a promise
 * (a tolerated material is supplied as the material itself), in a state the applicant fulfils.
 * With `lock`, the case and then the obligation are locked, in the order an upload and the sweep use.
 */
export async function checkEvidenceTarget(db: Executor, viewer: Viewer, obligationId: string, lock = false) {
  if (!UUID.test(obligationId)) throw notFound('obligation');
  const [found] = await db
    .select({ caseId: obligations.caseId, enterpriseId: obligations.enterpriseId })
    .from(obligations)
    .where(eq(obligations.id, obligationId));
  if (!found) throw notFound('obligation');
  authorize(viewer, 'obligation.fulfil', { enterpriseId: found.enterpriseId });
  if (lock) await db.select({ id: cases.id }).from(cases).where(eq(cases.id, found.caseId)).for('update');
  const query = db.select().from(obligations).where(eq(obligations.id, obligationId));
  const [o] = lock ? await query.for('update') : await query;
  if (o.kind !== 'promise') throw new DomainError('invalid', 'evidence for a promise only', { obligation: ['evidenceForPromisesOnly'] });
  const check = checkObligationChange('fulfil', o.status, 'applicant', { today: zoneDate(currentInstant()), dueDate: o.dueDate });
  if (!check.ok) throw new DomainError('invalid', check.reason, { obligation: [check.reason] });
  return o;
}

/** Records the stored file as the promise's evidence; the obligation becomes fulfilled, for the verifier to check. */
export async function fulfilWithEvidence(tx: Tx, viewer: Viewer, obligationId: string, fileId: string, audit: AuditContext) {
  const o = await checkEvidenceTarget(tx, viewer, obligationId, true);
  await tx
    .update(obligations)
    .set({ status: 'fulfilled', fulfilledAt: currentInstant(), evidenceFileId: fileId })
    .where(eq(obligations.id, o.id));
  await auditObligationChange(tx, audit, o, 'fulfil', { status: 'fulfilled', evidenceFileId: fileId });
}

/** An obligation that lets this material still be supplied after acceptance: owed, or breached (the way back). */
export function fulfillableTolerance(materialCode: string) {
  return and(eq(obligations.kind, 'tolerance'), eq(obligations.materialCode, materialCode), inArray(obligations.status, OBLIGATION_CHANGES.fulfil.from));
}

/** What staff do to an obligation, who may (the permission and the machine's actor), and what it needs. */
export type StaffObligationChange =
  | { change: 'verify' }
  | { change: 'waive'; reason: string }
  | { change: 'extend'; reason: string; forceMajeure: boolean; newDueDate: string };

const STAFF_CHANGES = {
  verify: { operation: 'obligation.verify', actor: 'clerk' },
  waive: { operation: 'obligation.manage', actor: 'manager' },
  extend: { operation: 'obligation.manage', actor: 'manager' },
} as const satisfies Record<StaffObligationChange['change'], { operation: Operation; actor: ObligationActor }>;

/**
 * Staff change an obligation (DESIGN §4): the window verifies a supplied material; a manager
 * waives one with a reason, or extends its due date for force majeure only. Once no breach of
 * the case is outstanding any more (verified or waived), the suspension the ledger made lifts —
 * the case resumes (by the system), or the licence it issued is reinstated — and the enterprise
 * is told.
 */
export async function changeObligation(
  viewer: Viewer,
  input: { obligationId: string } & StaffObligationChange,
  meta: RequestMeta,
): Promise<{ lifted: 'case' | 'licence' | null }> {
  if (!UUID.test(input.obligationId)) throw notFound('obligation');
  const { operation, actor } = STAFF_CHANGES[input.change];
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ caseId: obligations.caseId }).from(obligations).where(eq(obligations.id, input.obligationId));
    if (!found) throw notFound('obligation');
    // The case first, then its obligations: the order an upload and the sweep lock them in.
    const [c] = await tx
      .select({
        id: cases.id,
        enterpriseId: cases.enterpriseId,
        departmentId: cases.departmentId,
        applicantId: cases.applicantId,
        state: cases.state,
        number: cases.number,
      })
      .from(cases)
      .where(eq(cases.id, found.caseId))
      .for('update');
    authorize(viewer, operation, caseResource(c, await taskDepartmentIds(tx, c.id)));
    const [o] = await tx.select().from(obligations).where(eq(obligations.id, input.obligationId)).for('update');
    const now = currentInstant();
    const check = checkObligationChange(input.change, o.status, actor, {
      today: zoneDate(now),
      dueDate: o.dueDate,
      ...(input.change === 'verify' ? {} : { reason: input.reason }),
      ...(input.change === 'extend' ? { forceMajeure: input.forceMajeure, newDueDate: input.newDueDate } : {}),
    });
    if (!check.ok) throw new DomainError('invalid', check.reason, { [input.change === 'verify' ? 'obligation' : 'reason']: [check.reason] });
    const changes: Partial<typeof obligations.$inferInsert> =
      input.change === 'verify'
        ? { status: check.to, verifiedAt: now, verifiedBy: actorId(viewer) }
        : { status: check.to, statusReason: input.reason.trim(), ...(input.change === 'extend' ? { dueDate: input.newDueDate } : {}) };
    await tx.update(obligations).set(changes).where(eq(obligations.id, o.id));
    // A new due date is announced anew: the reminders sent were for the old one.
    if (input.change === 'extend') await tx.delete(obligationReminders).where(eq(obligationReminders.obligationId, o.id));
    await auditObligationChange(tx, { actorId: actorId(viewer), ip: meta.ip }, o, input.change, {
      status: check.to,
      ...(changes.statusReason ? { reason: changes.statusReason } : {}),
      ...(changes.dueDate ? { dueDate: changes.dueDate, previousDueDate: o.dueDate } : {}),
    });
    return { lifted: input.change === 'extend' ? null : await liftSuspension(tx, viewer, c, meta, calendar) };
  });
}

/** The window verifies a supplied material. */
export const verifyObligation = (viewer: Viewer, input: { obligationId: string }, meta: RequestMeta) =>
  changeObligation(viewer, { ...input, change: 'verify' }, meta);

/**
 * Lifts what the case's breaches suspended once none of them is still outstanding (breached, or
 * supplied late and not yet verified; verified and waived ones are settled). Only a suspension the ledger made is lifted, and only
 * while it still stands.
 */
async function liftSuspension(
  tx: Tx,
  viewer: Viewer,
  c: { id: string; enterpriseId: string; state: string; number: string | null },
  meta: RequestMeta,
  calendar: Calendar,
): Promise<'case' | 'licence' | null> {
  const enforced = await tx
    .select({ suspended: obligations.suspended, status: obligations.status, breachedAt: obligations.breachedAt })
    .from(obligations)
    .where(and(eq(obligations.caseId, c.id), or(isNotNull(obligations.breachedAt), eq(obligations.status, 'breached'))));
  if (enforced.some((o) => o.status === 'breached' || o.status === 'fulfilled')) return null;
  const kinds = new Set(enforced.map((o) => o.suspended).filter((s) => s !== null));
  const reason = '逾期材料已补交并经窗口核验';
  let lifted: 'case' | 'licence' | null = null;
  if (kinds.has('case') && c.state === 'suspended') {
    await fireSystemTransition(tx, viewer, c.id, { ...NO_ACTION_PAYLOAD, transition: 'resume', reason }, meta, calendar);
    lifted = 'case';
  } else if (kinds.has('licence')) {
    const audit = { actorId: actorId(viewer), ip: meta.ip };
    const licence = await changeLicenceOfCase(tx, c, 'valid', reason, audit);
    const permit = await changePermitOfCase(tx, c, 'valid', reason, audit);
    lifted = licence || permit ? 'licence' : null;
  }
  if (lifted) await notifyEnterprise(tx, c.enterpriseId, c.id, 'suspension_lifted', { lifted });
  return lifted;
}

type ObligationKind = Obligation['kind'];

export type ObligationFilter = {
  kind?: ObligationKind;
  state?: ObligationState;
  due?: DueWindow;
  /** Only these enterprises' (an applicant's page narrows to the enterprise they act for). */
  enterpriseId?: string;
  /** Leave out obligations settled (verified or waived) before this date; owed and supplied ones always show. */
  settledSince?: string;
};

export type ObligationRow = {
  id: string;
  kind: ObligationKind;
  status: ObligationState;
  /** The tolerated material's name in both languages, when it is one; else the requirement says it. */
  material: Bilingual | null;
  requirement: string;
  dueDate: string;
  verificationMethod: VerificationMethod;
  statusReason: string | null;
  enterprise: { id: string; name: string };
  case: { id: string; number: string | null };
  /** Working days from today to the due date; negative once past it. */
  workingDaysLeft: number;
  late: boolean;
  nextStep: ObligationNextStep;
  evidence: { fileId: string; name: string } | null;
};

type LedgerScope = { all: true } | { all: false; enterpriseIds: string[]; departmentId: string | null };

/**
 * Which part of the ledger the viewer may read, derived from the `obligation.read` grants: the
 * whole of it for an unscoped grant, else the enterprises (their own, or those paired with the
 * officer) and the department the grants admit.
 */
async function ledgerScope(db: Executor, viewer: Viewer): Promise<LedgerScope> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (can(viewer, 'obligation.read', {})) return { all: true };
  const paired = (enterpriseId: string) => ({ enterpriseId, pairedOfficerId: viewer.userId });
  // An officer without enterprises yet reads an empty ledger, not a refusal.
  const pairedGrant = can(viewer, 'obligation.read', paired(viewer.userId));
  const pairedIds = pairedGrant ? (await enterprisesPairedWith(db, viewer.userId)).filter((id) => can(viewer, 'obligation.read', paired(id))) : [];
  const enterpriseIds = [
    ...viewer.memberships.map((m) => m.enterpriseId).filter((id) => can(viewer, 'obligation.read', { enterpriseId: id })),
    ...pairedIds,
  ];
  const departmentId =
    viewer.departmentId && can(viewer, 'obligation.read', { departmentIds: [viewer.departmentId] }) ? viewer.departmentId : null;
  if (!enterpriseIds.length && !departmentId && !pairedGrant) throw forbidden('obligation.read');
  return { all: false, enterpriseIds, departmentId };
}

function scopeCondition(scope: LedgerScope): SQL | undefined {
  if (scope.all) return undefined;
  if (!scope.enterpriseIds.length && !scope.departmentId) return sql`false`;
  return or(
    scope.enterpriseIds.length ? inArray(obligations.enterpriseId, scope.enterpriseIds) : undefined,
    scope.departmentId ? or(eq(obligations.verifierDepartmentId, scope.departmentId), eq(cases.departmentId, scope.departmentId)) : undefined,
  );
}

/** The where clause of a due window, from today and the end of this working week (5 working days on). */
function dueCondition(due: DueWindow, today: string, weekEnd: string): SQL | undefined {
  const owed = inArray(obligations.status, OWED_STATES);
  switch (due) {
    case 'overdue':
      return or(eq(obligations.status, 'breached'), and(owed, lt(obligations.dueDate, today)));
    case 'week':
      return and(owed, gte(obligations.dueDate, today), lte(obligations.dueDate, weekEnd));
    case 'later':
      return and(owed, gt(obligations.dueDate, weekEnd));
  }
}

const SETTLED_STATES: ObligationState[] = ['verified', 'waived'];

/**
 * The obligations ledger as people read it (DESIGN §4): the rows the viewer may see (see
 * `ledgerScope`), soonest due first, each with its enterprise, case, working days left and the
 * next step.
 */
export async function listObligations(viewer: Viewer, filter: ObligationFilter = {}): Promise<ObligationRow[]> {
  const db = await getDb();
  const scope = await ledgerScope(db, viewer);
  const calendar = await loadWorkingCalendar(db);
  const today = zoneDate(currentInstant());
  const weekEnd = calendar.addWorkingDays(today, 5).date;
  const rows = await db
    .select({
      id: obligations.id,
      kind: obligations.kind,
      status: obligations.status,
      materialZh: serviceMaterials.nameZh,
      materialEn: serviceMaterials.nameEn,
      requirement: obligations.requirement,
      dueDate: obligations.dueDate,
      verificationMethod: obligations.verificationMethod,
      verifierDepartmentId: obligations.verifierDepartmentId,
      statusReason: obligations.statusReason,
      enterpriseId: obligations.enterpriseId,
      enterpriseName: enterprises.name,
      caseId: cases.id,
      caseNumber: cases.number,
      caseDepartmentId: cases.departmentId,
      pairedOfficerId: officerEnterprises.officerId,
      evidenceFileId: storedFiles.id,
      evidenceName: storedFiles.originalName,
    })
    .from(obligations)
    .innerJoin(cases, eq(cases.id, obligations.caseId))
    .innerJoin(enterprises, eq(enterprises.id, obligations.enterpriseId))
    .leftJoin(serviceMaterials, and(eq(serviceMaterials.versionId, cases.itemVersionId), eq(serviceMaterials.code, obligations.materialCode)))
    .leftJoin(storedFiles, eq(storedFiles.id, obligations.evidenceFileId))
    .leftJoin(officerEnterprises, eq(officerEnterprises.enterpriseId, obligations.enterpriseId))
    .where(
      and(
        scopeCondition(scope),
        filter.kind ? eq(obligations.kind, filter.kind) : undefined,
        filter.state ? eq(obligations.status, filter.state) : undefined,
        filter.due ? dueCondition(filter.due, today, weekEnd) : undefined,
        filter.enterpriseId ? eq(obligations.enterpriseId, filter.enterpriseId) : undefined,
        filter.settledSince
          ? or(
              notInArray(obligations.status, SETTLED_STATES),
              sql`coalesce((${obligations.verifiedAt} at time zone 'Asia/Shanghai')::date, ${obligations.dueDate}) >= ${filter.settledSince}`,
            )
          : undefined,
      ),
    )
    .orderBy(asc(obligations.dueDate), asc(obligations.id))
    .limit(LEDGER_PAGE);
  return (
    rows
      // The table decides once more, row by row: the filter above must never admit more than it does.
      .filter((r) =>
        can(viewer, 'obligation.read', {
          enterpriseId: r.enterpriseId,
          departmentIds: [r.verifierDepartmentId, r.caseDepartmentId].filter((d) => d !== null),
          pairedOfficerId: r.pairedOfficerId,
        }),
      )
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        material: r.materialZh !== null && r.materialEn !== null ? { zh: r.materialZh, en: r.materialEn } : null,
        requirement: r.requirement,
        dueDate: r.dueDate,
        verificationMethod: r.verificationMethod,
        statusReason: r.statusReason,
        enterprise: { id: r.enterpriseId, name: r.enterpriseName },
        case: { id: r.caseId, number: r.caseNumber },
        // A due date still ahead is at least a day away, even across a weekend with no working day in between.
        workingDaysLeft: r.dueDate > today ? Math.max(1, calendar.workingDaysBetween(today, r.dueDate).days) : calendar.workingDaysBetween(today, r.dueDate).days,
        late: isLate(r, today),
        nextStep: nextStepOf(r),
        evidence: r.evidenceFileId && r.evidenceName ? { fileId: r.evidenceFileId, name: r.evidenceName } : null,
      }))
  );
}

/** The most rows one listing returns; the filters narrow it down. */
export const LEDGER_PAGE = 500;

export type LedgerCounts = { openTolerance: number; openPromise: number; dueThisWeek: number; overdue: number; breached: number };

/** The risk figures over the viewer's part of the ledger: owed by kind, due this week, past due and not yet swept, breached. */
export async function countObligations(viewer: Viewer): Promise<LedgerCounts> {
  authorize(viewer, 'obligation.riskView');
  const db = await getDb();
  const scope = await ledgerScope(db, viewer);
  const calendar = await loadWorkingCalendar(db);
  const today = zoneDate(currentInstant());
  const weekEnd = calendar.addWorkingDays(today, 5).date;
  const owed = sql`${obligations.status} in ('open', 'extended')`;
  const [counts] = await db
    .select({
      openTolerance: sql<number>`count(*) filter (where ${owed} and ${obligations.kind} = 'tolerance')::int`,
      openPromise: sql<number>`count(*) filter (where ${owed} and ${obligations.kind} = 'promise')::int`,
      dueThisWeek: sql<number>`count(*) filter (where ${owed} and ${obligations.dueDate} between ${today} and ${weekEnd})::int`,
      overdue: sql<number>`count(*) filter (where ${owed} and ${obligations.dueDate} < ${today})::int`,
      breached: sql<number>`count(*) filter (where ${obligations.status} = 'breached')::int`,
    })
    .from(obligations)
    .innerJoin(cases, eq(cases.id, obligations.caseId))
    .where(scopeCondition(scope));
  return counts;
}
