import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditEvents, cases, projects, regionalAssessments, serviceItems, serviceItemVersions } from '@/db/schema';
import {
  createAssessment,
  listAssessments,
  readAssessmentDocument,
  updateAssessment,
  uploadAssessmentDocument,
} from '@/lib/data/assessments';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft } from '@/lib/data/case-workflow';
import {
  createProject,
  fileStageApplication,
  getProject,
  listMyProjects,
  updateProject,
  waiversForCase,
} from '@/lib/data/projects';
import { areaM2, formatPolygonText, parseParcelText, type PolygonGeometry } from '@/lib/domain/geometry';
import { isProjectCode } from '@/lib/domain/project-code';
import { assessmentSchema, projectSchema, type ProjectInput } from '@/lib/validation/project';
import { STAGE_ITEM_CODES } from '@/db/seed-data';
import { setUpTestDatabase } from './harness';
import { enterpriseOf, failure } from './licence-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const as = (email: string) => test.viewerOf(email);

const block = (w: number, s: number, e: number, n: number) =>
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ]
    .map((p) => p.join(', '))
    .join('\n');

// In the seeded regional EIA's area (east of 113.85° E), then west of it.
const EAST_PARCEL = block(113.872, 34.005, 113.875, 34.0075);
const WEST_PARCEL = block(113.81, 34.02, 113.813, 34.0225);

/** The drawn parcel's area, which the declared land area must agree with. */
function drawnArea(parcelText: string) {
  const parsed = parseParcelText(parcelText);
  if (!parsed.ok) throw new Error(parsed.problem);
  return Math.round(areaM2(parsed.geometry));
}

/** The form as a person fills it in, parsed by the same schema the action uses. */
function projectInput(enterpriseId: string, parcelText: string, overrides: Record<string, unknown> = {}): ProjectInput {
  return projectSchema.parse({
    enterpriseId,
    name: '装配式建筑构件生产线项目',
    siteParcel: '许经开〔2026〕工业-040',
    parcelText,
    totalInvestmentWan: '12000',
    landAreaM2: String(drawnArea(parcelText)),
    floorAreaM2: '30000',
    industry: '30',
    stage: 'land_planning',
    ...overrides,
  });
}

