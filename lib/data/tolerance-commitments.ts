import 'server-only';
import { and, desc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor, type Tx } from '@/db/client';
import { enterprises, storedFiles, toleranceCommitments } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import { commitmentWording, mayBecome, type CommitmentStatus } from '@/lib/domain/tolerance-commitment';
import { checkTransition } from '@/lib/domain/workflow';
import { DomainError, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import { materialUploadRule } from '@/lib/storage/rules';
import type { ProposeCommitmentInput, SignCommitmentInput } from '@/lib/validation/case';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { loadWorkingCalendar } from './calendar';
import { taskDepartmentIds } from './case-tasks';
import {
  actorFor,
  caseResource,
  loadCaseForUpdate,
  notifyEnterprise,
  toleranceContext,
  transitionRefusal,
  withdrawLiveCommitment,
  type LockedCase,
} from './case-workflow';
import type { IncomingFile } from '@/lib/storage/incoming';
import { storeUploadedFile } from './files';
import { currentInstant } from './now';
import { actorId, authorize } from './viewer';

/*
 * The tolerance commitment (容缺承诺书, DESIGN §4): the window proposes which missing materials it
 * would tolerate and until when; the applicant signs the wording generated from them online, or
 * the window attaches the scan of the paper signed at the counter; only a signed commitment lets
 * the case be accepted with tolerance (lib/data/case-workflow.ts), and exactly for its materials.
 */

/** The largest scan of a commitment signed at the counter. */
export const COMMITMENT_SCAN_MAX_MB = 10;

/** The case of a commitment, locked (every change of a commitment queues on its case), and the commitment as it is then. */
async function lockCommitment(tx: Tx, commitmentId: string) {
  if (!z.guid().safeParse(commitmentId).success) throw notFound('commitment');
  const [found] = await tx
    .select({ caseId: toleranceCommitments.caseId })
    .from(toleranceCommitments)
    .where(eq(toleranceCommitments.id, commitmentId));
  if (!found) throw notFound('commitment');
  const row = await loadCaseForUpdate(tx, found.caseId);
  const [commitment] = await tx.select().from(toleranceCommitments).where(eq(toleranceCommitments.id, commitmentId));
  return { row, commitment };
}

/** Signing needs a proposal still open on a case still at the window; anything else changed under the signer. */
function checkSignable(row: LockedCase, status: CommitmentStatus) {
  if (row.c.state !== 'submitted' || !mayBecome(status, 'signed')) throw new DomainError('staleVersion', 'commitment not open');
}

/**
 * The window proposes a commitment for a submitted case: the materials it would tolerate, each
 * with its due date. Checked exactly as the acceptance will be once signed — the item allows
 * tolerance, the enterprise has no credit record, only non-core materials, every missing one
 * covered, due dates from today to the promised limit — with the same field errors. A new
 * proposal withdraws the previous one; the enterprise's members are asked to sign.
 */
export async function proposeToleranceCommitment(viewer: Viewer, input: ProposeCommitmentInput, meta: RequestMeta) {
  authorize(viewer, 'commitment.propose');
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const row = await loadCaseForUpdate(tx, input.caseId);
    const c = row.c;
    authorize(viewer, 'case.read', caseResource(c, await taskDepartmentIds(tx, c.id)));
    const today = zoneDate(currentInstant());
    const { context, nameOf } = await toleranceContext(tx, row, input.tolerated, calendar, today);
    // A proposal is what the acceptance would be once signed: the machine's own check, the signature assumed.
    const check = checkTransition('accept_with_tolerance', c.state, actorFor(viewer, c, row.kind), { ...context, commitmentSigned: true });
    if (!check.ok) throw transitionRefusal(check.reason, context);

    const withdrawn = await withdrawLiveCommitment(tx, c.id);
    const [enterprise] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, c.enterpriseId));
    const items = input.tolerated.map((t) => ({ materialCode: t.code, requirement: nameOf(t.code), dueDate: t.dueDate }));
    const wording = commitmentWording({ enterpriseName: enterprise.name, caseNumber: c.number ?? '', itemName: row.itemName, items });
    const now = currentInstant();
    const [created] = await tx
      .insert(toleranceCommitments)
      .values({ caseId: c.id, items, wording, proposedBy: actorId(viewer), proposedAt: now })
      .returning({ id: toleranceCommitments.id });
    await notifyEnterprise(tx, c.enterpriseId, c.id, 'commitment_to_sign', { commitmentId: created.id });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.commitment.propose',
      entityType: 'case',
      entityId: c.id,
      before: withdrawn ? { withdrawnCommitmentId: withdrawn } : null,
      after: { commitmentId: created.id, tolerated: input.tolerated },
    });
    return { id: created.id };
  });
}

