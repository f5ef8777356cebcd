import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db/client';
import { cases, enterprises, projects, serviceItems, serviceItemVersions, serviceMaterials } from '@/db/schema';
import { can, type Viewer } from '@/lib/auth/permissions';
import {
  citationOf,
  coverageOf,
  validityOn,
  waiversFor,
  type AssessmentCitation,
  type Coverage,
  type MaterialWaiver,
  type Validity,
} from '@/lib/domain/assessment-waivers';
import { zoneDate } from '@/lib/domain/clock';
import type { AreaGeometry } from '@/lib/domain/geometry';
import { makeProjectCode } from '@/lib/domain/project-code';
import { stageFiling, stageItemFor, type StageFiling } from '@/lib/domain/project-filing';
import { isProjectStage, type ProjectStage } from '@/lib/domain/project-stages';
import { caseTitle } from '@/lib/domain/case-title';
import type { CaseState } from '@/lib/domain/workflow';
import { DomainError, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { ProjectInput } from '@/lib/validation/project';
import type { RequestMeta } from './accounts';
import { loadRegionalAssessments } from './assessments';
import { appendAudit } from './audit';
import { caseTaskDepartmentIds } from './case-tasks';
import { actorFor, caseResource, createDraft } from './case-workflow';
import { actorId, authorize } from './viewer';
import { currentInstant } from './now';

const UUID = z.guid();

async function findProject(db: Executor, projectId: string, options: { lock?: boolean } = {}) {
  if (!UUID.safeParse(projectId).success) throw notFound('project');
  const query = db
    .select({ p: projects, enterpriseName: enterprises.name })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(eq(projects.id, projectId));
  const [row] = options.lock ? await query.for('update', { of: projects }) : await query;
  if (!row) throw notFound('project');
  return row;
}

export type ProjectFacts = {
  id: string;
  code: string;
  name: string;
  enterprise: { id: string; name: string };
  siteParcel: string;
  totalInvestmentYuan: number;
  landAreaM2: number;
  floorAreaM2: number;
  industry: string;
  stage: ProjectStage;
  updatedAt: string;
};

function toFacts(p: typeof projects.$inferSelect, enterpriseName: string): ProjectFacts {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    enterprise: { id: p.enterpriseId, name: enterpriseName },
    siteParcel: p.siteParcel,
    totalInvestmentYuan: p.totalInvestmentYuan,
    landAreaM2: p.landAreaM2,
    floorAreaM2: p.floorAreaM2,
    industry: p.industry,
    stage: isProjectStage(p.stage) ? p.stage : 'land_planning',
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The projects of the viewer's enterprises, most recently changed first, with how many cases each has. */
export async function listMyProjects(viewer: Viewer): Promise<(ProjectFacts & { caseCount: number })[]> {
  authorize(viewer, 'project.listOwn');
  if (viewer.kind !== 'user' || viewer.memberships.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      p: projects,
      enterpriseName: enterprises.name,
      caseCount: sql<number>`(select count(*)::int from ${cases} where ${cases.projectId} = ${projects.id})`,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(
      inArray(
        projects.enterpriseId,
        viewer.memberships.map((m) => m.enterpriseId),
      ),
    )
    .orderBy(desc(projects.updatedAt))
    .limit(200);
  return rows.map((r) => ({ ...toFacts(r.p, r.enterpriseName), caseCount: r.caseCount }));
}

/** Creates a project of one of the viewer's enterprises, with the next project code of the zone. */
export async function createProject(viewer: Viewer, input: ProjectInput, meta: RequestMeta) {
  authorize(viewer, 'project.create', { enterpriseId: input.enterpriseId });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { rows } = (await tx.execute(sql`select nextval('project_code_seq') as serial`)) as unknown as {
      rows: { serial: string | number }[];
    };
    const code = makeProjectCode({ year: Number(zoneDate(new Date()).slice(0, 4)), industry: input.industry, serial: Number(rows[0].serial) });
    const [created] = await tx
      .insert(projects)
      .values({ ...input, code, createdBy: actorId(viewer) })
      .returning({ id: projects.id, code: projects.code });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'project.create',
      entityType: 'project',
      entityId: created.id,
      after: { ...input, code },
    });
    return created;
  });
}