describe('projects', () => {
  it('an applicant creates a project of their enterprise with a zone project code, and lists it', async () => {
    const applicant = await as('applicant@onewindow.test');
    const created = await createProject(applicant, projectInput(enterpriseOf(applicant), EAST_PARCEL), meta);
    expect(isProjectCode(created.code)).toBe(true);
    expect(created.code).toMatch(/^\d{4}-411071-30-03-\d{6}$/);
    const mine = await listMyProjects(applicant);
    expect(mine.map((p) => p.id)).toContain(created.id);
    const [event] = await test.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'project'), eq(auditEvents.entityId, created.id)));
    expect(event.action).toBe('project.create');
  });

  it('gives every project its own code, even created at once', async () => {
    const applicant = await as('applicant@onewindow.test');
    const input = projectInput(enterpriseOf(applicant), EAST_PARCEL);
    const made = await Promise.all([1, 2, 3].map(() => createProject(applicant, input, meta)));
    expect(new Set(made.map((p) => p.code)).size).toBe(3);
  });

  it('another enterprise can neither read nor change it, nor create one for it; staff read it', async () => {
    const applicant = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    const { id } = await createProject(applicant, projectInput(enterpriseOf(applicant), EAST_PARCEL), meta);
    expect((await failure(getProject(other, id))).code).toBe('forbidden');
    expect((await failure(updateProject(other, id, projectInput(enterpriseOf(applicant), EAST_PARCEL), meta))).code).toBe(
      'forbidden',
    );
    expect((await failure(fileStageApplication(other, { projectId: id }, meta))).code).toBe('forbidden');
    expect((await failure(createProject(other, projectInput(enterpriseOf(applicant), EAST_PARCEL), meta))).code).toBe(
      'forbidden',
    );
    expect((await listMyProjects(other)).map((p) => p.id)).not.toContain(id);
    const clerkView = await getProject(await as('clerk@onewindow.test'), id);
    expect(clerkView.name).toBe('装配式建筑构件生产线项目');
    // Staff read the project but file nothing for the enterprise.
    expect(clerkView.filing).toBeNull();
    expect(clerkView.canEdit).toBe(false);
  });

  it('an unknown or malformed project id is not found', async () => {
    const applicant = await as('applicant@onewindow.test');
    expect((await failure(getProject(applicant, '6f1c1c3e-0000-4000-8000-000000000000'))).code).toBe('notFound');
    expect((await failure(getProject(applicant, 'nope'))).code).toBe('notFound');
  });

  it('files the stage application under the project: one draft, prefilled, continued rather than duplicated', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { id: projectId } = await createProject(applicant, projectInput(enterpriseOf(applicant), EAST_PARCEL), meta);
    const before = await getProject(applicant, projectId);
    // The catalogue publishes an item for the project's stage.
    expect(before.stageItem?.code).toBe(STAGE_ITEM_CODES.land_planning);
    expect(before.filing).toEqual({ kind: 'file' });

    const first = await fileStageApplication(applicant, { projectId }, meta);
    expect(first.created).toBe(true);
    const again = await fileStageApplication(applicant, { projectId }, meta);
    expect(again).toEqual({ id: first.id, created: false });

    const detail = await getCaseDetail(applicant, first.id);
    expect(detail.project).toMatchObject({ id: projectId, name: '装配式建筑构件生产线项目' });
    expect(detail.formData).toMatchObject({ projectName: '装配式建筑构件生产线项目', investment: 12_000, floorArea: 30_000 });
    expect(detail.title).toEqual({
      zh: '立项用地规划许可阶段联合审批：装配式建筑构件生产线项目',
      en: 'Combined approval: project approval and land-use planning stage: 装配式建筑构件生产线项目',
    });

    const after = await getProject(applicant, projectId);
    expect(after.cases.map((c) => c.id)).toEqual([first.id]);
    expect(after.cases[0]).toMatchObject({ state: 'draft', readable: true });
    expect(after.filing).toEqual({ kind: 'continueDraft', caseId: first.id });
  });

  it('refuses a new application while one of the stage is under way', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { id: projectId } = await createProject(applicant, projectInput(enterpriseOf(applicant), EAST_PARCEL), meta);
    const { id } = await fileStageApplication(applicant, { projectId }, meta);
    await test.db.update(cases).set({ state: 'submitted', submittedAt: new Date() }).where(eq(cases.id, id));
    const error = await failure(fileStageApplication(applicant, { projectId }, meta));
    expect(error.fieldErrors).toEqual({ stage: ['stageUnderWay'] });
  });

  it('takes the item published for the project’s stage, else the combined item for every stage', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { id: projectId } = await createProject(
      applicant,
      projectInput(enterpriseOf(applicant), EAST_PARCEL, { stage: 'works_permit' }),
      meta,
    );
    expect((await getProject(applicant, projectId)).stageItem?.code).toBe(STAGE_ITEM_CODES.works_permit);
    const versionsOf = async (where: SQL) =>
      (
        await test.db
          .select({ id: serviceItemVersions.id })
          .from(serviceItemVersions)
          .innerJoin(serviceItems, eq(serviceItems.id, serviceItemVersions.itemId))
          .where(where)
      ).map((v) => v.id);
    const stageItems = await versionsOf(eq(serviceItemVersions.stage, 'works_permit'));
    const everyStage = await versionsOf(eq(serviceItems.code, 'XC-JP-003'));
    try {
      await test.db
        .update(serviceItemVersions)
        .set({ stage: 'land_planning' })
        .where(inArray(serviceItemVersions.id, stageItems));
      // No item for the stage any more: the combined item for every stage serves it.
      expect((await getProject(applicant, projectId)).stageItem?.code).toBe('XC-JP-003');
      await test.db
        .update(serviceItemVersions)
        .set({ stage: 'land_planning' })
        .where(inArray(serviceItemVersions.id, everyStage));
      // The only combined item without a stage now serves another: nothing to file for this one.
      expect((await getProject(applicant, projectId)).stageItem).toBeNull();
      expect((await failure(fileStageApplication(applicant, { projectId }, meta))).fieldErrors).toEqual({
        stage: ['stageItemMissing'],
      });
    } finally {
      await test.db.update(serviceItemVersions).set({ stage: null }).where(inArray(serviceItemVersions.id, everyStage));
      await test.db.update(serviceItemVersions).set({ stage: 'works_permit' }).where(inArray(serviceItemVersions.id, stageItems));
    }
  });

  it('fixes the parcel once an application under the project has been submitted, and the enterprise always', async () => {
    const applicant = await as('applicant@onewindow.test');
    const enterpriseId = enterpriseOf(applicant);
    const { id: projectId } = await createProject(applicant, projectInput(enterpriseId, EAST_PARCEL), meta);
    await updateProject(
      applicant,
      projectId,
      projectInput(enterpriseId, EAST_PARCEL, { stage: 'works_permit', name: '构件生产线项目' }),
      meta,
    );
    expect((await getProject(applicant, projectId)).stage).toBe('works_permit');
    await updateProject(applicant, projectId, projectInput(enterpriseId, WEST_PARCEL), meta);

    const { id } = await fileStageApplication(applicant, { projectId }, meta);
    await test.db.update(cases).set({ state: 'submitted', submittedAt: new Date() }).where(eq(cases.id, id));
    const locked = await failure(updateProject(applicant, projectId, projectInput(enterpriseId, EAST_PARCEL), meta));
    expect(locked.fieldErrors).toEqual({ parcelText: ['parcelLocked'] });
    // Everything else may still change.
    await updateProject(applicant, projectId, projectInput(enterpriseId, WEST_PARCEL, { floorAreaM2: '31000' }), meta);
    const other = await as('applicant2@onewindow.test');
    const moved = await failure(updateProject(applicant, projectId, projectInput(enterpriseOf(other), WEST_PARCEL), meta));
    expect(moved.fieldErrors).toEqual({ enterpriseId: ['projectEnterpriseFixed'] });
  });
});