/** An active member of the case's enterprise signs the proposed commitment online, with the name typed as on paper. */
export async function signToleranceCommitment(
  viewer: Viewer,
  input: Pick<SignCommitmentInput, 'commitmentId' | 'signerName' | 'agreed'>,
  meta: RequestMeta,
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { row, commitment } = await lockCommitment(tx, input.commitmentId);
    authorize(viewer, 'commitment.sign', { enterpriseId: row.c.enterpriseId });
    if (input.agreed !== true) throw new DomainError('invalid', 'not agreed', { agreed: ['mustAgree'] });
    const signerName = input.signerName.trim();
    if (signerName.length < 2) throw new DomainError('invalid', 'signer name', { signerName: ['required'] });
    checkSignable(row, commitment.status);
    const now = currentInstant();
    await tx
      .update(toleranceCommitments)
      .set({ status: 'signed', signedBy: actorId(viewer), signerName, signedAt: now })
      .where(eq(toleranceCommitments.id, commitment.id));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.commitment.sign',
      entityType: 'case',
      entityId: row.c.id,
      before: { commitmentId: commitment.id, status: commitment.status },
      after: { commitmentId: commitment.id, status: 'signed', signerName },
    });
    return { id: commitment.id, signedAt: now.toISOString() };
  });
}

/**
 * The counter path: the applicant signed the printed commitment at the window, and the clerk
 * attaches its scan, which signs the proposal. The scan is checked and stored like any upload.
 */
export async function attachSignedCommitmentScan(
  viewer: Viewer,
  input: { commitmentId: string } & IncomingFile,
  meta: RequestMeta,
) {
  authorize(viewer, 'commitment.attachScan');
  if (viewer.kind !== 'user') throw notFound('commitment'); // authorize has refused anonymous viewers
  const scannable = async (tx: Tx) => {
    const { row, commitment } = await lockCommitment(tx, input.commitmentId);
    checkSignable(row, commitment.status);
    return { row, commitment };
  };
  // Refused before any bytes are stored when the commitment cannot take a scan now; checked again under the lock.
  const check = async () => {
    await (await getDb()).transaction(scannable);
    return materialUploadRule(COMMITMENT_SCAN_MAX_MB);
  };
  return storeUploadedFile(viewer, input, check, async (tx, fileId, file) => {
    const { row, commitment } = await scannable(tx);
    const now = currentInstant();
    await tx
      .update(toleranceCommitments)
      .set({ status: 'signed', scanFileId: fileId, signedAt: now })
      .where(eq(toleranceCommitments.id, commitment.id));
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.commitment.scan',
      entityType: 'case',
      entityId: row.c.id,
      before: { commitmentId: commitment.id, status: commitment.status },
      after: { commitmentId: commitment.id, status: 'signed', fileId, name: file.name, size: file.size, sha256: file.sha256 },
    });
    return { id: commitment.id, fileId };
  });
}

export type CommitmentView = {
  id: string;
  status: CommitmentStatus;
  items: { materialCode: string; requirement: Bilingual; dueDate: string }[];
  wording: Bilingual;
  proposedAt: string;
  signerName: string | null;
  signedAt: string | null;
  /** Signed at the counter: the scan the window attached. */
  scan: { fileId: string; name: string } | null;
};

/** The case's latest commitment not withdrawn (live, or the one its acceptance took), for its case page. */
export async function currentCommitment(db: Executor, caseId: string): Promise<CommitmentView | null> {
  const [row] = await db
    .select({ commitment: toleranceCommitments, scanName: storedFiles.originalName })
    .from(toleranceCommitments)
    .leftJoin(storedFiles, eq(storedFiles.id, toleranceCommitments.scanFileId))
    .where(and(eq(toleranceCommitments.caseId, caseId), ne(toleranceCommitments.status, 'withdrawn')))
    .orderBy(desc(toleranceCommitments.proposedAt))
    .limit(1);
  if (!row) return null;
  const c = row.commitment;
  return {
    id: c.id,
    status: c.status,
    items: c.items,
    wording: c.wording,
    proposedAt: c.proposedAt.toISOString(),
    signerName: c.signerName,
    signedAt: c.signedAt?.toISOString() ?? null,
    scan: c.scanFileId ? { fileId: c.scanFileId, name: row.scanName ?? '' } : null,
  };
}
