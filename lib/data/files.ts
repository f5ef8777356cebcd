import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { getDb, type Database, type Executor, type Tx } from '@/db/client';
import {
  caseMaterials,
  cases,
  creditRecords,
  filingAuthorizations,
  obligations,
  serviceMaterials,
  storedFiles,
  toleranceCommitments,
  type CaseState,
} from '@/db/schema';
import { can, hasRole, type Viewer } from '@/lib/auth/permissions';
import { materialUploadWindow } from '@/lib/domain/case-access';
import { NAME_NOTICE_SOURCE } from '@/lib/domain/name-notice';
import { conflict, DomainError, forbidden, notFound, unauthenticated } from '@/lib/errors';
import { getStorage, type FileStorage } from '@/lib/storage';
import { incomingDir, receiveBytes, type IncomingFile, type ReceivedFile } from '@/lib/storage/incoming';
import { defaultUploadDir, isLocalKey } from '@/lib/storage/local-disk';
import { structureProblem } from '@/lib/storage/structure';
import { checkMaterialFile, materialUploadRule, safeStoredName, type MaterialContentType } from '@/lib/storage/rules';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { caseTaskDepartmentIds } from './case-tasks';
import { actorFor, authorizeCaseRead, caseResource } from './case-workflow';
import { enterpriseServiceResource } from './filing-checks';
import { checkEvidenceTarget, fulfillableTolerance, fulfilObligationsForMaterial, fulfilWithEvidence } from './obligations';
import { actorId, authorize, loadViewer } from './viewer';
import { currentInstant } from './now';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CaseRow = {
  id: string;
  enterpriseId: string;
  departmentId: string | null;
  applicantId: string | null;
  filedById: string | null;
  itemVersionId: string;
  state: CaseState;
  /** The departments of a combined case's tasks: their reviewers read its materials too. */
  taskDepartmentIds: string[];
};

const caseColumns = {
  id: cases.id,
  enterpriseId: cases.enterpriseId,
  departmentId: cases.departmentId,
  applicantId: cases.applicantId,
  filedById: cases.filedById,
  itemVersionId: cases.itemVersionId,
  state: cases.state,
  taskDepartmentIds: caseTaskDepartmentIds,
};

async function findCase(db: Executor, caseId: string, options: { lock?: boolean } = {}): Promise<CaseRow> {
  if (!UUID.test(caseId)) throw notFound('case');
  const query = db.select(caseColumns).from(cases).where(eq(cases.id, caseId));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('case');
  return row;
}

function readResource(c: CaseRow) {
  return caseResource(c, c.taskDepartmentIds);
}

function authorizeRead(viewer: Viewer, c: CaseRow) {
  if (viewer.kind !== 'user') throw unauthenticated();
  authorizeCaseRead(viewer, readResource(c));
}

async function hasOpenTolerance(db: Executor, caseId: string, materialCode: string): Promise<boolean> {
  const [row] = await db
    .select({ id: obligations.id })
    .from(obligations)
    .where(and(eq(obligations.caseId, caseId), fulfillableTolerance(materialCode)))
    .limit(1);
  return !!row;
}

/**
 * Who may add a version of a material: the table grants `case.material.upload` (a member of the
 * case's enterprise, a clerk); the case's state then decides what they may supply (materialUploadWindow).
 * The agent filing a draft on the enterprise's behalf (`case.fileOnBehalf`) supplies it as the enterprise would.
 */
async function authorizeUpload(db: Executor, viewer: Viewer, c: CaseRow, materialCode: string): Promise<void> {
  const filer = actorFor(viewer, c).isFiler === true;
  if (filer) authorize(viewer, 'case.fileOnBehalf', await enterpriseServiceResource(db, c.enterpriseId));
  else authorize(viewer, 'case.material.upload', readResource(c));
  const standing = {
    member:
      filer || (viewer.kind === 'user' && hasRole(viewer, 'applicant') && viewer.memberships.some((m) => m.enterpriseId === c.enterpriseId)),
    clerk: hasRole(viewer, 'clerk'),
  };
  const opening = materialUploadWindow(c.state, standing);
  if (opening === 'open' || (opening === 'tolerated-only' && (await hasOpenTolerance(db, c.id, materialCode)))) return;
  throw forbidden('case.material.upload');
}