// The stage whose item asks for the EIA and the soil-and-water plan, which regional assessments waive.
const WORKS = { stage: 'works_permit' };

describe('regional assessment waivers', () => {
  it('waive the EIA of a case whose project parcel lies in the assessed east, citing the assessment', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { id: projectId } = await createProject(applicant, projectInput(enterpriseOf(applicant), EAST_PARCEL, WORKS), meta);
    const { id } = await fileStageApplication(applicant, { projectId }, meta);
    const waivers = await waiversForCase(test.db, id);
    expect(waivers.map((w) => w.materialCode)).toEqual(['eia']);
    expect(waivers[0].assessment).toMatchObject({ kind: 'eia', documentNumber: '许环审〔2024〕18号', validUntil: '2029-05-31' });

    const detail = await getCaseDetail(applicant, id);
    expect(detail.materials.find((m) => m.code === 'eia')?.waivedBy?.documentNumber).toBe('许环审〔2024〕18号');

    const page = await getProject(applicant, projectId);
    expect(page.waivers.map((w) => w.materialCode)).toEqual(['eia']);
    // The energy assessment covers the whole zone but has expired.
    expect(page.assessments.find((a) => a.kind === 'energy')).toMatchObject({ coverage: 'within', validity: 'expired' });
  });

  it('waive soil and water, not the EIA, west of the assessed east', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { id: projectId } = await createProject(applicant, projectInput(enterpriseOf(applicant), WEST_PARCEL, WORKS), meta);
    const { id } = await fileStageApplication(applicant, { projectId }, meta);
    expect((await waiversForCase(test.db, id)).map((w) => w.materialCode)).toEqual(['soil-water-plan']);
    expect((await getProject(applicant, projectId)).assessments.find((a) => a.kind === 'eia')?.coverage).toBe('outside');
  });

  it('waive nothing for a case under no project, nor for the seeded parcel straddling the EIA’s edge', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { id: plain } = await createDraft(applicant, { serviceCode: 'XC-JP-003', enterpriseId: enterpriseOf(applicant) }, meta);
    expect(await waiversForCase(test.db, plain)).toEqual([]);
    const [straddling] = await test.db
      .select({ caseId: cases.id })
      .from(cases)
      .innerJoin(projects, eq(projects.id, cases.projectId))
      .where(eq(projects.code, '2026-411071-73-03-000104'));
    expect((await waiversForCase(test.db, straddling.caseId)).map((w) => w.materialCode)).not.toContain('eia');
  });

  it('follow an admin’s change of the assessment, judged on the day the case was submitted', async () => {
    const admin = await as('admin@onewindow.test');
    const applicant = await as('applicant@onewindow.test');
    const { id: projectId } = await createProject(applicant, projectInput(enterpriseOf(applicant), WEST_PARCEL, WORKS), meta);
    const { id } = await fileStageApplication(applicant, { projectId }, meta);
    const west = assessmentSchema.parse({
      kind: 'eia',
      nameZh: '许昌经济技术开发区西区区域环境影响评价',
      nameEn: 'Regional EIA of the western part',
      documentNumber: '许环审〔2026〕2号',
      areaText: formatPolygonText({
        type: 'Polygon',
        coordinates: [
          [
            [113.805, 34.0],
            [113.84, 34.0],
            [113.84, 34.035],
            [113.805, 34.035],
            [113.805, 34.0],
          ],
        ],
      } satisfies PolygonGeometry),
      validFrom: '2026-01-01',
      validUntil: '2030-12-31',
    });
    const { id: assessmentId } = await createAssessment(admin, west, meta);
    expect((await waiversForCase(test.db, id)).map((w) => w.materialCode)).toEqual(['eia', 'soil-water-plan']);
    // Submitted before the assessment became valid: the waiver does not reach back.
    await test.db
      .update(cases)
      .set({ submittedAt: new Date('2025-12-31T10:00:00+08:00') })
      .where(eq(cases.id, id));
    expect((await waiversForCase(test.db, id)).map((w) => w.materialCode)).toEqual(['soil-water-plan']);
    await updateAssessment(admin, assessmentId, { ...west, validFrom: '2025-12-01' }, meta);
    expect((await waiversForCase(test.db, id)).map((w) => w.materialCode)).toEqual(['eia', 'soil-water-plan']);

    const duplicate = await failure(createAssessment(admin, west, meta));
    expect(duplicate.fieldErrors).toEqual({ documentNumber: ['documentNumberTaken'] });
    const listed = await listAssessments(admin);
    expect(listed.find((a) => a.id === assessmentId)).toMatchObject({ validity: 'valid', document: null });
    await test.db.delete(regionalAssessments).where(eq(regionalAssessments.id, assessmentId));
  });
});

