import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db/client';
import {
  caseMaterials,
  cases,
  caseTasks,
  departments,
  drawingComments,
  serviceItemVersions,
  serviceMaterials,
  storedFiles,
  supplementNotices,
  users,
} from '@/db/schema';
import { can, type Resource, type Viewer } from '@/lib/auth/permissions';
import { caseTitle } from '@/lib/domain/case-title';
import {
  reviewOpen,
  settleProblem,
  visibleToApplicant,
  type DrawingCommentStatus,
} from '@/lib/domain/drawing-comments';
import type { CaseState } from '@/lib/domain/workflow';
import { DomainError, forbidden, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { DrawingCommentInput, SettleDrawingCommentInput } from '@/lib/validation/drawings';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { currentInstant } from './now';
import { authorize } from './viewer';

/** A combined case as the drawing review sees it: who takes part, and which material is the shared set. */
type ReviewCase = {
  id: string;
  number: string | null;
  enterpriseId: string;
  state: CaseState;
  title: Bilingual;
  drawingSet: { code: string; name: Bilingual } | null;
  /** The departments with a task on the case, in the catalogue's order: the review's participants. */
  departments: { id: string; code: string; name: Bilingual }[];
};

async function loadReviewCase(db: Executor, caseId: string): Promise<ReviewCase> {
  // Ids come from URLs and forms; one that cannot exist is simply not found (and never reaches SQL).
  if (!z.guid().safeParse(caseId).success) throw notFound('case');
  const [row] = await db
    .select({
      id: cases.id,
      number: cases.number,
      enterpriseId: cases.enterpriseId,
      state: cases.state,
      subject: cases.subject,
      itemVersionId: cases.itemVersionId,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
    })
    .from(cases)
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(eq(cases.id, caseId));
  if (!row) throw notFound('case');
  const [[material], taskDepartments] = await Promise.all([
    db
      .select({ code: serviceMaterials.code, nameZh: serviceMaterials.nameZh, nameEn: serviceMaterials.nameEn })
      .from(serviceMaterials)
      .where(and(eq(serviceMaterials.versionId, row.itemVersionId), eq(serviceMaterials.drawingSet, true)))
      .orderBy(asc(serviceMaterials.sortOrder))
      .limit(1),
    db
      .select({ id: departments.id, code: departments.code, nameZh: departments.nameZh, nameEn: departments.nameEn })
      .from(caseTasks)
      .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
      .where(eq(caseTasks.caseId, caseId))
      .orderBy(asc(caseTasks.sortOrder), asc(departments.sortOrder)),
  ]);
  return {
    id: row.id,
    number: row.number,
    enterpriseId: row.enterpriseId,
    state: row.state as CaseState,
    title: caseTitle({ zh: row.nameZh, en: row.nameEn }, row.subject),
    drawingSet: material ? { code: material.code, name: { zh: material.nameZh, en: material.nameEn } } : null,
    departments: taskDepartments.map((d) => ({ id: d.id, code: d.code, name: { zh: d.nameZh, en: d.nameEn } })),
  };
}

/** The resource of a review: the case's enterprise, and the departments with a task on it. */
function reviewResource(c: ReviewCase): Resource {
  return { enterpriseId: c.enterpriseId, departmentIds: c.departments.map((d) => d.id) };
}

/**
 * Whether the viewer reads the review as staff (every comment) or as the applicant's enterprise
 * (only what has been made known to it); throws unless they may read it at all. Staff are those
 * the table admits without the enterprise's membership.
 */
function readerOf(viewer: Viewer, c: ReviewCase): 'staff' | 'applicant' {
  const resource = reviewResource(c);
  if (can(viewer, 'drawing.read', { departmentIds: resource.departmentIds })) return 'staff';
  authorize(viewer, 'drawing.read', resource);
  return 'applicant';
}

/** A reviewer may act for a department only if it takes part in the case. */
function departmentResource(c: ReviewCase, departmentId: string): Resource {
  return { departmentIds: c.departments.some((d) => d.id === departmentId) ? [departmentId] : [] };
}

export type DrawingVersion = {
  id: string;
  version: number;
  current: boolean;
  /** Served by /api/files/[fileId], access-checked and audited per view. */
  fileId: string | null;
  fileName: string | null;
  uploadedAt: string;
};

export type DrawingCommentView = {
  id: string;
  materialId: string;
  version: number;
  sheet: number;
  x: number;
  y: number;
  department: { id: string; name: Bilingual };
  /** The reviewer's name, for staff; the applicant reads the department's comment, not a person's. */
  authorName: string | null;
  body: string;
  status: DrawingCommentStatus;
  settledMaterialId: string | null;
  settledVersion: number | null;
  createdAt: string;
  /** The viewer may mark it resolved or carried over now. */
  maySettle: boolean;
};

export type DrawingReview = Awaited<ReturnType<typeof getDrawingReview>>;

/**
 * The drawing review of a case: the versions of its drawing set (newest first), the comments
 * the viewer may read, the taking-part departments, and what the viewer may do.
 */
export async function getDrawingReview(viewer: Viewer, caseId: string) {
  const db = await getDb();
  const c = await loadReviewCase(db, caseId);
  const reader = readerOf(viewer, c);
  const versionRows = c.drawingSet
    ? await db
        .select({
          id: caseMaterials.id,
          version: caseMaterials.version,
          replacedAt: caseMaterials.replacedAt,
          createdAt: caseMaterials.createdAt,
          fileId: storedFiles.id,
          fileName: storedFiles.originalName,
        })
        .from(caseMaterials)
        .leftJoin(storedFiles, eq(storedFiles.id, caseMaterials.fileId))
        .where(and(eq(caseMaterials.caseId, c.id), eq(caseMaterials.materialCode, c.drawingSet.code)))
        .orderBy(desc(caseMaterials.version))
    : [];
  const versions: DrawingVersion[] = versionRows.map((v) => ({
    id: v.id,
    version: v.version,
    current: v.replacedAt === null,
    fileId: v.fileId,
    fileName: v.fileName,
    uploadedAt: v.createdAt.toISOString(),
  }));
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  const current = versions.find((v) => v.current) ?? null;

  const [rows, notices] = await Promise.all([
    db
      .select({
        id: drawingComments.id,
        materialId: drawingComments.materialId,
        sheet: drawingComments.sheet,
        x: drawingComments.x,
        y: drawingComments.y,
        departmentId: drawingComments.departmentId,
        departmentZh: departments.nameZh,
        departmentEn: departments.nameEn,
        authorName: users.name,
        body: drawingComments.body,
        status: drawingComments.status,
        settledMaterialId: drawingComments.settledMaterialId,
        createdAt: drawingComments.createdAt,
      })
      .from(drawingComments)
      .innerJoin(departments, eq(departments.id, drawingComments.departmentId))
      .innerJoin(users, eq(users.id, drawingComments.authorId))
      .where(eq(drawingComments.caseId, c.id))
      .orderBy(asc(drawingComments.sheet), asc(drawingComments.createdAt)),
    reader === 'applicant'
      ? db.select({ issuedAt: supplementNotices.issuedAt }).from(supplementNotices).where(eq(supplementNotices.caseId, c.id))
      : [],
  ]);
  const noticesIssuedAt = notices.map((n) => n.issuedAt);
  const open = reviewOpen(c.state);

  const comments = rows
    .filter((r) => reader === 'staff' || visibleToApplicant(r, { state: c.state, noticesIssuedAt }))
    .map((r): DrawingCommentView => {
      const version = versionOf.get(r.materialId) ?? 0;
      return {
        id: r.id,
        materialId: r.materialId,
        version,
        sheet: r.sheet,
        x: r.x,
        y: r.y,
        department: { id: r.departmentId, name: { zh: r.departmentZh, en: r.departmentEn } },
        authorName: reader === 'staff' ? r.authorName : null,
        body: r.body,
        status: r.status,
        settledMaterialId: r.settledMaterialId,
        settledVersion: r.settledMaterialId ? (versionOf.get(r.settledMaterialId) ?? null) : null,
        createdAt: r.createdAt.toISOString(),
        maySettle:
          open &&
          !!current &&
          settleProblem({ status: r.status, version }, current.version) === null &&
          can(viewer, 'drawing.settle', departmentResource(c, r.departmentId)),
      };
    });

  return {
    case: { id: c.id, number: c.number, title: c.title, state: c.state },
    drawingSet: c.drawingSet,
    versions,
    departments: c.departments.map(({ id, name }) => ({ id, name })),
    comments,
    reader,
    /** The viewer may pin comments to the current version now. */
    mayComment: open && !!current?.fileId && can(viewer, 'drawing.comment', reviewResource(c)),
  };
}

/**
 * A reviewer's comment, pinned to a sheet of the current version of the set, for their own
 * department. The version row is locked, so a new upload and the comment are ordered: a
 * comment on a version replaced meanwhile is refused as stale, never attached to it silently.
 */
export async function addDrawingComment(viewer: Viewer, input: DrawingCommentInput, meta: RequestMeta): Promise<{ id: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const c = await loadReviewCase(tx, input.caseId);
    authorize(viewer, 'drawing.comment', reviewResource(c));
    if (viewer.kind !== 'user' || !viewer.departmentId) throw forbidden('drawing.comment');
    if (!reviewOpen(c.state)) throw forbidden('drawing review closed');
    const [version] = await tx
      .select({ id: caseMaterials.id, materialCode: caseMaterials.materialCode, version: caseMaterials.version, replacedAt: caseMaterials.replacedAt })
      .from(caseMaterials)
      .where(and(eq(caseMaterials.id, input.materialId), eq(caseMaterials.caseId, c.id)))
      .for('update');
    if (!version || !c.drawingSet || version.materialCode !== c.drawingSet.code) throw notFound('drawing version');
    if (version.replacedAt) throw new DomainError('staleVersion', 'drawing version replaced');
    const [row] = await tx
      .insert(drawingComments)
      .values({
        caseId: c.id,
        materialId: version.id,
        sheet: input.sheet,
        x: input.x,
        y: input.y,
        departmentId: viewer.departmentId,
        authorId: viewer.userId,
        body: input.body,
        createdAt: currentInstant(),
      })
      .returning({ id: drawingComments.id });
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.drawing.comment',
      entityType: 'case',
      entityId: c.id,
      after: {
        commentId: row.id,
        materialCode: version.materialCode,
        version: version.version,
        sheet: input.sheet,
        x: input.x,
        y: input.y,
        departmentId: viewer.departmentId,
        body: input.body,
      },
    });
    return row;
  });
}