type MaterialRule = { code: string; maxSizeMb: number; eLicenceType: string | null };

async function findMaterial(db: Executor, c: CaseRow, materialCode: string): Promise<MaterialRule> {
  const [material] = await db
    .select({ code: serviceMaterials.code, maxSizeMb: serviceMaterials.maxSizeMb, eLicenceType: serviceMaterials.eLicenceType })
    .from(serviceMaterials)
    .where(and(eq(serviceMaterials.versionId, c.itemVersionId), eq(serviceMaterials.code, materialCode)));
  if (!material) throw new DomainError('invalid', 'material', { materialCode: ['materialUnknown'] });
  return material;
}

/** Checks that the viewer may add a version of this material now; returns the case and the material's rule. */
async function checkUploadTarget(db: Executor, viewer: Viewer, caseId: string, materialCode: string, lock = false) {
  if (viewer.kind !== 'user') throw unauthenticated();
  const c = await findCase(db, caseId, { lock });
  await authorizeUpload(db, viewer, c, materialCode);
  const material = await findMaterial(db, c, materialCode);
  // Generated by the portal from its own records (the name notice): nobody uploads it.
  if (material.eLicenceType === NAME_NOTICE_SOURCE) throw new DomainError('invalid', 'generated material', { file: ['materialGenerated'] });
  return { case: c, material, rule: materialUploadRule(material.maxSizeMb) };
}

export type UploadTarget = { caseId: string; materialCode: string };

/**
 * The check the UploadThing router runs before it signs an upload: the same permission as
 * a local upload, and the material's own size limit against the size the browser declares
 * (the content is checked again once the file has arrived).
 */
export async function authorizeCaseMaterialUpload(
  viewer: Viewer,
  target: UploadTarget & { declaredSize?: number },
): Promise<{ userId: string; maxBytes: number }> {
  const { rule } = await checkUploadTarget(await getDb(), viewer, target.caseId, target.materialCode);
  if (target.declaredSize !== undefined && target.declaredSize > rule.maxBytes) {
    throw new DomainError('invalid', 'file size', { file: ['fileTooLarge'] });
  }
  return { userId: (viewer as Extract<Viewer, { kind: 'user' }>).userId, maxBytes: rule.maxBytes };
}

export type InspectedFile = { contentType: MaterialContentType; name: string; size: number; sha256: string };

/**
 * Size against the material's limit, then the type from the content — the declared type and
 * extension are ignored — then the structure that type declares (a PDF's trailer, an image's
 * dimensions). The hash was computed as the file arrived.
 */
export async function inspectFile(file: ReceivedFile, rule: ReturnType<typeof materialUploadRule>): Promise<InspectedFile> {
  // Sniffing is skipped for a file refused by its size alone.
  const detected = file.size > 0 && file.size <= rule.maxBytes ? await fileTypeFromBuffer(file.head) : undefined;
  const problem =
    checkMaterialFile({ size: file.size, detectedType: detected?.mime }, rule) ??
    (detected ? await structureProblem(file.path, file.size, detected.mime as MaterialContentType) : 'fileType');
  if (problem || !detected) throw new DomainError('invalid', 'file', { file: [problem ?? 'fileType'] });
  const contentType = detected.mime as MaterialContentType;
  return { contentType, name: safeStoredName(file.originalName, contentType), size: file.size, sha256: file.sha256 };
}

export type UploadedMaterial = {
  materialCode: string;
  version: number;
  fileId: string;
  name: string;
  size: number;
  contentType: string;
};

export type StoredObject = { storage: FileStorage['kind']; key: string; url: string | null };

/** The row of a stored file; the caller records it in the transaction of whatever refers to it. */
export async function insertStoredFile(tx: Executor, file: InspectedFile, stored: StoredObject, uploadedBy: string) {
  const [row] = await tx
    .insert(storedFiles)
    .values({
      storage: stored.storage,
      key: stored.key,
      originalName: file.name,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      url: stored.url,
      uploadedBy,
    })
    .returning({ id: storedFiles.id });
  return row.id;
}

