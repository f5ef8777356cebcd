import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  caseNotices,
  cases,
  creditRecords,
  departments,
  notifications,
  obligations,
  permits,
  verificationTasks,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { verifyAuditChain } from '@/lib/data/audit';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { clearCreditRecord, recordCreditRecord } from '@/lib/data/credit-records';
import { chooseApprovalRoute, decideVerification, listOpenVerifications } from '@/lib/data/promise-approval';
import { zoneDate } from '@/lib/domain/clock';
import { addWorkingDays } from '@/lib/domain/working-days';
import { NO_ACTION_PAYLOAD } from '@/lib/validation/case';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, failure } from './licence-fixtures';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';
import { expectStatsKept } from './stats-fixtures';

const test = setUpTestDatabase();
const meta = { ip: null };
const as = (email: string) => test.viewerOf(email);

const FOOD = 'XC-SP-001';
const ALL_CLAUSES = ['P1', 'P2', 'P3', 'P4'];
const FOOD_ANSWERS = {
  premises: '许昌市经济技术开发区延安路88号一层',
  businessFormat: 'retail',
  businessItems: '预包装食品销售（含冷藏冷冻食品）',
  personInCharge: '李明远',
  safetyManager: '王芳',
};

/** A food-permit draft of the applicant's enterprise with its answers, contact and the materials no promise replaces. */
async function foodDraft(applicant: Viewer) {
  const { id } = await createDraft(applicant, { serviceCode: FOOD, enterpriseId: enterpriseOf(applicant) }, meta);
  await saveDraft(applicant, { caseId: id, contact: { name: '李明远', phone: '13837400001' }, formData: FOOD_ANSWERS });
  await supplyMaterials(test.db, id, ['application-form', 'business-licence']);
  return id;
}

/** A food-permit case submitted under promise-based approval. */
async function promisedCase(applicant: Viewer) {
  const id = await foodDraft(applicant);
  await chooseApprovalRoute(applicant, { caseId: id, route: 'promise', promisedClauses: ALL_CLAUSES }, meta);
  const { version } = await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
  return { id, version };
}

const action = (caseId: string, version: number, transition: string) => ({ ...NO_ACTION_PAYLOAD, caseId, version, transition });
const promisesOf = (caseId: string) =>
  test.db.select().from(obligations).where(eq(obligations.caseId, caseId)).orderBy(obligations.clauseCode);

async function approvedOnPromise(applicantEmail = 'applicant@onewindow.test') {
  const [applicant, clerk] = await Promise.all([as(applicantEmail), as('clerk@onewindow.test')]);
  const { id, version } = await promisedCase(applicant);
  await performCaseAction(clerk, action(id, version, 'approve_on_promise'), meta);
  const [task] = await test.db.select().from(verificationTasks).where(eq(verificationTasks.caseId, id));
  return { id, task };
}

