import 'server-only';
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { getDb, type Tx } from '@/db/client';
import { cases, creditRecords, enterprises, storedFiles, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, DomainError, notFound } from '@/lib/errors';
import type { CreditClearInput, CreditRecordInput } from '@/lib/validation/credit';
import type { RequestMeta } from './accounts';
import { appendAudit, type AuditContext } from './audit';
import { actorId, authorize } from './viewer';

/*
 * Credit records (失信记录, DESIGN §4): a manager records one against an enterprise and clears it
 * (信用修复) with a reason and the evidence. While one is active the enterprise may not use
 * tolerance or promises; the workflow guards read `hasActiveCreditRecord`.
 */

/** Whether the enterprise in `enterpriseId` (a column of the surrounding query) has a record not yet cleared. */
export function hasActiveCreditRecord(enterpriseId: AnyPgColumn): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${creditRecords} where ${creditRecords.enterpriseId} = ${enterpriseId} and ${creditRecords.clearedAt} is null)`;
}

export async function recordCreditRecord(viewer: Viewer, input: CreditRecordInput, meta: RequestMeta): Promise<{ id: string }> {
  authorize(viewer, 'credit.record');
  const db = await getDb();
  return db.transaction(async (tx) => {
    let caseId: string | null = null;
    let enterpriseId = input.enterpriseId;
    if (input.caseNumber) {
      const [c] = await tx.select({ id: cases.id, enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.number, input.caseNumber));
      if (!c || (enterpriseId && c.enterpriseId !== enterpriseId)) {
        throw new DomainError('invalid', 'no such case of the enterprise', { caseNumber: ['caseNotOfEnterprise'] });
      }
      caseId = c.id;
      enterpriseId = c.enterpriseId;
    }
    const [enterprise] = enterpriseId
      ? await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterpriseId))
      : [];
    if (!enterprise) throw notFound('enterprise');
    return recordCreditInTx(tx, { enterpriseId: enterprise.id, caseId, reason: input.reason }, { actorId: actorId(viewer), ip: meta.ip });
  });
}

/** Writes a credit record and its audit event in the caller's transaction: a manager's, or a breached promise's. */
export async function recordCreditInTx(
  tx: Tx,
  input: { enterpriseId: string; caseId: string | null; reason: string },
  audit: AuditContext,
): Promise<{ id: string }> {
  const [record] = await tx
    .insert(creditRecords)
    .values({ enterpriseId: input.enterpriseId, reason: input.reason, caseId: input.caseId, recordedBy: audit.actorId })
    .returning({ id: creditRecords.id });
  await appendAudit(tx, audit, {
    action: 'enterprise.credit.record',
    entityType: 'enterprise',
    entityId: input.enterpriseId,
    after: { creditRecordId: record.id, reason: input.reason, caseId: input.caseId },
  });
  return record;
}

/** Clears an active record; of two managers clearing it at once, one does and the other is told it changed. */
export async function clearCreditRecord(viewer: Viewer, input: CreditClearInput, meta: RequestMeta): Promise<void> {
  authorize(viewer, 'credit.clear');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [cleared] = await tx
      .update(creditRecords)
      .set({ clearedAt: new Date(), clearedBy: actorId(viewer), clearingReason: input.reason, clearingEvidence: input.evidence })
      .where(and(eq(creditRecords.id, input.recordId), isNull(creditRecords.clearedAt)))
      .returning({ enterpriseId: creditRecords.enterpriseId, reason: creditRecords.reason });
    if (!cleared) {
      const [exists] = await tx.select({ id: creditRecords.id }).from(creditRecords).where(eq(creditRecords.id, input.recordId));
      throw exists ? conflict('creditRecordCleared') : notFound('creditRecord');
    }
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'enterprise.credit.clear',
      entityType: 'enterprise',
      entityId: cleared.enterpriseId,
      before: { creditRecordId: input.recordId, reason: cleared.reason, cleared: false },
      after: { creditRecordId: input.recordId, cleared: true, clearingReason: input.reason, evidence: input.evidence },
    });
  });
}

export type CreditRecordView = {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  reason: string;
  caseNumber: string | null;
  recordedAt: string;
  recordedByName: string | null;
  clearedAt: string | null;
  clearedByName: string | null;
  clearingReason: string | null;
  clearingEvidence: string | null;
  /** The evidence as a file, when the manager attached one. */
  clearingEvidenceFile: { id: string; name: string } | null;
};

const recorder = alias(users, 'recorder');
const clearer = alias(users, 'clearer');

function selectRecords(where: SQL | undefined) {
  return getDb().then((db) =>
    db
      .select({
        id: creditRecords.id,
        enterpriseId: creditRecords.enterpriseId,
        enterpriseName: enterprises.name,
        reason: creditRecords.reason,
        caseNumber: cases.number,
        recordedAt: creditRecords.recordedAt,
        recordedByName: recorder.name,
        clearedAt: creditRecords.clearedAt,
        clearedByName: clearer.name,
        clearingReason: creditRecords.clearingReason,
        clearingEvidence: creditRecords.clearingEvidence,
        evidenceFileId: storedFiles.id,
        evidenceFileName: storedFiles.originalName,
      })
      .from(creditRecords)
      .innerJoin(enterprises, eq(enterprises.id, creditRecords.enterpriseId))
      .leftJoin(cases, eq(cases.id, creditRecords.caseId))
      .leftJoin(recorder, eq(recorder.id, creditRecords.recordedBy))
      .leftJoin(clearer, eq(clearer.id, creditRecords.clearedBy))
      .leftJoin(storedFiles, eq(storedFiles.id, creditRecords.clearingEvidenceFileId))
      .where(where)
      .orderBy(desc(creditRecords.recordedAt), asc(creditRecords.id)),
  );
}

const toView = ({ evidenceFileId, evidenceFileName, ...r }: Awaited<ReturnType<typeof selectRecords>>[number]): CreditRecordView => ({
  ...r,
  clearingEvidenceFile: evidenceFileId && evidenceFileName ? { id: evidenceFileId, name: evidenceFileName } : null,
  recordedAt: r.recordedAt.toISOString(),
  clearedAt: r.clearedAt?.toISOString() ?? null,
});

/** An enterprise's records, active and cleared, newest first: for staff on the enterprise's case pages. */
export async function listEnterpriseCreditRecords(viewer: Viewer, enterpriseId: string): Promise<CreditRecordView[]> {
  authorize(viewer, 'credit.read');
  return (await selectRecords(eq(creditRecords.enterpriseId, enterpriseId))).map(toView);
}

/** Every active record, newest first: the manager's credit page. */
export async function listActiveCreditRecords(viewer: Viewer): Promise<CreditRecordView[]> {
  authorize(viewer, 'credit.read');
  return (await selectRecords(isNull(creditRecords.clearedAt))).map(toView);
}