/**
 * Records a stored file as the new current version of a material, in one transaction with
 * its audit event. The case row is locked, so two uploads of one case get distinct
 * versions, and the permission is checked again against the locked state.
 */
async function commitVersion(
  viewer: Extract<Viewer, { kind: 'user' }>,
  target: UploadTarget,
  file: InspectedFile,
  stored: StoredObject,
  meta: RequestMeta,
): Promise<UploadedMaterial> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await checkUploadTarget(tx, viewer, target.caseId, target.materialCode, true);
    const [previous] = await tx
      .select({
        id: caseMaterials.id,
        version: caseMaterials.version,
        name: storedFiles.originalName,
        size: storedFiles.size,
        sha256: storedFiles.sha256,
      })
      .from(caseMaterials)
      .leftJoin(storedFiles, eq(storedFiles.id, caseMaterials.fileId))
      .where(
        and(eq(caseMaterials.caseId, target.caseId), eq(caseMaterials.materialCode, target.materialCode), isNull(caseMaterials.replacedAt)),
      )
      .orderBy(desc(caseMaterials.version))
      .limit(1);
    const [{ last }] = await tx
      .select({ last: max(caseMaterials.version) })
      .from(caseMaterials)
      .where(and(eq(caseMaterials.caseId, target.caseId), eq(caseMaterials.materialCode, target.materialCode)));
    const version = (last ?? 0) + 1;
    const now = currentInstant();
    await tx
      .update(caseMaterials)
      .set({ replacedAt: now })
      .where(
        and(eq(caseMaterials.caseId, target.caseId), eq(caseMaterials.materialCode, target.materialCode), isNull(caseMaterials.replacedAt)),
      );
    const fileId = await insertStoredFile(tx, file, stored, viewer.userId);
    await tx.insert(caseMaterials).values({
      caseId: target.caseId,
      materialCode: target.materialCode,
      version,
      fileId,
      source: 'upload',
      uploadedBy: viewer.userId,
      createdAt: now,
    });
    // Supplying a tolerated material closes its obligation (DESIGN §4).
    const fulfilled = await fulfilObligationsForMaterial(tx, target.caseId, target.materialCode, { actorId: viewer.userId, ip: meta.ip });
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.material.upload',
      entityType: 'case',
      entityId: target.caseId,
      before: previous
        ? { materialCode: target.materialCode, version: previous.version, name: previous.name, size: previous.size, sha256: previous.sha256 }
        : null,
      after: {
        materialCode: target.materialCode,
        version,
        fileId,
        name: file.name,
        size: file.size,
        sha256: file.sha256,
        ...(fulfilled.length ? { fulfilledObligations: fulfilled.map((o) => o.id) } : {}),
      },
    });
    return { materialCode: target.materialCode, version, fileId, name: file.name, size: file.size, contentType: file.contentType };
  });
}

/** Removes bytes that were stored for a record that was then not written. */
export async function discard(storage: FileStorage, key: string) {
  await storage.delete(key).catch((error: unknown) => console.error(`[files] could not remove orphaned file ${key}`, error));
}

/**
 * The one path every uploaded file takes: check the target (which gives the size limit), receive
 * the file into a temporary file within that limit, inspect it, store it (or take the object
 * already stored by UploadThing), record. Whatever fails after the file is stored removes it
 * again, so nothing is left half-done; the temporary file is always removed.
 */
async function storeAndRecord<T>(
  input: IncomingFile,
  check: () => Promise<ReturnType<typeof materialUploadRule>>,
  record: (file: InspectedFile, stored: StoredObject) => Promise<T>,
  alreadyStored?: StoredObject,
): Promise<T> {
  const storage = getStorage();
  let stored = alreadyStored ?? null;
  let received: ReceivedFile | null = null;
  try {
    const rule = await check();
    received = await ('receive' in input ? input.receive(rule.maxBytes) : receiveBytes(input.bytes, input.originalName, rule.maxBytes));
    const file = await inspectFile(received, rule);
    if (!stored) {
      const put = await storage.putFile({ path: received.path, name: file.name, contentType: file.contentType });
      stored = { storage: storage.kind, ...put };
    }
    return await record(file, stored);
  } catch (error) {
    if (stored) await discard(storage, stored.key);
    throw error;
  } finally {
    if (received) await rm(received.path, { force: true });
  }
}