const sameParcel = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes a project's facts or moves it to another stage. Its enterprise never changes, and
 * its parcel is fixed once an application under it has been submitted: the waivers that
 * application was judged on depend on it.
 */
export async function updateProject(viewer: Viewer, projectId: string, input: ProjectInput, meta: RequestMeta) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { p } = await findProject(tx, projectId, { lock: true });
    authorize(viewer, 'project.update', { enterpriseId: p.enterpriseId });
    if (input.enterpriseId !== p.enterpriseId) throw new DomainError('invalid', 'enterprise', { enterpriseId: ['projectEnterpriseFixed'] });
    if (!sameParcel(input.parcel, p.parcel)) {
      const [submitted] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.projectId, p.id), isNotNull(cases.submittedAt)))
        .limit(1);
      if (submitted) throw new DomainError('invalid', 'parcel', { parcelText: ['parcelLocked'] });
    }
    const { enterpriseId: _e, ...changes } = input;
    await tx
      .update(projects)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(projects.id, p.id));
    const { id: _id, code: _code, createdAt: _c, createdBy: _b, updatedAt: _u, ...before } = p;
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'project.update',
      entityType: 'project',
      entityId: p.id,
      before,
      after: input,
    });
    return { id: p.id };
  });
}

/** The current combined items, with the stage each files for. */
async function combinedItems(db: Executor) {
  const rows = await db
    .select({
      code: serviceItems.code,
      versionId: serviceItemVersions.id,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      stage: serviceItemVersions.stage,
    })
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
    )
    .where(eq(serviceItemVersions.kind, 'combined'));
  return rows.map(({ nameZh, nameEn, ...r }) => ({ ...r, name: { zh: nameZh, en: nameEn } as Bilingual }));
}

