import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '@/db/errors';
import { getDb, type Executor } from '@/db/client';
import { regionalAssessments, storedFiles } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { validityOn, type RegionalAssessment, type Validity } from '@/lib/domain/assessment-waivers';
import { zoneDate } from '@/lib/domain/clock';
import { conflict, notFound } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { materialUploadRule } from '@/lib/storage/rules';
import type { AssessmentInput } from '@/lib/validation/project';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import type { IncomingFile } from '@/lib/storage/incoming';
import { storeUploadedFile } from './files';
import { actorId, authorize } from './viewer';

/** An assessment's approved report is large (maps, annexes): the catalogue's largest material limit. */
export const ASSESSMENT_DOCUMENT_MAX_MB = 50;

const columns = {
  id: regionalAssessments.id,
  kind: regionalAssessments.kind,
  name: regionalAssessments.name,
  documentNumber: regionalAssessments.documentNumber,
  area: regionalAssessments.area,
  validFrom: regionalAssessments.validFrom,
  validUntil: regionalAssessments.validUntil,
};

/**
 * Every regional assessment with its area, newest first — what waivers and site plans are
 * computed from. Not a viewer's read: callers have authorized the project or case it serves.
 */
export async function loadRegionalAssessments(db: Executor): Promise<RegionalAssessment[]> {
  return db.select(columns).from(regionalAssessments).orderBy(asc(regionalAssessments.kind), asc(regionalAssessments.validFrom));
}

export type AssessmentSummary = RegionalAssessment & {
  validity: Validity;
  document: { name: string; size: number } | null;
};

/** Staff and admins: the zone's assessments, with whether each is valid today. */
export async function listAssessments(viewer: Viewer): Promise<AssessmentSummary[]> {
  authorize(viewer, 'assessment.read');
  const db = await getDb();
  const today = zoneDate(new Date());
  const rows = await db
    .select({ ...columns, documentName: storedFiles.originalName, documentSize: storedFiles.size })
    .from(regionalAssessments)
    .leftJoin(storedFiles, eq(storedFiles.id, regionalAssessments.fileId))
    .orderBy(asc(regionalAssessments.kind), asc(regionalAssessments.validFrom));
  return rows.map(({ documentName, documentSize, ...a }) => ({
    ...a,
    validity: validityOn(a, today),
    document: documentName !== null && documentSize !== null ? { name: documentName, size: documentSize } : null,
  }));
}

export async function getAssessment(viewer: Viewer, id: string): Promise<AssessmentSummary> {
  authorize(viewer, 'assessment.read');
  if (!z.guid().safeParse(id).success) throw notFound('assessment');
  const found = (await listAssessments(viewer)).find((a) => a.id === id);
  if (!found) throw notFound('assessment');
  return found;
}

const documentNumberTaken = () => conflict('documentNumber', { documentNumber: ['documentNumberTaken'] });

/** What the audit trail keeps of an assessment (the same fields before and after a change). */
const audited = (a: AssessmentInput) => ({
  kind: a.kind,
  name: a.name,
  documentNumber: a.documentNumber,
  validFrom: a.validFrom,
  validUntil: a.validUntil,
  area: a.area,
});

export async function createAssessment(viewer: Viewer, input: AssessmentInput, meta: RequestMeta) {
  authorize(viewer, 'assessment.manage');
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(regionalAssessments)
        .values({ ...input, createdBy: actorId(viewer) })
        .returning({ id: regionalAssessments.id });
      await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
        action: 'assessment.create',
        entityType: 'regional_assessment',
        entityId: created.id,
        after: audited(input),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'regional_assessments_document_number_unique')) throw documentNumberTaken();
    throw error;
  }
}

/**
 * Changes an assessment. Waivers are computed when they are shown and on the day a case was
 * submitted, so a corrected area or validity applies to every case from then on.
 */
export async function updateAssessment(viewer: Viewer, id: string, input: AssessmentInput, meta: RequestMeta) {
  authorize(viewer, 'assessment.manage');
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(regionalAssessments).where(eq(regionalAssessments.id, id)).for('update');
      if (!before) throw notFound('assessment');
      await tx.update(regionalAssessments).set(input).where(eq(regionalAssessments.id, id));
      await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
        action: 'assessment.update',
        entityType: 'regional_assessment',
        entityId: id,
        before: audited(before as AssessmentInput),
        after: audited(input),
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'regional_assessments_document_number_unique')) throw documentNumberTaken();
    throw error;
  }
}

/**
 * Attaches the assessment's approved document (a new upload replaces the old one; the old
 * file stays stored, as case materials keep theirs). Checked by content like a case material.
 */
export async function uploadAssessmentDocument(
  viewer: Viewer,
  input: { assessmentId: string } & IncomingFile,
  meta: RequestMeta,
) {
  authorize(viewer, 'assessment.manage');
  if (viewer.kind !== 'user') throw notFound('assessment'); // authorize has refused anonymous viewers
  if (!z.guid().safeParse(input.assessmentId).success) throw notFound('assessment');
  const db = await getDb();
  const [exists] = await db
    .select({ id: regionalAssessments.id })
    .from(regionalAssessments)
    .where(eq(regionalAssessments.id, input.assessmentId));
  if (!exists) throw notFound('assessment');
  return storeUploadedFile(viewer, input, async () => materialUploadRule(ASSESSMENT_DOCUMENT_MAX_MB), async (tx, fileId, file) => {
    const [before] = await tx
      .select({ fileId: regionalAssessments.fileId })
      .from(regionalAssessments)
      .where(eq(regionalAssessments.id, input.assessmentId))
      .for('update');
    if (!before) throw notFound('assessment');
    await tx.update(regionalAssessments).set({ fileId }).where(eq(regionalAssessments.id, input.assessmentId));
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'assessment.document.upload',
      entityType: 'regional_assessment',
      entityId: input.assessmentId,
      before: { fileId: before.fileId },
      after: { fileId, name: file.name, size: file.size, sha256: file.sha256 },
    });
    return { fileId, name: file.name, size: file.size };
  });
}

/** The assessment's document, for staff and admins. */
export async function readAssessmentDocument(viewer: Viewer, assessmentId: string) {
  authorize(viewer, 'assessment.read');
  if (!z.guid().safeParse(assessmentId).success) throw notFound('assessment');
  const db = await getDb();
  const [row] = await db
    .select({ key: storedFiles.key, name: storedFiles.originalName, contentType: storedFiles.contentType })
    .from(regionalAssessments)
    .innerJoin(storedFiles, eq(storedFiles.id, regionalAssessments.fileId))
    .where(eq(regionalAssessments.id, assessmentId));
  if (!row) throw notFound('assessment document');
  const object = await getStorage().get(row.key);
  if (!object) throw new Error(`Stored file ${row.key} of assessment ${assessmentId} has no content`);
  return { body: object.body, contentType: row.contentType, name: row.name };
}