/** A new version of a case material. */
async function addMaterialVersion(
  viewer: Viewer,
  input: UploadTarget & IncomingFile,
  meta: RequestMeta,
  alreadyStored?: StoredObject,
): Promise<UploadedMaterial> {
  return storeAndRecord(
    input,
    async () => (await checkUploadTarget(await getDb(), viewer, input.caseId, input.materialCode)).rule,
    (file, stored) => commitVersion(viewer as Extract<Viewer, { kind: 'user' }>, input, file, stored, meta),
    alreadyStored,
  );
}

/** Evidence that a promise was kept: the size limit of an ordinary material. */
const EVIDENCE_RULE = materialUploadRule(20);

/**
 * The enterprise proves it kept a promise with a file (DESIGN §4): stored like a material, then
 * the obligation takes it as its evidence and becomes fulfilled, for the verifier to check.
 */
export async function attachObligationEvidence(
  viewer: Viewer,
  input: { obligationId: string } & IncomingFile,
  meta: RequestMeta,
): Promise<{ fileId: string; name: string; size: number }> {
  if (viewer.kind !== 'user') throw unauthenticated();
  return storeUploadedFile(
    viewer,
    input,
    async () => {
      await checkEvidenceTarget(await getDb(), viewer, input.obligationId);
      return EVIDENCE_RULE;
    },
    async (tx, fileId, file) => {
      await fulfilWithEvidence(tx, viewer, input.obligationId, fileId, { actorId: viewer.userId, ip: meta.ip });
      return { fileId, name: file.name, size: file.size };
    },
  );
}

/**
 * A file that belongs to a record other than a material version (an assessment's document, a
 * commitment's scan, a promise's or a credit clearing's evidence): `check` refuses before any bytes
 * are stored and gives the content rule, then the file is stored and recorded by `record` in one
 * transaction with its stored_files row. Bytes whose record fails are removed again.
 */
export async function storeUploadedFile<T>(
  viewer: Extract<Viewer, { kind: 'user' }>,
  input: IncomingFile,
  check: () => Promise<ReturnType<typeof materialUploadRule>>,
  record: (tx: Tx, fileId: string, file: InspectedFile) => Promise<T>,
): Promise<T> {
  return storeAndRecord(input, check, async (file, stored) =>
    (await getDb()).transaction(async (tx) => record(tx, await insertStoredFile(tx, file, stored, viewer.userId), file)),
  );
}

/** An upload through our own route: the bytes came with the request. */
export async function uploadCaseMaterial(
  viewer: Viewer,
  input: UploadTarget & IncomingFile,
  meta: RequestMeta,
): Promise<UploadedMaterial> {
  return addMaterialVersion(viewer, input, meta);
}

/**
 * An upload that went straight from the browser to UploadThing: called from the router's
 * `onUploadComplete` with the metadata its middleware set. The uploader is loaded afresh
 * (no session comes with UploadThing's callback) and the content is fetched back and
 * checked like any other upload; a refused file is deleted from UploadThing.
 */
export async function recordUploadedCaseMaterial(
  input: UploadTarget & { userId: string; file: { key: string; name: string; url: string | null } },
  meta: RequestMeta,
): Promise<UploadedMaterial> {
  const storage = getStorage();
  if (storage.kind !== 'uploadthing') throw new Error('recordUploadedCaseMaterial needs the UploadThing storage');
  const stored: StoredObject = { storage: 'uploadthing', key: input.file.key, url: input.file.url };
  let object: Awaited<ReturnType<FileStorage['get']>>;
  try {
    object = await storage.get(input.file.key);
  } catch (error) {
    await discard(storage, input.file.key);
    throw error;
  }
  if (!object) throw notFound('uploaded file');
  const viewer = await loadViewer(await getDb(), input.userId);
  return addMaterialVersion(
    viewer,
    { caseId: input.caseId, materialCode: input.materialCode, bytes: object.body, originalName: input.file.name },
    meta,
    stored,
  );
}

