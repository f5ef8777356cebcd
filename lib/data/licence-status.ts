import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor, type Tx } from '@/db/client';
import { auditEvents, cases, departments, enterpriseNames, licences, users, type Licence } from '@/db/schema';
import { can, type Resource, type Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import {
  availableStatusChanges,
  checkStatusChange,
  LICENCE_STATUS_CHANGES,
  type LicenceStatus,
  type LicenceStatusChange,
  type StatusChangeFailure,
} from '@/lib/domain/licence-status';
import { conflict, DomainError, notFound, unauthenticated } from '@/lib/errors';
import { creditCodeSchema, type LicenceStatusChangeInput } from '@/lib/validation/licence';
import type { RequestMeta } from './accounts';
import { appendAudit, type AuditContext } from './audit';
import { MARKET_DEPARTMENT } from './licences';
import { authorize } from './viewer';

/*
 * Status changes of issued licences (DESIGN §6): the registration authority suspends,
 * reinstates or revokes a licence with a reason (lib/domain/licence-status.ts says which
 * changes exist); the public verification, the wallet and 免提交 read the new status at once.
 */

const CHANGE_ACTIONS = Object.keys(LICENCE_STATUS_CHANGES).map((change) => `licence.${change}`);

/** Where each failed check of the domain is shown on the form, and the `validation` key it shows. */
const FAILURE_FIELD: Record<StatusChangeFailure, [field: 'to' | 'reason', key: string]> = {
  statusChangeNotAllowed: ['to', 'licenceStatusChangeNotAllowed'],
  reasonRequired: ['reason', 'required'],
  reasonTooLong: ['reason', 'tooLong'],
};

/**
 * A licence with the department that issued it: its case's department, else the market
 * regulator — the department whose name `issueLicenceForCase` printed as the authority.
 * With `forUpdate`, the licence row stays locked until the transaction ends.
 */
async function loadLicence(db: Executor, creditCode: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({
      licence: licences,
      issuingDepartmentId: sql<string | null>`coalesce(${cases.departmentId},
        (select ${departments.id} from ${departments} where ${departments.code} = ${MARKET_DEPARTMENT}))`,
    })
    .from(licences)
    .innerJoin(cases, eq(cases.id, licences.caseId))
    .where(eq(licences.creditCode, creditCode));
  const [row] = await (options.forUpdate ? query.for('update', { of: licences }) : query);
  if (!row) throw notFound('licence');
  return row;
}

/** What 'licence.changeStatus' is scoped to: the issuing department (reviewers of other departments are refused). */
const issuedBy = (departmentId: string | null): Resource => ({ departmentIds: departmentId ? [departmentId] : [] });

/** A code from a URL or a form; one that cannot exist is simply not found (and never reaches SQL). */
function parseCode(code: string): string {
  const parsed = creditCodeSchema.safeParse(code);
  if (!parsed.success) throw notFound('licence');
  return parsed.data;
}

export type LicenceStatusChanged = {
  creditCode: string;
  change: LicenceStatusChange;
  status: LicenceStatus;
  statusChangedAt: string;
  /** The registry name revoked with the licence, when there was a live one. */
  revokedName: string | null;
};

/**
 * Suspends, reinstates or revokes a licence, in one transaction: lock the licence row, check
 * the viewer is its registration authority (or an admin), refuse a stale change (the licence
 * no longer has the status the user saw: conflict/licenceStatusChanged), check the change with
 * the domain rules, write the status, and append the audit event with the reason. Revoking
 * also revokes the enterprise's live name in the registry, which then blocks for one more
 * year (DESIGN §5), with its own audit event. Concurrent changes queue on the row lock, so
 * of two that saw the same status exactly one is made.
 */
export async function changeLicenceStatus(
  viewer: Viewer,
  input: LicenceStatusChangeInput,
  meta: RequestMeta,
): Promise<LicenceStatusChanged> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const creditCode = parseCode(input.creditCode);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { licence, issuingDepartmentId } = await loadLicence(tx, creditCode, { forUpdate: true });
    authorize(viewer, 'licence.changeStatus', issuedBy(issuingDepartmentId));
    const from = licence.status;
    if (input.expectedStatus && input.expectedStatus !== from) {
      throw conflict('licenceStatusChanged', { expectedStatus: ['licenceStatusChanged'] });
    }
    const check = checkStatusChange(from, input.to, input.reason);
    if (!check.ok) {
      const [field, key] = FAILURE_FIELD[check.failure];
      throw new DomainError('invalid', check.failure, { [field]: [key] });
    }

    const now = new Date();
    const audit = { actorId: viewer.userId, ip: meta.ip };
    await tx.update(licences).set({ status: input.to, statusChangedAt: now, statusReason: check.reason }).where(eq(licences.id, licence.id));
    await appendAudit(tx, audit, {
      action: `licence.${check.change}`,
      entityType: 'licence',
      entityId: licence.id,
      before: { status: from },
      after: { status: input.to, reason: check.reason, creditCode: licence.creditCode },
    });
    const revokedName = check.change === 'revoke' ? await revokeEnterpriseName(tx, licence, zoneDate(now), audit) : null;
    return { creditCode: licence.creditCode, change: check.change, status: input.to, statusChangedAt: now.toISOString(), revokedName };
  });
}