async function projectCases(db: Executor, projectId: string) {
  return db
    .select({
      id: cases.id,
      number: cases.number,
      subject: cases.subject,
      state: cases.state,
      enterpriseId: cases.enterpriseId,
      departmentId: cases.departmentId,
      applicantId: cases.applicantId,
      taskDepartmentIds: caseTaskDepartmentIds,
      itemCode: serviceItems.code,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      stage: serviceItemVersions.stage,
      submittedAt: cases.submittedAt,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(eq(cases.projectId, projectId))
    .orderBy(asc(cases.createdAt));
}

export type AssessmentStanding = AssessmentCitation & {
  area: AreaGeometry;
  coverage: Coverage;
  validity: Validity;
};

export type ProjectDetail = Awaited<ReturnType<typeof getProject>>;

/**
 * Everything the project page shows: its facts and parcel, every assessment area with how
 * the parcel stands to it, the materials the current stage's item has waived, every case of
 * every stage, and what filing the current stage means now for this viewer.
 */
export async function getProject(viewer: Viewer, projectId: string) {
  const db = await getDb();
  const { p, enterpriseName } = await findProject(db, projectId);
  authorize(viewer, 'project.read', { enterpriseId: p.enterpriseId });
  const today = zoneDate(currentInstant());
  const facts = toFacts(p, enterpriseName);
  const [assessments, items, caseRows] = await Promise.all([loadRegionalAssessments(db), combinedItems(db), projectCases(db, p.id)]);
  const stageItem = stageItemFor(items, facts.stage);
  const materials = stageItem
    ? await db
        .select({
          code: serviceMaterials.code,
          nameZh: serviceMaterials.nameZh,
          nameEn: serviceMaterials.nameEn,
          waivedByAssessment: serviceMaterials.waivedByAssessment,
        })
        .from(serviceMaterials)
        .where(eq(serviceMaterials.versionId, stageItem.versionId))
        .orderBy(asc(serviceMaterials.sortOrder))
    : [];
  const nameOf = new Map(materials.map((m) => [m.code, { zh: m.nameZh, en: m.nameEn } as Bilingual]));
  const waivers = waiversFor({ parcel: p.parcel, assessments, materials, date: today });
  const member = actorFor(viewer, { enterpriseId: p.enterpriseId, departmentId: null }).isApplicant;
  return {
    ...facts,
    parcel: p.parcel,
    assessments: assessments.map(
      (a): AssessmentStanding => ({ ...citationOf(a), area: a.area, coverage: coverageOf(p.parcel, a.area), validity: validityOn(a, today) }),
    ),
    stageItem: stageItem ? { code: stageItem.code, name: stageItem.name } : null,
    waivers: waivers.map((w) => ({ ...w, materialName: nameOf.get(w.materialCode) ?? null })),
    cases: caseRows.map((c) => ({
      id: c.id,
      number: c.number,
      title: caseTitle({ zh: c.nameZh, en: c.nameEn }, c.subject),
      state: c.state as CaseState,
      service: { code: c.itemCode, name: { zh: c.nameZh, en: c.nameEn } as Bilingual },
      stage: isProjectStage(c.stage) ? c.stage : null,
      submittedAt: c.submittedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      /** Staff see the project from its cases, but open only the cases they may read. */
      readable: can(viewer, 'case.read', caseResource(c, c.taskDepartmentIds)),
    })),
    /** What "file the stage's application" means now; null for viewers who do not apply for the enterprise. */
    filing: member && stageItem ? stageFiling(caseRows, stageItem.code) : null,
    canEdit: member && can(viewer, 'project.update', { enterpriseId: p.enterpriseId }),
  };
}

/**
 * Files the project's current stage: the draft of the stage's combined item under the
 * project (or the draft already started), refused while an application of the stage is
 * under way or when the catalogue publishes no item for the stage.
 */
export async function fileStageApplication(viewer: Viewer, input: { projectId: string }, meta: RequestMeta) {
  const db = await getDb();
  const { p } = await findProject(db, input.projectId);
  // Filing moves the owner's project on: its members do it, as they change the project.
  authorize(viewer, 'project.update', { enterpriseId: p.enterpriseId });
  const stage = isProjectStage(p.stage) ? p.stage : 'land_planning';
  const item = stageItemFor(await combinedItems(db), stage);
  if (!item) throw new DomainError('invalid', 'no stage item', { stage: ['stageItemMissing'] });
  const filing: StageFiling = stageFiling(await projectCases(db, p.id), item.code);
  if (filing.kind === 'continueDraft') return { id: filing.caseId, created: false };
  if (filing.kind === 'underWay') throw new DomainError('conflict', 'stage under way', { stage: ['stageUnderWay'] });
  const created = await createDraft(viewer, { serviceCode: item.code, enterpriseId: p.enterpriseId, projectId: p.id }, meta);
  return { id: created.id, created: true };
}

/**
 * The materials of a case waived by regional assessments: those of its item version whose
 * kind of assessment validly covers its project's parcel on the day the case was (last)
 * submitted — today for a draft. Empty for a case under no project. Not a viewer's read:
 * for the intake checks and for views that have authorized the case.
 */
export async function waiversForCase(db: Executor, caseId: string): Promise<MaterialWaiver[]> {
  const [c] = await db
    .select({ versionId: cases.itemVersionId, submittedAt: cases.submittedAt, parcel: projects.parcel })
    .from(cases)
    .innerJoin(projects, eq(projects.id, cases.projectId))
    .where(eq(cases.id, caseId));
  if (!c) return [];
  // One after the other: the workflow's intake guard calls this inside a transaction (one connection).
  const materials = await db
    .select({ code: serviceMaterials.code, waivedByAssessment: serviceMaterials.waivedByAssessment })
    .from(serviceMaterials)
    .where(eq(serviceMaterials.versionId, c.versionId))
    .orderBy(asc(serviceMaterials.sortOrder));
  const assessments = await loadRegionalAssessments(db);
  return waiversFor({ parcel: c.parcel, assessments, materials, date: zoneDate(c.submittedAt ?? currentInstant()) });
}
