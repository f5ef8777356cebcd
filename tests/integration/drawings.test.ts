import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, cases, caseTasks, departments, drawingComments, supplementNotices } from '@/db/schema';
import { demoMaterialFile } from '@/db/seed-files';
import type { Viewer } from '@/lib/auth/permissions';
import { addDrawingComment, getDrawingReview, settleDrawingComment } from '@/lib/data/drawings';
import { readCaseFile, uploadCaseMaterial } from '@/lib/data/files';
import { isDomainError } from '@/lib/errors';
import { demoCase, materialVersions } from './drawing-fixtures';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '10.0.0.9' };
const DRAWINGS = 'construction-drawings';
// The construction permit stage in review, with tasks for fire, planning and housing; the market department has none.
const SUBJECT = '500MWh储能电池生产基地项目';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('combined drawing review (多图联审)', () => {
  const v = {} as Record<
    'fire' | 'planning' | 'market' | 'clerk' | 'manager' | 'officer' | 'applicant' | 'otherApplicant',
    Viewer
  >;
  let caseId: string;
  let firstVersion: { id: string; fileId: string | null };

  beforeAll(async () => {
    const emails = {
      fire: 'reviewer@onewindow.test',
      planning: 'reviewer2@onewindow.test',
      market: 'reviewer3@onewindow.test',
      clerk: 'clerk@onewindow.test',
      manager: 'manager@onewindow.test',
      officer: 'officer@onewindow.test',
      applicant: 'applicant2@onewindow.test',
      otherApplicant: 'applicant@onewindow.test',
    };
    for (const [key, email] of Object.entries(emails)) v[key as keyof typeof v] = await test.viewerOf(email);
    caseId = (await demoCase(test.db, SUBJECT)).id;
    [firstVersion] = await materialVersions(test.db, caseId, DRAWINGS);
  });

  const comment = (viewer: Viewer, materialId: string, body: string, sheet = 1) =>
    addDrawingComment(viewer, { caseId, materialId, sheet, x: 0.25, y: 0.75, body }, meta);

  it('lists the versions of the set and the taking-part departments', async () => {
    const review = await getDrawingReview(v.fire, caseId);
    expect(review.drawingSet?.code).toBe(DRAWINGS);
    expect(review.versions.map((x) => [x.version, x.current])).toEqual([[1, true]]);
    expect(review.versions[0].fileId).toBe(firstVersion.fileId);
    const tasks = await test.db
      .select({ name: departments.nameZh })
      .from(caseTasks)
      .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
      .where(eq(caseTasks.caseId, caseId));
    expect(review.departments.map((d) => d.name.zh).sort()).toEqual(tasks.map((t) => t.name).sort());
    expect(review.departments.map((d) => d.name.zh)).toContain('许昌经济技术开发区消防救援大队');
    expect(review.mayComment).toBe(true);
    expect(review.reader).toBe('staff');
  });

  it('a taking-part reviewer comments on the current version, for their department, audited', async () => {
    const { id } = await comment(v.fire, firstVersion.id, '疏散楼梯宽度不足，请复核。', 2);
    const review = await getDrawingReview(v.planning, caseId);
    const listed = review.comments.find((c) => c.id === id);
    expect(listed).toMatchObject({ sheet: 2, x: 0.25, y: 0.75, version: 1, status: 'open', authorName: '赵国栋' });
    expect(listed?.department.name.zh).toBe('许昌经济技术开发区消防救援大队');
    const [event] = await test.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.drawing.comment')));
    expect(event.after).toMatchObject({ commentId: id, version: 1, sheet: 2, materialCode: DRAWINGS });
  });

  it('staff who may read the case see every comment', async () => {
    for (const viewer of [v.clerk, v.manager, v.officer]) {
      const review = await getDrawingReview(viewer, caseId);
      expect(review.comments.length).toBeGreaterThan(0);
      expect(review.mayComment).toBe(false);
    }
  });

  it('a reviewer of a department without a task on the case neither reads nor comments', async () => {
    expect(await refusal(getDrawingReview(v.market, caseId))).toBe('forbidden');
    expect(await refusal(comment(v.market, firstVersion.id, '越权意见'))).toBe('forbidden');
  });

  it('only reviewers comment: not the window, not the applicant', async () => {
    expect(await refusal(comment(v.clerk, firstVersion.id, '窗口意见'))).toBe('forbidden');
    expect(await refusal(comment(v.applicant, firstVersion.id, '申请人意见'))).toBe('forbidden');
  });

  it("another enterprise's applicant is refused", async () => {
    expect(await refusal(getDrawingReview(v.otherApplicant, caseId))).toBe('forbidden');
  });

  it('the applicant sees a comment only once a supplement notice has gone out after it', async () => {
    const before = await getDrawingReview(v.applicant, caseId);
    expect(before.reader).toBe('applicant');
    expect(before.comments).toEqual([]);
    expect(before.versions).toHaveLength(1);

    const [first] = await test.db
      .select({ createdAt: drawingComments.createdAt })
      .from(drawingComments)
      .where(eq(drawingComments.caseId, caseId));
    const issuedAt = new Date(first.createdAt.getTime() + 60_000);
    await test.db.insert(supplementNotices).values({
      caseId,
      items: [{ kind: 'material', code: DRAWINGS, reason: 'incomplete' }],
      fromReview: true,
      issuedAt,
    });
    const after = await getDrawingReview(v.applicant, caseId);
    expect(after.comments.map((c) => c.body)).toEqual(['疏散楼梯宽度不足，请复核。']);
    // The enterprise reads the department's comment, not who wrote it.
    expect(after.comments[0].authorName).toBeNull();
    expect(after.comments[0].department.name.zh).toBe('许昌经济技术开发区消防救援大队');

    // A comment made after that notice stays with the reviewers.
    const { id } = await comment(v.planning, firstVersion.id, '建筑退线需满足规划条件。');
    await test.db
      .update(drawingComments)
      .set({ createdAt: new Date(issuedAt.getTime() + 60_000) })
      .where(eq(drawingComments.id, id));
    const later = await getDrawingReview(v.applicant, caseId);
    expect(later.comments).toHaveLength(1);
  });

  it('a reviewer of a taking-part department reads the sheets through the file route; another does not', async () => {
    if (!firstVersion.fileId) throw new Error('the drawing set has no file');
    const file = await readCaseFile(v.fire, firstVersion.fileId, meta);
    expect(file.contentType).toBe('application/pdf');
    expect(await refusal(readCaseFile(v.market, firstVersion.fileId, meta))).toBe('forbidden');
  });

  describe('a new version of the set', () => {
    let secondVersionId: string;
    beforeAll(async () => {
      const file = demoMaterialFile({ code: DRAWINGS, nameZh: '施工图设计文件（修改）' }, SUBJECT);
      await uploadCaseMaterial(v.clerk, { caseId, materialCode: DRAWINGS, bytes: file.bytes, originalName: file.name }, meta);
      [{ id: secondVersionId }] = await materialVersions(test.db, caseId, DRAWINGS);
    });

    it('refuses comments on the outdated version and takes them on the new one', async () => {
      expect(await refusal(comment(v.fire, firstVersion.id, '旧版意见'))).toBe('staleVersion');
      const { id } = await comment(v.fire, secondVersionId, '消火栓布置已改，仍需补充喷淋系统图。');
      const review = await getDrawingReview(v.fire, caseId);
      expect(review.versions.map((x) => [x.version, x.current])).toEqual([
        [2, true],
        [1, false],
      ]);
      expect(review.comments.find((c) => c.id === id)).toMatchObject({ version: 2, maySettle: false });
    });

    it("lets the comment's department settle its open comments of the earlier version, once", async () => {
      const review = await getDrawingReview(v.fire, caseId);
      const fireOld = review.comments.find((c) => c.version === 1 && c.department.name.zh === '许昌经济技术开发区消防救援大队')!;
      const planningOld = review.comments.find(
        (c) => c.version === 1 && c.department.name.zh === '许昌市自然资源和规划局经济技术开发区分局',
      )!;
      expect(fireOld.maySettle).toBe(true);
      // Another department's comment is not the fire reviewer's to settle.
      expect(planningOld.maySettle).toBe(false);
      expect(await refusal(settleDrawingComment(v.fire, { commentId: planningOld.id, outcome: 'resolved' }, meta))).toBe(
        'forbidden',
      );
      expect(await refusal(settleDrawingComment(v.market, { commentId: fireOld.id, outcome: 'resolved' }, meta))).toBe(
        'forbidden',
      );

      await settleDrawingComment(v.fire, { commentId: fireOld.id, outcome: 'resolved' }, meta);
      await settleDrawingComment(v.planning, { commentId: planningOld.id, outcome: 'carried_over' }, meta);
      const settled = await getDrawingReview(v.clerk, caseId);
      expect(settled.comments.find((c) => c.id === fireOld.id)).toMatchObject({ status: 'resolved', settledVersion: 2 });
      expect(settled.comments.find((c) => c.id === planningOld.id)).toMatchObject({ status: 'carried_over', settledVersion: 2 });
      // Twice is once too often: the page that offered it was out of date.
      expect(await refusal(settleDrawingComment(v.fire, { commentId: fireOld.id, outcome: 'carried_over' }, meta))).toBe(
        'staleVersion',
      );
      const events = await test.db
        .select({ after: auditEvents.after })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.drawing.settle')));
      expect(events.map((e) => (e.after as { status: string }).status).sort()).toEqual(['carried_over', 'resolved']);
    });

    it('does not settle a comment on the current version', async () => {
      const review = await getDrawingReview(v.fire, caseId);
      const current = review.comments.find((c) => c.version === 2)!;
      expect(await refusal(settleDrawingComment(v.fire, { commentId: current.id, outcome: 'resolved' }, meta))).toBe('invalid');
    });
  });

  it('once the case is decided the applicant reads every comment and nobody comments any more', async () => {
    await test.db.update(cases).set({ state: 'approved' }).where(eq(cases.id, caseId));
    const applicantView = await getDrawingReview(v.applicant, caseId);
    const staffView = await getDrawingReview(v.fire, caseId);
    expect(applicantView.comments).toHaveLength(staffView.comments.length);
    expect(staffView.mayComment).toBe(false);
    const [current] = await materialVersions(test.db, caseId, DRAWINGS);
    expect(await refusal(comment(v.fire, current.id, '结案后意见'))).toBe('forbidden');
  });
});