/**
 * The change a case's transition makes to what the case issued (its licence, its permit), checked
 * by the domain: null when it does not apply to the status that has (revoked already; a
 * suspension someone else already lifted); a reason the domain refuses is the transition's error.
 */
export function statusChangeOfCase(from: LicenceStatus, to: LicenceStatus, reason: string) {
  const check = checkStatusChange(from, to, reason);
  if (!check.ok && check.failure === 'statusChangeNotAllowed') return null;
  if (!check.ok) {
    const [field, key] = FAILURE_FIELD[check.failure];
    throw new DomainError('invalid', check.failure, { [field === 'to' ? 'transition' : field]: [key] });
  }
  return check;
}

/**
 * Changes the status of the licence a case issued, inside the caller's transaction, with the
 * same reason and audit event as a change on the licence page plus the case it came from.
 * Returns the licence as it was, or null when the case issued none or the change does not
 * apply to its status (revoked already; a suspension lifted that someone else already lifted).
 */
export async function changeLicenceOfCase(
  tx: Tx,
  c: { id: string; number: string | null },
  to: LicenceStatus,
  reason: string,
  audit: AuditContext,
  now = new Date(),
): Promise<Licence | null> {
  const [licence] = await tx.select().from(licences).where(eq(licences.caseId, c.id)).for('update');
  if (!licence) return null;
  const check = statusChangeOfCase(licence.status, to, reason);
  if (!check) return null;
  await tx.update(licences).set({ status: to, statusChangedAt: now, statusReason: check.reason }).where(eq(licences.id, licence.id));
  await appendAudit(tx, audit, {
    action: `licence.${check.change}`,
    entityType: 'licence',
    entityId: licence.id,
    before: { status: licence.status },
    after: { status: to, reason: check.reason, creditCode: licence.creditCode, caseId: c.id, caseNumber: c.number },
  });
  return licence;
}

/**
 * Revokes the licence a case issued, as that case is revoked (DESIGN §3: a completed case
 * revoked for a breached promise, an unfulfilled tolerance or fraud takes its result with it),
 * and the licensed name with it. Nothing happens when the case issued no licence or the
 * licence is revoked already.
 */
export async function revokeLicenceOfCase(
  tx: Tx,
  c: { id: string; number: string | null },
  reason: string,
  audit: AuditContext,
  now = new Date(),
): Promise<{ creditCode: string; revokedName: string | null } | null> {
  const licence = await changeLicenceOfCase(tx, c, 'revoked', reason, audit, now);
  if (!licence) return null;
  const revokedName = await revokeEnterpriseName(tx, licence, zoneDate(now), audit);
  return { creditCode: licence.creditCode, revokedName };
}

/**
 * Marks the licensed name (same enterprise, same full name, registered or reserved) revoked
 * as of `today`; the name check then refuses it for one more year. Returns the name, or null
 * when the registry holds no live name of the licence.
 */
