import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { registryRow } from '@/db/seed-names';
import { auditEvents, cases, enterpriseNames, licences, notifications, obligations } from '@/db/schema';
import { isValidCreditCode } from '@/lib/domain/credit-code';
import type { Viewer } from '@/lib/auth/permissions';
import { verifyAuditChain } from '@/lib/data/audit';
import { getCaseDetail, listInbox } from '@/lib/data/case-detail';
import { createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { listIntakeQueue } from '@/lib/data/cases';
import { DomainError } from '@/lib/errors';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { proposeToleranceCommitment } from '@/lib/data/tolerance-commitments';
import { driver, setUpTestDatabase } from './harness';
import { signedCommitment } from './tolerance-fixtures';
import { caseActions } from './workflow-fixtures';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';
import { failure } from './licence-fixtures';
import { expectStatsKept } from './stats-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };

const as = (email: string) => test.viewerOf(email);

const DIGITS = '〇一二三四五六七八九';
let held = 0;
/**
 * A name reserved for the enterprise, new for every draft: issuing a licence registers the name
 * it carries, after which no other application may use it.
 */
async function holdNewName(enterpriseId: string) {
  const n = held++;
  const row = registryRow(
    {
      region: '许昌',
      tradeName: `鸿之业${DIGITS[Math.floor(n / 10) % 10]}${DIGITS[n % 10]}`,
      industry: '智造科技',
      organizationForm: '有限公司',
      status: 'reserved',
      statusDate: '2026-11-01',
      reservedUntil: '2099-12-31',
    },
    enterpriseId,
  );
  await test.db.insert(enterpriseNames).values(row);
  return row.fullName;
}

/**
 * A licence application of the applicant's enterprise under a new held name: complete answers
 * (or only the name), and the materials acceptance needs — all of them, all but the given ones,
 * or none.
 */
async function draftOf(applicant: Viewer, complete = true, materials: { except: string[] } | 'none' = { except: [] }) {
  if (applicant.kind !== 'user') throw new Error('persona');
  const enterpriseName = await holdNewName(applicant.memberships[0].enterpriseId);
  const { id } = await createDraft(
    applicant,
    { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId },
    meta,
  );
  await saveDraft(applicant, {
    caseId: id,
    contact: { name: '李明远', phone: '13837400001' },
    formData: complete ? { ...ESTABLISHMENT_ANSWERS, enterpriseName } : { enterpriseName },
  });
  if (materials !== 'none') {
    await supplyMaterials(
      test.db,
      id,
      (await requiredMaterials(test.db, id)).filter((code) => !materials.except.includes(code)),
    );
  }
  return id;
}

const act = caseActions(test, meta);

describe(`case engine (${driver})`, () => {
  it('100 concurrent submits with one idempotency key make one case with one number', async () => {
    const applicant = await as('applicant@onewindow.test');
    const caseId = await draftOf(applicant);
    const key = `wizard-${caseId}`;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => submitCase(applicant, { caseId, idempotencyKey: key }, meta)),
    );
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([caseId]));
    expect(new Set(results.map((r) => r.number)).size).toBe(1);
    expect(results[0].number).toMatch(/^XC-\d{4}-\d{6}$/);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const submits = await test.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.submit')));
    expect(submits[0].n).toBe(1);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('an incomplete application cannot be submitted, and says which fields are missing', async () => {
    const applicant = await as('applicant@onewindow.test');
    const caseId = await draftOf(applicant, false);
    const error = await failure(submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta));
    expect(error.code).toBe('invalid');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(['address', 'legalRepresentative']));
    const [row] = await test.db.select({ state: cases.state, number: cases.number }).from(cases).where(eq(cases.id, caseId));
    expect(row).toEqual({ state: 'draft', number: null });
  });

  it('a licence application uses a name its enterprise holds, and its shareholders add up', async () => {
    const applicant = await as('applicant@onewindow.test');
    const submitWith = async (formData: Record<string, unknown>) => {
      const caseId = await draftOf(applicant);
      await saveDraft(applicant, { caseId, formData });
      return failure(submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta));
    };
    // Free, but not reserved by 鸿之业; and a name someone else holds (seeded, 翰林居).
    for (const enterpriseName of ['许昌鸿之业云端科技有限公司', '许昌翰林居装饰有限公司']) {
      const error = await submitWith({ enterpriseName });
      expect(error.fieldErrors).toEqual({ enterpriseName: ['nameNotHeld'] });
    }
    const [first, second] = ESTABLISHMENT_ANSWERS.shareholders;
    const short = await submitWith({ shareholders: [first, { ...second, contribution: 90 }] });
    expect(short.fieldErrors).toEqual({ shareholders: ['contributionsSum'] });
    const unexplained = await submitWith({ shareholders: [{ ...first, idNumber: '91411000MA0007JG81' }, second] });
    expect(unexplained.fieldErrors).toEqual({ 'shareholders.0.overrideReason': ['creditCodeChecksum'] });
    const mismatch = await submitWith({ enterpriseType: 'joint-stock' });
    expect(mismatch.fieldErrors).toEqual({ enterpriseType: ['organisationFormMismatch'] });

    // A code issued before 2016 that fails its checksum goes through with the applicant's reason.
    const caseId = await draftOf(applicant);
    await saveDraft(applicant, {
      caseId,
      formData: {
        shareholders: [{ ...first, idNumber: '91411000MA0007JG81', overrideReason: '2015 年赋码，以营业执照原件为准' }, second],
      },
    });
    const submitted = await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    expect(submitted.state).toBe('submitted');
  });

  it('20 concurrent conflicting actions on one case: one wins, the rest get "changed, reload"', async () => {
    const applicant = await as('applicant@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const caseId = await draftOf(applicant);
    await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    const [{ version }] = await test.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
    const base = { caseId, version, opinion: '', conditions: [], supplementItems: [] };
    const attempts = Array.from({ length: 20 }, (_, i) =>
      performCaseAction(
        clerk,
        i % 2 ? { ...base, transition: 'accept', reason: '' } : { ...base, transition: 'refuse', reason: '不符合受理条件' },
        meta,
      ),
    );
    const settled = await Promise.allSettled(attempts);
    const won = settled.filter((s) => s.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const s of settled.filter((s) => s.status === 'rejected')) expect((s.reason as DomainError).code).toBe('staleVersion');
    const [row] = await test.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
    expect(row.version).toBe(version + 1);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('runs the whole journey: notice → resubmission → tolerance → conditional approval → result → material supplied', async () => {
    const applicant = await as('applicant@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const reviewer = await as('reviewer3@onewindow.test');
    const otherReviewer = await as('reviewer@onewindow.test');
    // Everything but the domicile proof, which the window will tolerate.
    const caseId = await draftOf(applicant, true, { except: ['domicile-proof'] });
    await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);

    const queue = await listIntakeQueue(clerk, { itemCode: 'XC-SL-002', limit: 100 });
    expect(queue.items.map((c) => c.id)).toContain(caseId);

    // One-time notice listing two items; a second notice while it is open is refused.
    await act(clerk, caseId, 'request_supplement', {
      supplementItems: [
        { kind: 'material', code: 'articles-of-association', reason: 'unsigned' },
        { kind: 'field', code: 'address', reason: 'inconsistent', note: '与住所证明不一致' },
      ],
    });
    expect((await listInbox(applicant)).items.some((n) => n.kind === 'supplement_requested' && n.caseId === caseId)).toBe(true);
    // The case is the enterprise's being established now; the applicant owns it (loaded afresh, as a request does).
    const owner = await as('applicant@onewindow.test');
    await saveDraft(owner, { caseId, formData: { address: '许昌经济技术开发区长村张乡 18 号' } });
    await act(owner, caseId, 'resubmit');
    const afterResubmit = await getCaseDetail(clerk, caseId);
    expect(afterResubmit.notices[0].answeredAt).not.toBeNull();

    // Tolerance: the window may not propose a core material, nor a non-core one due beyond the promise.
    const propose = (tolerated: { code: string; dueDate: string }[]) =>
      proposeToleranceCommitment(clerk, { caseId, tolerated }, meta);
    expect((await failure(propose([{ code: 'articles-of-association', dueDate: '2026-12-01' }]))).fieldErrors).toEqual({
      transition: ['coreMaterialTolerated'],
    });
    expect((await failure(propose([{ code: 'domicile-proof', dueDate: '2099-01-01' }]))).fieldErrors).toEqual({
      transition: ['dueDateBeyondPromise'],
      'tolerated.0.dueDate': ['dueDateBeyondPromise'],
    });
    const latest = (await getCaseDetail(clerk, caseId)).service.promisedDays;
    expect(latest).toBeGreaterThan(0);
    const { addWorkingDays } = await import('@/lib/domain/working-days');
    const { zoneDate } = await import('@/lib/domain/clock');
    const due = addWorkingDays(zoneDate(new Date()), latest);
    // The applicant signs the commitment the window proposed; the acceptance takes its materials.
    await signedCommitment(clerk, owner, caseId, [{ code: 'domicile-proof', dueDate: due }]);
    await act(clerk, caseId, 'accept_with_tolerance');
    const [obligation] = await test.db.select().from(obligations).where(eq(obligations.caseId, caseId));
    expect(obligation).toMatchObject({ status: 'open', materialCode: 'domicile-proof', dueDate: due, kind: 'tolerance' });

    await act(clerk, caseId, 'route_to_review');
    // Only a reviewer of the case's department decides.
    expect((await failure(act(otherReviewer, caseId, 'approve'))).code).toBe('forbidden');
    expect((await failure(act(applicant, caseId, 'approve'))).code).toBe('forbidden');
    await act(reviewer, caseId, 'approve_with_conditions', {
      opinion: '同意设立',
      conditions: ['取得营业执照后 30 日内完成住所变更备案'],
    });
    await act(clerk, caseId, 'issue');

    // Issuing the establishment case created the business licence with a valid credit code.
    const [licence] = await test.db.select().from(licences).where(eq(licences.caseId, caseId));
    expect(isValidCreditCode(licence.creditCode)).toBe(true);
    const heldName = (await getCaseDetail(clerk, caseId)).formData.enterpriseName as string;
    expect(licence.enterpriseName).toBe(heldName);
    // The name is the enterprise's for good now: a later application cannot use it again.
    const [name] = await test.db
      .select({ status: enterpriseNames.status })
      .from(enterpriseNames)
      .where(eq(enterpriseNames.fullName, heldName));
    expect(name.status).toBe('registered');

    const done = await getCaseDetail(owner, caseId);
    expect(done.state).toBe('completed');
    expect(done.conditions).toEqual(['取得营业执照后 30 日内完成住所变更备案']);
    // Completed: both clocks stopped at completion, with their final figures.
    expect(done.clocks).toMatchObject({
      phase: 'closed',
      service: { outcome: 'onTime', usedDays: 0 },
      legal: { outcome: 'onTime' },
    });
    expect(done.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'case.submit',
        'case.request_supplement',
        'case.resubmit',
        'case.accept_with_tolerance',
        'case.issue',
      ]),
    );
    expect(done.transitions).toEqual([]); // nothing left for the applicant to fire
    const kinds = await test.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.caseId, caseId));
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['supplement_requested', 'accepted_with_tolerance', 'decided', 'result_issued']),
    );
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('keeps other enterprises and the wrong roles out', async () => {
    const applicant = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    const caseId = await draftOf(applicant);
    expect((await failure(getCaseDetail(other, caseId))).code).toBe('forbidden');
    expect((await failure(submitCase(other, { caseId, idempotencyKey: 'x'.repeat(10) }, meta))).code).toBe('forbidden');
    expect((await failure(saveDraft(other, { caseId, formData: { address: 'x' } }))).code).toBe('forbidden');
    await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    // The other applicant still cannot read the case, now the new enterprise's.
    expect((await failure(getCaseDetail(await as('applicant2@onewindow.test'), caseId))).code).toBe('forbidden');
    const owner = await as('applicant@onewindow.test');
    expect((await failure(act(owner, caseId, 'accept'))).code).toBe('forbidden');
    await act(owner, caseId, 'withdraw');
    expect((await failure(act(owner, caseId, 'withdraw'))).fieldErrors).toEqual({ transition: ['wrongState'] });
  });

  it('suspension stops the clocks and resuming moves both deadlines', async () => {
    const applicant = await as('applicant@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const caseId = await draftOf(applicant);
    await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    await act(clerk, caseId, 'accept');
    expect((await failure(act(clerk, caseId, 'suspend'))).fieldErrors).toEqual({ transition: ['reasonRequired'] });
    await act(clerk, caseId, 'suspend', { reason: '需现场核查' });
    const suspended = await getCaseDetail(clerk, caseId);
    expect(suspended.state).toBe('suspended');
    expect(suspended.transitions).toContain('resume');
    await act(clerk, caseId, 'resume');
    const resumed = await getCaseDetail(clerk, caseId);
    expect(resumed.state).toBe('accepted');
    expect(resumed.clockStops).toHaveLength(1);
  });

  it('leaves the dashboard aggregates equal to their recomputation, races included', async () => {
    await expectStatsKept(test.db);
  });
});