/** A credit record's clearing evidence: for whoever reads credit records; every view is audited. */
async function readCreditEvidence(db: Database, viewer: Viewer, fileId: string, meta: RequestMeta): Promise<CaseFile> {
  const [row] = await db
    .select({ recordId: creditRecords.id, enterpriseId: creditRecords.enterpriseId, key: storedFiles.key, name: storedFiles.originalName, contentType: storedFiles.contentType, size: storedFiles.size })
    .from(storedFiles)
    .innerJoin(creditRecords, eq(creditRecords.clearingEvidenceFileId, storedFiles.id))
    .where(eq(storedFiles.id, fileId));
  if (!row) throw notFound('file');
  authorize(viewer, 'credit.read');
  const object = await getStorage().get(row.key);
  if (!object) throw new Error(`Stored file ${fileId} has no content under key ${row.key}`);
  await db.transaction((tx) =>
    appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'enterprise.credit.evidence.view',
      entityType: 'enterprise',
      entityId: row.enterpriseId,
      after: { creditRecordId: row.recordId, fileId, name: row.name },
    }),
  );
  return { body: object.body, contentType: row.contentType, name: row.name, size: row.size };
}

/** The signed scan of an enterprise's filing authorization (授权委托书), for whoever reads its authorizations; null when the file is not one. */
async function readAuthorizationScan(db: Database, viewer: Viewer, fileId: string, meta: RequestMeta): Promise<CaseFile | null> {
  const [row] = await db
    .select({ id: filingAuthorizations.id, enterpriseId: filingAuthorizations.enterpriseId, key: storedFiles.key, name: storedFiles.originalName, contentType: storedFiles.contentType, size: storedFiles.size })
    .from(storedFiles)
    .innerJoin(filingAuthorizations, eq(filingAuthorizations.fileId, storedFiles.id))
    .where(eq(storedFiles.id, fileId));
  if (!row) return null;
  authorize(viewer, 'authorization.read', await enterpriseServiceResource(db, row.enterpriseId));
  const object = await getStorage().get(row.key);
  if (!object) throw new Error(`Stored file ${fileId} has no content under key ${row.key}`);
  await db.transaction((tx) =>
    appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'authorization.scan.view',
      entityType: 'enterprise',
      entityId: row.enterpriseId,
      after: { authorizationId: row.id, fileId, name: row.name },
    }),
  );
  return { body: object.body, contentType: row.contentType, name: row.name, size: row.size };
}

/**
 * The case a file belongs to when it is not a material version — a promise's evidence, or the scan
 * of a tolerance commitment signed at the counter — in the shape of a material's row.
 */
async function attachedFileRows(db: Executor, fileId: string) {
  const columns = {
    ...caseColumns,
    version: sql<number>`1`,
    key: storedFiles.key,
    name: storedFiles.originalName,
    contentType: storedFiles.contentType,
    size: storedFiles.size,
  };
  const evidence = await db
    .select({ ...columns, materialCode: sql<string>`'obligation-evidence'` })
    .from(storedFiles)
    .innerJoin(obligations, eq(obligations.evidenceFileId, storedFiles.id))
    .innerJoin(cases, eq(cases.id, obligations.caseId))
    .where(eq(storedFiles.id, fileId));
  if (evidence.length) return evidence;
  return db
    .select({ ...columns, materialCode: sql<string>`'commitment-scan'` })
    .from(storedFiles)
    .innerJoin(toleranceCommitments, eq(toleranceCommitments.scanFileId, storedFiles.id))
    .innerJoin(cases, eq(cases.id, toleranceCommitments.caseId))
    .where(eq(storedFiles.id, fileId));
}

/**
 * The evidence for clearing a credit record (信用修复), as a file beside the text: a manager
 * attaches it to the active record before clearing it; a later file replaces an earlier one.
 */
