import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor, type Tx } from '@/db/client';
import { cases, departments, enterprises, permitNumberCounters, permits, serviceItemVersions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import type { LicenceStatus } from '@/lib/domain/licence-status';
import { isPermitKind, parsePermitNumber, permitNumber, permitValidUntil, PERMIT_KINDS, type PermitKind } from '@/lib/domain/permits';
import { DomainError, notFound, unauthenticated } from '@/lib/errors';
import { appendAudit, type AuditContext } from './audit';
import { statusChangeOfCase } from './licence-status';
import { authorize } from './viewer';

/*
 * Permits approvals issue (食品经营许可证, 建筑工程施工许可证): the 'issue' transition of a case
 * whose item version names a permit kind creates it, under a number gapless per kind and year;
 * revoking the case revokes it, a breached tolerance suspends it; anyone may verify it by number.
 */

type Permit = typeof permits.$inferSelect;

/**
 * The next serial of a kind of permit in a year: the counter row is created or incremented in
 * one statement and stays locked until the issuing transaction ends, so concurrent issues queue
 * on it and a rolled-back issue gives its serial back (as notice numbers, lib/data/notices.ts).
 */
async function nextPermitSerial(tx: Executor, kind: PermitKind, year: number): Promise<number> {
  const [row] = await tx
    .insert(permitNumberCounters)
    .values({ kind, year, last: 1 })
    .onConflictDoUpdate({
      target: [permitNumberCounters.kind, permitNumberCounters.year],
      set: { last: sql`${permitNumberCounters.last} + 1` },
    })
    .returning({ last: permitNumberCounters.last });
  return row.last;
}

/** A form answer a permit prints; a missing one is the case's error under the answer's key. */
function printedAnswer(formData: Record<string, unknown>, key: string): string {
  const value = formData[key];
  const text = typeof value === 'string' ? value.trim() : Array.isArray(value) ? value.join('；') : '';
  if (!text) throw new DomainError('invalid', 'permit form', { [key]: ['required'] });
  return text;
}

/**
 * Issues the permit of a case, inside the caller's transaction (the case's 'issue' transition),
 * when its item version names a permit kind; null otherwise. Holder is the case's enterprise,
 * subject and address come from the answers the kind prints, the authority is the case's
 * department. Idempotent per case: the case row is locked first, so a second call — also a
 * concurrent one — finds the permit already issued and takes no serial.
 */
export async function issuePermitForCase(
  tx: Tx,
  c: { id: string; number: string | null },
  audit: AuditContext,
  now = new Date(),
): Promise<Permit | null> {
  const [row] = await tx
    .select({
      kind: serviceItemVersions.permitKind,
      enterpriseId: cases.enterpriseId,
      formData: cases.formData,
      holderName: enterprises.name,
      authority: departments.nameZh,
    })
    .from(cases)
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .leftJoin(departments, eq(departments.id, cases.departmentId))
    .where(eq(cases.id, c.id))
    .for('update', { of: cases });
  if (!row) throw notFound('case');
  if (!isPermitKind(row.kind)) return null;
  const [existing] = await tx.select().from(permits).where(eq(permits.caseId, c.id));
  if (existing) return existing;
  if (!row.authority) throw new DomainError('invalid', 'permit authority');

  const kind = row.kind;
  const formData = (row.formData ?? {}) as Record<string, unknown>;
  const printed = PERMIT_KINDS[kind].answers;
  const subject = printedAnswer(formData, printed.subject);
  const address = printedAnswer(formData, printed.address);
  const issuedOn = zoneDate(now);
  const serial = await nextPermitSerial(tx, kind, Number(issuedOn.slice(0, 4)));
  const [permit] = await tx
    .insert(permits)
    .values({
      number: permitNumber(kind, { serial, issuedOn }),
      kind,
      caseId: c.id,
      enterpriseId: row.enterpriseId,
      holderName: row.holderName,
      subject,
      address,
      validUntil: permitValidUntil(kind, issuedOn),
      authority: row.authority,
      status: 'valid',
      statusChangedAt: now,
      issuedAt: now,
    })
    .returning();
  await appendAudit(tx, audit, {
    action: 'permit.issue',
    entityType: 'permit',
    entityId: permit.id,
    after: { number: permit.number, kind, caseId: c.id, caseNumber: c.number, enterpriseId: row.enterpriseId },
  });
  return permit;
}

/**
 * Changes the status of the permit a case issued, inside the caller's transaction, as
 * `changeLicenceOfCase` does for a licence: the same domain check, reason and audit event.
 * Returns the permit as it was, or null when the case issued none or the change does not apply.
 */
export async function changePermitOfCase(
  tx: Tx,
  c: { id: string; number: string | null },
  to: LicenceStatus,
  reason: string,
  audit: AuditContext,
  now = new Date(),
): Promise<Permit | null> {
  const [permit] = await tx.select().from(permits).where(eq(permits.caseId, c.id)).for('update');
  if (!permit) return null;
  const check = statusChangeOfCase(permit.status, to, reason);
  if (!check) return null;
  await tx.update(permits).set({ status: to, statusChangedAt: now, statusReason: check.reason }).where(eq(permits.id, permit.id));
  await appendAudit(tx, audit, {
    action: `permit.${check.change}`,
    entityType: 'permit',
    entityId: permit.id,
    before: { status: permit.status },
    after: { status: to, reason: check.reason, number: permit.number, caseId: c.id, caseNumber: c.number },
  });
  return permit;
}

// --- what a permit shows ------------------------------------------------------------------

/** What a permit itself shows, and its status: never an internal id. */
export type PublicPermit = {
  number: string;
  kind: PermitKind;
  holderName: string;
  subject: string;
  address: string;
  /** Last day of validity, YYYY-MM-DD; null when the permit does not expire. */
  validUntil: string | null;
  authority: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  status: LicenceStatus;
  /** When the status last changed (ISO 8601). */
  statusChangedAt: string;
  /** Why it is suspended or revoked: the public is told, as a revocation notice would. */
  statusReason: string | null;
};

function toPublic(row: Permit): PublicPermit {
  return {
    number: row.number,
    // Only issuePermitForCase writes the column, with a kind it checked.
    kind: row.kind as PermitKind,
    holderName: row.holderName,
    subject: row.subject,
    address: row.address,
    validUntil: row.validUntil,
    authority: row.authority,
    issuedOn: zoneDate(row.issuedAt),
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
    statusReason: row.status === 'valid' ? null : row.statusReason,
  };
}

/**
 * The public answer for a permit number (verification page): null when the number is not one
 * (parsePermitNumber) or was not issued here. Needs no viewer — a permit is a public document.
 */
export async function getPublicPermit(number: string): Promise<PublicPermit | null> {
  const parsed = parsePermitNumber(number);
  if (!parsed) return null;
  const db = await getDb();
  const [row] = await db.select().from(permits).where(eq(permits.number, parsed.number));
  return row ? toPublic(row) : null;
}

/** An enterprise's permits, newest first (its wallet); the caller has checked 'enterprise.read'. */
export async function listEnterprisePermits(db: Executor, enterpriseId: string): Promise<PublicPermit[]> {
  const rows = await db.select().from(permits).where(eq(permits.enterpriseId, enterpriseId)).orderBy(desc(permits.issuedAt));
  return rows.map(toPublic);
}

/**
 * The permit a case issued, for its case pages: number, kind and status, or null when it issued
 * none. Readable by whoever may read the permit's enterprise.
 */
export async function getCasePermit(
  viewer: Viewer,
  caseId: string,
): Promise<{ number: string; kind: PermitKind; status: LicenceStatus } | null> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!z.guid().safeParse(caseId).success) return null;
  const db = await getDb();
  const [row] = await db.select().from(permits).where(eq(permits.caseId, caseId));
  if (!row) return null;
  authorize(viewer, 'enterprise.read', { enterpriseId: row.enterpriseId });
  const { number, kind, status } = toPublic(row);
  return { number, kind, status };
}