async function revokeEnterpriseName(
  tx: Tx,
  licence: Licence,
  today: string,
  audit: AuditContext,
): Promise<string | null> {
  const [name] = await tx
    .update(enterpriseNames)
    .set({ status: 'revoked', statusDate: today })
    .where(
      and(
        eq(enterpriseNames.enterpriseId, licence.enterpriseId),
        eq(enterpriseNames.fullName, licence.enterpriseName),
        inArray(enterpriseNames.status, ['registered', 'reserved']),
      ),
    )
    .returning({ id: enterpriseNames.id, fullName: enterpriseNames.fullName });
  if (!name) return null;
  await appendAudit(tx, audit, {
    action: 'name.revoke',
    entityType: 'enterprise_name',
    entityId: name.id,
    after: { fullName: name.fullName, status: 'revoked', statusDate: today, licenceCreditCode: licence.creditCode },
  });
  return name.fullName;
}

// --- what staff see on the licence page ----------------------------------------------------

export type LicenceStatusEvent = {
  seq: number;
  at: string;
  /** 'issue' for the licence's issue, when it started 'valid'. */
  change: LicenceStatusChange | 'issue';
  status: LicenceStatus;
  reason: string | null;
  actorName: string | null;
};

export type LicenceStatusPanel = {
  creditCode: string;
  status: LicenceStatus;
  statusChangedAt: string;
  /** The changes this viewer may make now; empty for staff without 'licence.changeStatus'. */
  changes: { change: LicenceStatusChange; to: LicenceStatus }[];
  /** Newest first, from the audit trail. */
  history: LicenceStatusEvent[];
};

const statusAfter = (change: LicenceStatusChange | 'issue'): LicenceStatus =>
  change === 'issue' ? 'valid' : LICENCE_STATUS_CHANGES[change].to;

/**
 * A licence's status for staff ('licence.readHistory'): the current status, the changes the
 * viewer may make now, and every change with its reason and who made it, newest first.
 */
export async function getLicenceStatusPanel(viewer: Viewer, code: string): Promise<LicenceStatusPanel> {
  authorize(viewer, 'licence.readHistory');
  const db = await getDb();
  const { licence, issuingDepartmentId } = await loadLicence(db, parseCode(code));
  const events = await db
    .select({ seq: auditEvents.seq, at: auditEvents.at, action: auditEvents.action, after: auditEvents.after, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, 'licence'),
        eq(auditEvents.entityId, licence.id),
        inArray(auditEvents.action, ['licence.issue', ...CHANGE_ACTIONS]),
      ),
    )
    .orderBy(desc(auditEvents.seq));
  return {
    creditCode: licence.creditCode,
    status: licence.status,
    statusChangedAt: licence.statusChangedAt.toISOString(),
    changes: can(viewer, 'licence.changeStatus', issuedBy(issuingDepartmentId)) ? availableStatusChanges(licence.status) : [],
    history: events.map((e) => {
      const change = e.action.slice('licence.'.length) as LicenceStatusChange | 'issue';
      const reason = (e.after as { reason?: unknown } | null)?.reason;
      return {
        seq: e.seq,
        at: e.at.toISOString(),
        change,
        status: statusAfter(change),
        reason: typeof reason === 'string' ? reason : null,
        actorName: e.actorName,
      };
    }),
  };
}

/**
 * The licence issued by a case, for a link from the desk's case page: its code and status,
 * or null when the case issued none. Readable by whoever may read the licence's enterprise.
 */
export async function getCaseLicence(viewer: Viewer, caseId: string): Promise<{ creditCode: string; status: LicenceStatus } | null> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!z.guid().safeParse(caseId).success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ creditCode: licences.creditCode, status: licences.status, enterpriseId: licences.enterpriseId })
    .from(licences)
    .where(eq(licences.caseId, caseId));
  if (!row) return null;
  authorize(viewer, 'enterprise.read', { enterpriseId: row.enterpriseId });
  return { creditCode: row.creditCode, status: row.status };
}