/**
 * Marks an open comment of an earlier version resolved, or carried over to the current one
 * (it still applies), on behalf of the comment's department. The comment row is locked, so
 * two reviewers settling it at once do not both succeed.
 */
export async function settleDrawingComment(
  viewer: Viewer,
  input: SettleDrawingCommentInput,
  meta: RequestMeta,
): Promise<{ caseId: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .select({
        id: drawingComments.id,
        caseId: drawingComments.caseId,
        materialId: drawingComments.materialId,
        departmentId: drawingComments.departmentId,
        status: drawingComments.status,
      })
      .from(drawingComments)
      .where(eq(drawingComments.id, input.commentId))
      .for('update');
    if (!comment) throw notFound('drawing comment');
    const c = await loadReviewCase(tx, comment.caseId);
    authorize(viewer, 'drawing.settle', departmentResource(c, comment.departmentId));
    if (viewer.kind !== 'user') throw forbidden('drawing.settle');
    if (!reviewOpen(c.state)) throw forbidden('drawing review closed');
    const [[made], [current]] = await Promise.all([
      tx
        .select({ version: caseMaterials.version, materialCode: caseMaterials.materialCode })
        .from(caseMaterials)
        .where(eq(caseMaterials.id, comment.materialId)),
      tx
        .select({ id: caseMaterials.id, version: caseMaterials.version })
        .from(caseMaterials)
        .where(
          and(eq(caseMaterials.caseId, c.id), eq(caseMaterials.materialCode, c.drawingSet?.code ?? ''), isNull(caseMaterials.replacedAt)),
        ),
    ]);
    if (!made || !current) throw notFound('drawing version');
    const problem = settleProblem({ status: comment.status, version: made.version }, current.version);
    // Settled by someone else meanwhile: the page was out of date. On the current version: nothing to settle against.
    if (problem === 'alreadySettled') throw new DomainError('staleVersion', 'drawing comment settled');
    if (problem === 'notOutdated') throw new DomainError('invalid', 'drawing comment on the current version');
    await tx
      .update(drawingComments)
      .set({ status: input.outcome, settledMaterialId: current.id, settledBy: viewer.userId })
      .where(eq(drawingComments.id, comment.id));
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.drawing.settle',
      entityType: 'case',
      entityId: c.id,
      before: { commentId: comment.id, status: comment.status, version: made.version },
      after: { commentId: comment.id, status: input.outcome, materialCode: made.materialCode, version: current.version },
    });
    return { caseId: c.id };
  });
}
