import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, cases, enterpriseNames, notifications } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { verifyAuditChain } from '@/lib/data/audit';
import { createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { listHeldNames, releaseExpiredReservations } from '@/lib/data/name-reservations';
import { addMonths } from '@/lib/domain/names';
import { zoneDate } from '@/lib/domain/clock';
import { DomainError } from '@/lib/errors';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { driver, setUpTestDatabase } from './harness';
import { caseActions } from './workflow-fixtures';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';
import { expectStatsKept } from './stats-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
/** The name-reservation item of the demo catalogue (formKey 'name-reservation'). */
const NAME_ITEM = 'XC-MC-001';

const as = (email: string) => test.viewerOf(email);

async function nameDraft(applicant: Viewer, tradeName: string, extra: Record<string, unknown> = {}) {
  if (applicant.kind !== 'user') throw new Error('persona');
  const { id } = await createDraft(
    applicant,
    { serviceCode: NAME_ITEM, enterpriseId: applicant.memberships[0].enterpriseId },
    meta,
  );
  await saveDraft(applicant, {
    caseId: id,
    contact: { name: '李明远', phone: '13837400001' },
    formData: { region: '许昌', tradeName, industry: '新材料', organizationForm: '有限公司', ...extra },
  });
  // The window accepts a name it reviews only with the item's required materials.
  await supplyMaterials(test.db, id, await requiredMaterials(test.db, id));
  return id;
}

const caseRow = async (id: string) =>
  (
    await test.db
      .select({
        state: cases.state,
        number: cases.number,
        decision: cases.decision,
        completedAt: cases.completedAt,
        decidedAt: cases.decidedAt,
      })
      .from(cases)
      .where(eq(cases.id, id))
  )[0];

/** Why a similar name will not be confused with the names listed beside it. */
const STATEMENT = '本企业经营住宅开发，与所列企业的业务和客户均不相同，不会引起混淆。';

const act = caseActions(test, meta);

/** The window accepts a submitted case and routes it to the reviewing department. */
async function toReview(caseId: string) {
  const clerk = await as('clerk@onewindow.test');
  await act(clerk, caseId, 'accept');
  await act(clerk, caseId, 'route_to_review');
}

const namesOf = (tradeName: string) =>
  test.db.select().from(enterpriseNames).where(eq(enterpriseNames.tradeNameNormalized, tradeName));

describe(`name reservation (${driver})`, () => {
  it('an available name is approved at once and reserved for 2 months (1 year with a prior permit)', async () => {
    const applicant = await as('applicant@onewindow.test');
    const today = zoneDate(new Date());

    const caseId = await nameDraft(applicant, '翊澄');
    const result = await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    expect(result.state).toBe('completed');
    const row = await caseRow(caseId);
    expect(row).toMatchObject({ state: 'completed', decision: 'approve' });
    expect(row.number).toMatch(/^XC-\d{4}-\d{6}$/);
    expect(row.completedAt).not.toBeNull();
    expect(row.decidedAt).not.toBeNull();
    const [name] = await namesOf('翊澄');
    expect(name).toMatchObject({
      fullName: '许昌翊澄新材料有限公司',
      status: 'reserved',
      statusDate: today,
      reservedUntil: addMonths(today, 2),
      authority: '411000',
    });

    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.instant_approve')));
    expect(event.actorId).toBeNull();
    expect(event.after).toMatchObject({
      state: 'completed',
      reservedName: '许昌翊澄新材料有限公司',
      reservedUntil: addMonths(today, 2),
    });
    const inbox = await test.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(and(eq(notifications.caseId, caseId), eq(notifications.kind, 'result_issued')));
    expect(inbox.length).toBeGreaterThan(0);

    // A replayed submit returns the completed case and reserves nothing more.
    const replay = await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    expect(replay).toMatchObject({ state: 'completed', replayed: true });
    expect(await namesOf('翊澄')).toHaveLength(1);

    const permitCase = await nameDraft(applicant, '翊瀚', { priorPermit: 'yes' });
    await submitCase(applicant, { caseId: permitCase, idempotencyKey: `k-${permitCase}` }, meta);
    const [permitName] = await namesOf('翊瀚');
    expect(permitName.reservedUntil).toBe(addMonths(today, 12));
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('a refused name is not submitted: each refusal on the field it is about; a name someone holds fails too', async () => {
    const applicant = await as('applicant@onewindow.test');
    const refused = await nameDraft(applicant, 'AB', { industry: '澄翰岚' });
    const error = await submitCase(applicant, { caseId: refused, idempotencyKey: `k-${refused}` }, meta).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'invalid',
      fieldErrors: {
        tradeName: ['nameRule.tradeName.notChinese', 'nameRule.tradeName.tooShort'],
        industry: ['nameRule.industry.unknown'],
      },
    });
    expect(await caseRow(refused)).toMatchObject({ state: 'draft', number: null });

    const other = await as('applicant2@onewindow.test');
    const taken = await nameDraft(other, '翊澄');
    const takenError = await submitCase(other, { caseId: taken, idempotencyKey: `k-${taken}` }, meta).catch((e: unknown) => e);
    expect(takenError).toBeInstanceOf(DomainError);
    expect(takenError).toMatchObject({ code: 'conflict', fieldErrors: { tradeName: ['nameTaken'] } });
    expect(await caseRow(taken)).toMatchObject({ state: 'draft', number: null });
  });

  it('許昌 + 澄翰岚 + 电梯配件 + 有限责任公司 is an ordinary name: approved and reserved at once', async () => {
    const applicant = await as('applicant@onewindow.test');
    const caseId = await nameDraft(applicant, '澄翰岚', { industry: '电梯配件', organizationForm: '有限责任公司' });
    expect((await submitCase(applicant, { caseId, idempotencyKey: `k-${caseId}` }, meta)).state).toBe('completed');
    expect(await namesOf('澄翰岚')).toMatchObject([{ fullName: '许昌澄翰岚电梯配件有限责任公司', status: 'reserved' }]);
  });

  it('a similar name goes to the window only with a statement of why it is not confusing', async () => {
    const applicant = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    const first = await nameDraft(applicant, '翊岚', { industry: '房地产' });
    expect((await submitCase(applicant, { caseId: first, idempotencyKey: `k-${first}` }, meta)).state).toBe('completed');

    const similar = await nameDraft(other, '翊岚', { industry: '地产' });
    for (const statement of [undefined, '   ', '不会混淆']) {
      if (statement !== undefined) await saveDraft(other, { caseId: similar, formData: { similarStatement: statement } });
      const error = await submitCase(other, { caseId: similar, idempotencyKey: `k-${similar}` }, meta).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'invalid', fieldErrors: { similarStatement: ['similarStatementRequired'] } });
      expect(await caseRow(similar)).toMatchObject({ state: 'draft', number: null });
    }
    await saveDraft(other, { caseId: similar, formData: { similarStatement: STATEMENT } });
    expect((await submitCase(other, { caseId: similar, idempotencyKey: `k-${similar}` }, meta)).state).toBe('submitted');
    // Not held yet: the window decides.
    expect(await namesOf('翊岚')).toHaveLength(1);
  });

  it('a similar name the window approves is reserved in the approval; the licence form then offers it', async () => {
    const applicant = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    if (other.kind !== 'user') throw new Error('persona');
    const today = zoneDate(new Date());
    const first = await nameDraft(applicant, '翊峤', { industry: '房地产' });
    await submitCase(applicant, { caseId: first, idempotencyKey: `k-${first}` }, meta);

    const caseId = await nameDraft(other, '翊峤', { industry: '置业', similarStatement: STATEMENT, priorPermit: 'yes' });
    await submitCase(other, { caseId, idempotencyKey: `k-${caseId}` }, meta);
    await toReview(caseId);
    const approved = await act(await as('reviewer3@onewindow.test'), caseId, 'approve');
    expect(approved.state).toBe('approved');

    const held = await namesOf('翊峤');
    expect(held.map((n) => [n.fullName, n.status])).toEqual(
      expect.arrayContaining([
        ['许昌翊峤房地产有限公司', 'reserved'],
        ['许昌翊峤置业有限公司', 'reserved'],
      ]),
    );
    const mine = held.find((n) => n.fullName === '许昌翊峤置业有限公司')!;
    expect(mine).toMatchObject({
      enterpriseId: other.memberships[0].enterpriseId,
      reservedUntil: addMonths(today, 12),
      authority: '411000',
    });
    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.approve')));
    expect(event.after).toMatchObject({ state: 'approved', reservedName: '许昌翊峤置业有限公司', nameId: mine.id });

    expect((await act(await as('clerk@onewindow.test'), caseId, 'issue')).state).toBe('completed');
    const offered = await listHeldNames(other, other.memberships[0].enterpriseId);
    expect(offered.map((n) => n.fullName)).toContain('许昌翊峤置业有限公司');
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('an approval of a name someone took meanwhile fails with a conflict and changes nothing', async () => {
    const applicant = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    const reviewer = await as('reviewer3@onewindow.test');
    const first = await nameDraft(applicant, '翊骁', { industry: '房地产' });
    await submitCase(applicant, { caseId: first, idempotencyKey: `k-${first}` }, meta);
    const mine = await nameDraft(other, '翊骁', { industry: '地产', similarStatement: STATEMENT });
    const theirs = await nameDraft(applicant, '翊骁', { industry: '地产', similarStatement: STATEMENT });
    for (const id of [mine, theirs]) {
      await submitCase(id === mine ? other : applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
      await toReview(id);
    }
    await act(reviewer, theirs, 'approve');
    const before = await test.db.select().from(cases).where(eq(cases.id, mine));
    const error = await act(reviewer, mine, 'approve').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'conflict', fieldErrors: { tradeName: ['nameTakenMeanwhile'] } });
    expect(await test.db.select().from(cases).where(eq(cases.id, mine))).toEqual(before);
    const approvals = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, mine), eq(auditEvents.action, 'case.approve')));
    expect(approvals).toHaveLength(0);
    expect((await namesOf('翊骁')).filter((n) => n.industry === '地产')).toHaveLength(1);
  });

  it('two approvals of the same similar name at the same moment: exactly one holds it', async () => {
    const applicants = [await as('applicant@onewindow.test'), await as('applicant2@onewindow.test')];
    const reviewer = await as('reviewer3@onewindow.test');
    const first = await nameDraft(applicants[0], '翊昶', { industry: '房地产' });
    await submitCase(applicants[0], { caseId: first, idempotencyKey: `k-${first}` }, meta);
    const drafts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        nameDraft(applicants[i % 2], '翊昶', { industry: '置业', similarStatement: STATEMENT }),
      ),
    );
    for (const [i, id] of drafts.entries()) {
      await submitCase(applicants[i % 2], { caseId: id, idempotencyKey: `k-${id}` }, meta);
      await toReview(id);
    }
    const settled = await Promise.allSettled(drafts.map((id) => act(reviewer, id, 'approve')));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    for (const s of settled.filter((s) => s.status === 'rejected')) {
      expect(s.reason).toMatchObject({ code: 'conflict', fieldErrors: { tradeName: ['nameTakenMeanwhile'] } });
    }
    const states = await test.db.select({ state: cases.state }).from(cases).where(inArray(cases.id, drafts));
    expect(states.map((s) => s.state).sort()).toEqual([
      'approved',
      'in_review',
      'in_review',
      'in_review',
      'in_review',
      'in_review',
    ]);
    expect((await namesOf('翊昶')).filter((n) => n.industry === '置业')).toHaveLength(1);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('50 applicants reserving the same name at the same moment: exactly one holds it', async () => {
    const applicants = [await as('applicant@onewindow.test'), await as('applicant2@onewindow.test')];
    const drafts = await Promise.all(Array.from({ length: 50 }, (_, i) => nameDraft(applicants[i % 2], '翊晟')));
    const settled = await Promise.allSettled(
      drafts.map((caseId, i) => submitCase(applicants[i % 2], { caseId, idempotencyKey: `race-${caseId}` }, meta)),
    );
    const won = settled.filter((s) => s.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(won[0].value.state).toBe('completed');
    const lost = settled.filter((s) => s.status === 'rejected');
    expect(lost).toHaveLength(49);
    for (const s of lost) {
      expect(s.reason).toBeInstanceOf(DomainError);
      expect(s.reason).toMatchObject({ code: 'conflict', fieldErrors: { tradeName: ['nameTaken'] } });
    }
    const states = await test.db
      .select({ state: cases.state, n: sql<number>`count(*)::int`, numbered: sql<number>`count(${cases.number})::int` })
      .from(cases)
      .where(inArray(cases.id, drafts))
      .groupBy(cases.state);
    expect(states.sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { state: 'completed', n: 1, numbered: 1 },
      { state: 'draft', n: 49, numbered: 0 },
    ]);
    const held = await namesOf('翊晟');
    expect(held).toHaveLength(1);
    expect(held[0].status).toBe('reserved');
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('the database itself refuses a second live name with the same trade name and industry', async () => {
    const [held] = await namesOf('翊晟');
    const { id: _id, createdAt: _createdAt, ...copy } = held;
    const error = await test.db
      .insert(enterpriseNames)
      .values({ ...copy, fullName: '许昌翊晟新材料股份有限公司', organizationForm: '股份有限公司' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await namesOf('翊晟')).toHaveLength(1);
  });

  it('the release sweep frees a lapsed reservation once, and the name can be reserved again', async () => {
    const applicant = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    const first = await nameDraft(applicant, '翊泓');
    await submitCase(applicant, { caseId: first, idempotencyKey: `k-${first}` }, meta);
    const [reserved] = await namesOf('翊泓');

    // Before the reservation lapses nothing of it is released.
    await releaseExpiredReservations(test.db, new Date());
    expect(await namesOf('翊泓')).toHaveLength(1);

    const later = new Date(Date.now() + 70 * 24 * 3600 * 1000); // past the 2 months
    const report = await releaseExpiredReservations(test.db, later);
    expect(report.skipped).toBe(false);
    expect(report.released).toBeGreaterThanOrEqual(1);
    expect(await namesOf('翊泓')).toHaveLength(0);
    expect(await releaseExpiredReservations(test.db, later)).toEqual({ skipped: false, released: 0 });
    const events = await test.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, reserved.id), eq(auditEvents.action, 'name.reservation.release')));
    expect(events[0].n).toBe(1);

    const again = await nameDraft(other, '翊泓');
    expect((await submitCase(other, { caseId: again, idempotencyKey: `k-${again}` }, meta)).state).toBe('completed');
    expect(await namesOf('翊泓')).toMatchObject([{ status: 'reserved' }]);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('a lapsed reservation under a licence application still open is kept until the case ends', async () => {
    const applicant = await as('applicant@onewindow.test');
    if (applicant.kind !== 'user') throw new Error('persona');
    const nameCase = await nameDraft(applicant, '翊辰');
    await submitCase(applicant, { caseId: nameCase, idempotencyKey: `k-${nameCase}` }, meta);
    const [held] = await namesOf('翊辰');

    const { id } = await createDraft(
      applicant,
      { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId },
      meta,
    );
    await saveDraft(applicant, {
      caseId: id,
      contact: { name: '李明远', phone: '13837400001' },
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: held.fullName },
    });
    const submitted = await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);

    const later = new Date(Date.now() + 70 * 24 * 3600 * 1000); // past the 2 months
    await releaseExpiredReservations(test.db, later);
    expect(await namesOf('翊辰')).toMatchObject([{ status: 'reserved' }]);

    // The case is the enterprise's being established now: its owner, loaded afresh, withdraws it.
    await performCaseAction(
      await as('applicant@onewindow.test'),
      {
        caseId: id,
        version: submitted.version,
        transition: 'withdraw',
        reason: '',
        opinion: '',
        conditions: [],
        supplementItems: [],
      },
      meta,
    );
    await releaseExpiredReservations(test.db, later);
    expect(await namesOf('翊辰')).toHaveLength(0);
  });

  it('leaves the dashboard aggregates equal to their recomputation, races included', async () => {
    await expectStatsKept(test.db);
  });
});