export async function attachCreditClearingEvidence(
  viewer: Viewer,
  input: { recordId: string } & IncomingFile,
  meta: RequestMeta,
): Promise<{ fileId: string; name: string; size: number }> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const activeRecord = async (db: Executor, lock = false) => {
    authorize(viewer, 'credit.clear');
    if (!UUID.test(input.recordId)) throw notFound('creditRecord');
    const query = db.select().from(creditRecords).where(eq(creditRecords.id, input.recordId));
    const [record] = lock ? await query.for('update') : await query;
    if (!record) throw notFound('creditRecord');
    if (record.clearedAt) throw conflict('creditRecordCleared');
    return record;
  };
  return storeUploadedFile(
    viewer,
    input,
    async () => {
      await activeRecord(await getDb());
      return EVIDENCE_RULE;
    },
    async (tx, fileId, file) => {
      const record = await activeRecord(tx, true);
      await tx.update(creditRecords).set({ clearingEvidenceFileId: fileId }).where(eq(creditRecords.id, record.id));
      await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
        action: 'enterprise.credit.evidence',
        entityType: 'enterprise',
        entityId: record.enterpriseId,
        before: { creditRecordId: record.id, fileId: record.clearingEvidenceFileId },
        after: { creditRecordId: record.id, fileId, name: file.name, size: file.size, sha256: file.sha256 },
      });
      return { fileId, name: file.name, size: file.size };
    },
  );
}

export type CaseFile = { body: Uint8Array; contentType: string; name: string; size: number };

/** The bytes of a case material, for whoever may read the case; every view is audited (DESIGN §3). */
export async function readCaseFile(viewer: Viewer, fileId: string, meta: RequestMeta = { ip: null }): Promise<CaseFile> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!UUID.test(fileId)) throw notFound('file');
  const db = await getDb();
  const fileColumns = { ...caseColumns, key: storedFiles.key, name: storedFiles.originalName, contentType: storedFiles.contentType, size: storedFiles.size };
  const materialRows = await db
    .select({ ...fileColumns, materialCode: caseMaterials.materialCode, version: caseMaterials.version })
    .from(storedFiles)
    .innerJoin(caseMaterials, eq(caseMaterials.fileId, storedFiles.id))
    .innerJoin(cases, eq(cases.id, caseMaterials.caseId))
    .where(eq(storedFiles.id, fileId));
  // Else a file attached to the case's other records (a promise's evidence, a commitment's signed scan),
  // read by whoever reads its case; else a credit record's clearing evidence.
  const rows = materialRows.length ? materialRows : await attachedFileRows(db, fileId);
  if (!rows.length) return (await readAuthorizationScan(db, viewer, fileId, meta)) ?? readCreditEvidence(db, viewer, fileId, meta);
  const row = rows.find((r) => can(viewer, 'case.read', readResource(r)));
  if (!row) throw forbidden('case.read');
  const object = await getStorage().get(row.key);
  // A row whose bytes are gone is damage, not a user error: let it be logged as such.
  if (!object) throw new Error(`Stored file ${fileId} has no content under key ${row.key}`);
  await db.transaction((tx) =>
    appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.material.view',
      entityType: 'case',
      entityId: row.id,
      after: { fileId, materialCode: row.materialCode, version: row.version, name: row.name },
    }),
  );
  return { body: object.body, contentType: row.contentType, name: row.name, size: row.size };
}

export type MaterialVersionView = {
  id: string;
  version: number;
  current: boolean;
  source: 'upload' | 'wallet' | 'generated';
  sourceRef: string | null;
  file: { id: string; name: string; size: number; contentType: string } | null;
  uploadedAt: string;
  replacedAt: string | null;
};

export type CaseMaterialGroup = {
  materialCode: string;
  current: MaterialVersionView | null;
  /** Every version, the current one first. */
  versions: MaterialVersionView[];
};