describe(`promise-based approval (${driver})`, () => {
  it('opts in only with every clause promised, by the enterprise itself', async () => {
    const applicant = await as('applicant@onewindow.test');
    const id = await foodDraft(applicant);
    const partial = await failure(
      chooseApprovalRoute(applicant, { caseId: id, route: 'promise', promisedClauses: ['P1', 'P2'] }, meta),
    );
    expect(partial).toMatchObject({ code: 'invalid', fieldErrors: { promisedClauses: ['clauseNotPromised'] } });
    const other = await failure(
      chooseApprovalRoute(
        await as('applicant2@onewindow.test'),
        { caseId: id, route: 'promise', promisedClauses: ALL_CLAUSES },
        meta,
      ),
    );
    expect(other.code).toBe('forbidden');
    await chooseApprovalRoute(applicant, { caseId: id, route: 'promise', promisedClauses: ALL_CLAUSES }, meta);
    const [c] = await test.db.select().from(cases).where(eq(cases.id, id));
    expect(c).toMatchObject({ approvalRoute: 'promise', promisedClauses: ALL_CLAUSES });
    // Back to the ordinary procedure: the promises are dropped.
    await chooseApprovalRoute(applicant, { caseId: id, route: 'ordinary', promisedClauses: ALL_CLAUSES }, meta);
    expect((await test.db.select().from(cases).where(eq(cases.id, id)))[0]).toMatchObject({
      approvalRoute: 'ordinary',
      promisedClauses: [],
    });
  });

  it('issues the result the same day after the formal check, without the materials the promises replace, and schedules the verification', async () => {
    const [applicant, clerk] = await Promise.all([as('applicant@onewindow.test'), as('clerk@onewindow.test')]);
    const { id, version } = await promisedCase(applicant);
    const desk = await getCaseDetail(clerk, id);
    expect(desk.transitions).toContain('approve_on_promise');
    expect(desk.transitions).not.toContain('accept');
    expect(desk.intake).toMatchObject({ coreMaterials: [], otherMaterials: [] });
    expect((await failure(performCaseAction(clerk, action(id, version, 'accept'), meta))).message).toBe('promiseBasedCase');

    await performCaseAction(clerk, action(id, version, 'approve_on_promise'), meta);
    const [c] = await test.db.select().from(cases).where(eq(cases.id, id));
    const today = zoneDate(new Date());
    expect(c.state).toBe('completed');
    expect([c.acceptedAt, c.decidedAt, c.completedAt].map((d) => d && zoneDate(d))).toEqual([today, today, today]);
    expect(await test.db.select({ kind: caseNotices.kind }).from(caseNotices).where(eq(caseNotices.caseId, id))).toEqual([
      { kind: 'acceptance' },
    ]);
    // The permit itself, the same day.
    const [permit] = await test.db.select().from(permits).where(eq(permits.caseId, id));
    expect(permit).toMatchObject({ kind: 'food-business', status: 'valid', subject: FOOD_ANSWERS.businessItems });
    expect(permit.number).toMatch(/^JY1411000\d{7}$/);

    const verifyBy = addWorkingDays(today, 20);
    const tasks = await test.db.select().from(verificationTasks).where(eq(verificationTasks.caseId, id));
    expect(tasks).toEqual([expect.objectContaining({ method: 'site_inspection', dueDate: verifyBy, status: 'open' })]);
    const promises = await promisesOf(id);
    expect(promises.map((p) => [p.kind, p.clauseCode, p.status, p.consequence, p.dueDate, p.verificationTaskId])).toEqual(
      ALL_CLAUSES.map((code) => ['promise', code, 'open', 'revoke', verifyBy, tasks[0].id]),
    );
    // The market regulator's reviewer has it in the queue; another department's does not.
    expect((await listOpenVerifications(await as('reviewer3@onewindow.test'))).map((v) => v.caseId)).toContain(id);
    expect((await listOpenVerifications(await as('reviewer@onewindow.test'))).map((v) => v.caseId)).not.toContain(id);
  });

  it('refuses promises to an enterprise with a credit record, on the draft, at submission and at the window', async () => {
    const [applicant, clerk, manager] = await Promise.all(
      ['applicant', 'clerk', 'manager'].map((p) => as(`${p}@onewindow.test`)),
    );
    const draft = await foodDraft(applicant);
    await chooseApprovalRoute(applicant, { caseId: draft, route: 'promise', promisedClauses: ALL_CLAUSES }, meta);
    const submitted = await promisedCase(applicant);
    const record = await recordCreditRecord(manager, { enterpriseId: enterpriseOf(applicant), reason: '告知承诺不实' }, meta);

    const fresh = await foodDraft(applicant);
    const optIn = await failure(
      chooseApprovalRoute(applicant, { caseId: fresh, route: 'promise', promisedClauses: ALL_CLAUSES }, meta),
    );
    expect(optIn).toMatchObject({ code: 'invalid', fieldErrors: { promisedClauses: ['enterpriseDiscredited'] } });
    const submit = await failure(submitCase(applicant, { caseId: draft, idempotencyKey: `k-${draft}` }, meta));
    expect(submit).toMatchObject({ code: 'invalid', fieldErrors: { promisedClauses: ['enterpriseDiscredited'] } });
    const window = await failure(performCaseAction(clerk, action(submitted.id, submitted.version, 'approve_on_promise'), meta));
    expect(window.message).toBe('enterpriseDiscredited');

    await clearCreditRecord(manager, { recordId: record.id, reason: '已整改', evidence: '整改报告' }, meta);
    await performCaseAction(clerk, action(submitted.id, submitted.version, 'approve_on_promise'), meta);
    expect((await test.db.select({ state: cases.state }).from(cases).where(eq(cases.id, submitted.id)))[0].state).toBe(
      'completed',
    );
  });

  it('a compliant verification closes the promises; only the verifying department records it, once', async () => {
    const { id, task } = await approvedOnPromise();
    const promises = await promisesOf(id);
    const findings = promises.map((p) => ({ obligationId: p.id, compliant: true, note: '' }));
    const fire = await failure(
      decideVerification(await as('reviewer@onewindow.test'), { taskId: task.id, caseId: id, findings, verdictReason: '' }, meta),
    );
    expect(fire.code).toBe('forbidden');
    const partial = await failure(
      decideVerification(
        await as('reviewer3@onewindow.test'),
        { taskId: task.id, caseId: id, findings: findings.slice(1), verdictReason: '' },
        meta,
      ),
    );
    expect(partial).toMatchObject({ code: 'invalid', fieldErrors: { findings: ['findingMissing'] } });

    const market = await as('reviewer3@onewindow.test');
    expect(await decideVerification(market, { taskId: task.id, caseId: id, findings, verdictReason: '' }, meta)).toEqual({
      verdict: 'compliant',
      revoked: false,
    });
    expect((await promisesOf(id)).map((p) => p.status)).toEqual(['verified', 'verified', 'verified', 'verified']);
    expect((await test.db.select({ state: cases.state }).from(cases).where(eq(cases.id, id)))[0].state).toBe('completed');
    const again = await failure(decideVerification(market, { taskId: task.id, caseId: id, findings, verdictReason: '' }, meta));
    expect(again).toMatchObject({ code: 'conflict', message: 'verificationDecided' });
  });

  it('a construction permit under 项目承诺制: issued at once, each department verifies its own promises', async () => {
    const [applicant, clerk] = await Promise.all([as('applicant@onewindow.test'), as('clerk@onewindow.test')]);
    const { id } = await createDraft(applicant, { serviceCode: 'XC-JP-103', enterpriseId: enterpriseOf(applicant) }, meta);
    await saveDraft(applicant, {
      caseId: id,
      contact: { name: '王经理', phone: '13800000001' },
      formData: {
        projectName: '承诺制测试厂房',
        parcel: '许经开〔2026〕工业-098',
        investment: 8000,
        landArea: 20_000,
        floorArea: 16_000,
        stage: 'construction',
      },
    });
    await chooseApprovalRoute(applicant, { caseId: id, route: 'promise', promisedClauses: ALL_CLAUSES }, meta);
    // The fire design, the contracts and the funding commitment are promised, not supplied.
    const replaced = ['fire-design', 'contracts', 'funding-commitment'];
    await supplyMaterials(
      test.db,
      id,
      (await requiredMaterials(test.db, id)).filter((code) => !replaced.includes(code)),
    );
    const { version } = await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
    await performCaseAction(clerk, action(id, version, 'approve_on_promise'), meta);

    const [permit] = await test.db.select().from(permits).where(eq(permits.caseId, id));
    expect(permit).toMatchObject({ kind: 'construction', status: 'valid', subject: '承诺制测试厂房' });
    const verifyBy = addWorkingDays(zoneDate(new Date()), 30);
    const tasks = await test.db
      .select({
        id: verificationTasks.id,
        department: departments.code,
        dueDate: verificationTasks.dueDate,
        method: verificationTasks.method,
      })
      .from(verificationTasks)
      .innerJoin(departments, eq(departments.id, verificationTasks.departmentId))
      .where(eq(verificationTasks.caseId, id));
    expect(tasks.map((t) => t.department).sort()).toEqual(['fire', 'housing', 'nrp']);
    for (const t of tasks) expect(t).toMatchObject({ dueDate: verifyBy, method: 'site_inspection' });
    const promiseCount = async (taskId: string) =>
      (await test.db.select().from(obligations).where(eq(obligations.verificationTaskId, taskId))).length;
    const byDepartment = Object.fromEntries(await Promise.all(tasks.map(async (t) => [t.department, await promiseCount(t.id)])));
    expect(byDepartment).toEqual({ fire: 1, nrp: 1, housing: 2 });

    // Fire finds its promise kept; the others' verifications stay open, the permit valid.
    const fire = tasks.find((t) => t.department === 'fire')!;
    const [firePromise] = await test.db.select().from(obligations).where(eq(obligations.verificationTaskId, fire.id));
    await decideVerification(
      await as('reviewer@onewindow.test'),
      { taskId: fire.id, caseId: id, findings: [{ obligationId: firePromise.id, compliant: true, note: '' }], verdictReason: '' },
      meta,
    );
    const statuses = await test.db
      .select({ status: verificationTasks.status })
      .from(verificationTasks)
      .where(eq(verificationTasks.caseId, id));
    expect(statuses.map((r) => r.status).sort()).toEqual(['compliant', 'open', 'open']);
    expect((await test.db.select({ status: permits.status }).from(permits).where(eq(permits.caseId, id)))[0].status).toBe(
      'valid',
    );
  });

  it('a breached promise revokes the result, records the credit record and tells the applicant, officers and managers', async () => {
    const { id, task } = await approvedOnPromise();
    const promises = await promisesOf(id);
    const findings = promises.map((p, i) => ({
      obligationId: p.id,
      compliant: i !== 1,
      note: i === 1 ? '现场无冷藏设施，与承诺不符' : '',
    }));
    const market = await as('reviewer3@onewindow.test');
    const noReason = await failure(
      decideVerification(market, { taskId: task.id, caseId: id, findings, verdictReason: '' }, meta),
    );
    expect(noReason).toMatchObject({ fieldErrors: { verdictReason: ['reasonRequired'] } });

    expect(
      await decideVerification(market, { taskId: task.id, caseId: id, findings, verdictReason: '设备设施承诺不实' }, meta),
    ).toEqual({
      verdict: 'breached',
      revoked: true,
    });
    const [c] = await test.db.select().from(cases).where(eq(cases.id, id));
    expect(c.state).toBe('revoked');
    expect((await test.db.select({ status: permits.status }).from(permits).where(eq(permits.caseId, id)))[0].status).toBe(
      'revoked',
    );
    expect((await promisesOf(id)).map((p) => p.status)).toEqual(['verified', 'breached', 'verified', 'verified']);
    const records = await test.db.select().from(creditRecords).where(eq(creditRecords.caseId, id));
    expect(records).toEqual([
      expect.objectContaining({
        enterpriseId: c.enterpriseId,
        clearedAt: null,
        reason: expect.stringContaining('设备设施承诺不实'),
      }),
    ]);
    const told = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, id), eq(notifications.kind, 'promise_breached')));
    const ids = new Set(told.map((n) => n.userId));
    for (const email of ['applicant@onewindow.test', 'officer@onewindow.test', 'manager@onewindow.test']) {
      const viewer = await as(email);
      expect(ids.has(viewer.kind === 'user' ? viewer.userId : '')).toBe(true);
    }
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('of two verdicts recorded at once, exactly one is made', async () => {
    // Another enterprise: the applicant's has a credit record from the breach above.
    const { id, task } = await approvedOnPromise('applicant2@onewindow.test');
    const promises = await promisesOf(id);
    const market = await as('reviewer3@onewindow.test');
    const verdict = (compliant: boolean) =>
      decideVerification(
        market,
        {
          taskId: task.id,
          caseId: id,
          findings: promises.map((p) => ({ obligationId: p.id, compliant, note: compliant ? '' : '不符' })),
          verdictReason: compliant ? '' : '承诺不实',
        },
        meta,
      );
    const results = await Promise.allSettled([verdict(true), verdict(false), verdict(true), verdict(false)]);
    const made = results.filter((r) => r.status === 'fulfilled');
    expect(made).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'conflict' });
    const [decided] = await test.db.select().from(verificationTasks).where(eq(verificationTasks.id, task.id));
    expect(decided.status).not.toBe('open');
    const records = await test.db.select().from(creditRecords).where(eq(creditRecords.caseId, id));
    expect(records).toHaveLength(decided.status === 'breached' ? 1 : 0);
  });

  it('leaves the dashboard aggregates equal to their recomputation, races included', async () => {
    await expectStatsKept(test.db);
  });
});