describe('an assessment’s document', () => {
  it('is uploaded by an admin, checked by content, and read by staff only', async () => {
    const uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ow-assessments-'));
    vi.stubEnv('UPLOAD_DIR', uploadDir);
    vi.stubEnv('UPLOADTHING_TOKEN', '');
    try {
      const admin = await as('admin@onewindow.test');
      const [eia] = await test.db
        .select({ id: regionalAssessments.id })
        .from(regionalAssessments)
        .where(eq(regionalAssessments.documentNumber, '许环审〔2024〕18号'));
      const pdf = new Uint8Array(await readFile(path.join(import.meta.dirname, '../../e2e/files/articles-of-association.pdf')));
      const text = new TextEncoder().encode('not a PDF at all');
      expect(
        (await failure(uploadAssessmentDocument(admin, { assessmentId: eia.id, bytes: text, originalName: 'eia.pdf' }, meta)))
          .fieldErrors,
      ).toEqual({
        file: ['fileType'],
      });
      const clerk = await as('clerk@onewindow.test');
      expect(
        (await failure(uploadAssessmentDocument(clerk, { assessmentId: eia.id, bytes: pdf, originalName: 'eia.pdf' }, meta)))
          .code,
      ).toBe('forbidden');

      const stored = await uploadAssessmentDocument(
        admin,
        { assessmentId: eia.id, bytes: pdf, originalName: '区域环评报告书.pdf' },
        meta,
      );
      expect(stored.name).toBe('区域环评报告书.pdf');
      const read = await readAssessmentDocument(clerk, eia.id);
      expect(read.contentType).toBe('application/pdf');
      expect(read.body.byteLength).toBe(pdf.byteLength);
      expect((await listAssessments(clerk)).find((a) => a.id === eia.id)?.document?.name).toBe('区域环评报告书.pdf');
      expect((await failure(readAssessmentDocument(await as('applicant@onewindow.test'), eia.id))).code).toBe('forbidden');
    } finally {
      vi.unstubAllEnvs();
      await rm(uploadDir, { recursive: true, force: true });
    }
  });
});