/** Every version of every material of a case, grouped by material in catalogue order. */
export async function listCaseMaterials(viewer: Viewer, caseId: string): Promise<CaseMaterialGroup[]> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const db = await getDb();
  const c = await findCase(db, caseId);
  authorizeRead(viewer, c);
  const rows = await db
    .select({
      id: caseMaterials.id,
      materialCode: caseMaterials.materialCode,
      version: caseMaterials.version,
      source: caseMaterials.source,
      sourceRef: caseMaterials.sourceRef,
      createdAt: caseMaterials.createdAt,
      replacedAt: caseMaterials.replacedAt,
      fileId: storedFiles.id,
      name: storedFiles.originalName,
      size: storedFiles.size,
      contentType: storedFiles.contentType,
      sortOrder: serviceMaterials.sortOrder,
    })
    .from(caseMaterials)
    .leftJoin(storedFiles, eq(storedFiles.id, caseMaterials.fileId))
    .leftJoin(
      serviceMaterials,
      and(eq(serviceMaterials.versionId, c.itemVersionId), eq(serviceMaterials.code, caseMaterials.materialCode)),
    )
    .where(eq(caseMaterials.caseId, c.id))
    .orderBy(asc(serviceMaterials.sortOrder), asc(caseMaterials.materialCode), desc(caseMaterials.version));
  const groups = new Map<string, CaseMaterialGroup>();
  for (const r of rows) {
    const view: MaterialVersionView = {
      id: r.id,
      version: r.version,
      current: r.replacedAt === null,
      source: r.source,
      sourceRef: r.sourceRef,
      file:
        r.fileId && r.name !== null && r.size !== null && r.contentType !== null
          ? { id: r.fileId, name: r.name, size: r.size, contentType: r.contentType }
          : null,
      uploadedAt: r.createdAt.toISOString(),
      replacedAt: r.replacedAt?.toISOString() ?? null,
    };
    let group = groups.get(r.materialCode);
    if (!group) {
      group = { materialCode: r.materialCode, current: null, versions: [] };
      groups.set(r.materialCode, group);
    }
    group.versions.push(view);
    if (view.current && !group.current) group.current = view;
  }
  for (const group of groups.values()) {
    // Current first, then the rest newest first (the query already orders by version).
    group.versions.sort((a, b) => Number(b.current) - Number(a.current) || b.version - a.version);
  }
  return [...groups.values()];
}

/** How old a file without a record must be before the sweep removes it: UPLOAD_ORPHAN_GRACE_HOURS, 24 by default. */
export function orphanGraceMs(): number {
  const hours = Number(process.env.UPLOAD_ORPHAN_GRACE_HOURS ?? 24);
  return (Number.isFinite(hours) && hours > 0 ? hours : 24) * 3_600_000;
}

/**
 * Removes what a crash left in the local upload folder, once older than the grace period (an
 * upload in progress stores its file a moment before its row commits): temporary files, in
 * `.incoming/` or beside a stored file, and stored files no stored_files row names. UploadThing's
 * objects are not swept here: its own dashboard lists them.
 */
export async function sweepOrphanedFiles(db: Executor, options: { graceMs?: number } = {}): Promise<{ removed: number }> {
  const cutoff = Date.now() - (options.graceMs ?? orphanGraceMs());
  const root = defaultUploadDir();
  const list = (dir: string) => readdir(dir).catch(() => [] as string[]);
  const stale = async (file: string) => ((await stat(file).catch(() => null))?.mtimeMs ?? Infinity) < cutoff;
  let removed = 0;
  const remove = async (file: string) => {
    await rm(file, { force: true });
    removed++;
  };
  for (const name of await list(incomingDir())) {
    const file = path.join(incomingDir(), name);
    if (await stale(file)) await remove(file);
  }
  // A shard is the first two hex characters of its keys (local-disk.ts).
  for (const shard of (await list(root)).filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    const keys: string[] = [];
    for (const name of await list(path.join(root, shard))) {
      const file = path.join(root, shard, name);
      if (!(await stale(file))) continue;
      if (name.endsWith('.tmp')) await remove(file);
      else if (isLocalKey(name)) keys.push(name);
    }
    if (!keys.length) continue;
    const recorded = await db
      .select({ key: storedFiles.key })
      .from(storedFiles)
      .where(and(eq(storedFiles.storage, 'local'), inArray(storedFiles.key, keys)));
    const known = new Set(recorded.map((row) => row.key));
    for (const key of keys) if (!known.has(key)) await remove(path.join(root, shard, key));
  }
  return { removed };
}
