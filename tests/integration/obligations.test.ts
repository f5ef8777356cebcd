import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditEvents,
  caseClockStops,
  cases,
  enterpriseMembers,
  licences,
  notifications,
  obligationReminders,
  obligations,
} from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { attachObligationEvidence, readCaseFile, uploadCaseMaterial } from '@/lib/data/files';
import { issueLicenceForCase } from '@/lib/data/licences';
import { atInstant } from '@/lib/data/now';
import { changeObligation, listObligations, sweepObligations, verifyObligation } from '@/lib/data/obligations';
import { zoneDate } from '@/lib/domain/clock';
import { addWorkingDays } from '@/lib/domain/working-days';
import { minimalPdf } from './file-fixtures';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, failure, licenceCases } from './licence-fixtures';
import { acceptWithTolerance, submittedWithoutDomicileProof } from './tolerance-fixtures';

const test = setUpTestDatabase();
const meta = { ip: null };
const { insertCase } = licenceCases(test);

const as = (email: string) => test.viewerOf(email);

/** A case accepted with the domicile proof tolerated, due on the given date. */
async function toleratedCase(dueDate: string) {
  const submitted = await submittedWithoutDomicileProof(test.db, await as('applicant@onewindow.test'));
  await acceptWithTolerance(await as('clerk@onewindow.test'), submitted.owner, submitted, [{ code: 'domicile-proof', dueDate }]);
  return submitted.id;
}

/** Noon (zone time) of a date: the instant a sweep or a late upload happens on that day. */
const noonOf = (date: string) => new Date(Date.parse(`${date}T04:00:00Z`));
const caseState = async (caseId: string) =>
  (await test.db.select({ state: cases.state, from: cases.suspendedFrom }).from(cases).where(eq(cases.id, caseId)))[0];
const obligationOf = async (caseId: string) =>
  (await test.db.select().from(obligations).where(eq(obligations.caseId, caseId)))[0];
const openStops = (caseId: string) =>
  test.db
    .select({ reason: caseClockStops.reason })
    .from(caseClockStops)
    .where(and(eq(caseClockStops.caseId, caseId), eq(caseClockStops.kind, 'suspension'), isNull(caseClockStops.endedOn)));
const supply = async (caseId: string, at: Date) =>
  atInstant(at, async () =>
    uploadCaseMaterial(
      await as('applicant@onewindow.test'),
      { caseId, materialCode: 'domicile-proof', bytes: minimalPdf(), originalName: '住所证明.pdf' },
      meta,
    ),
  );

/**
 * A case inserted as the engine would leave it in `state` (an issued licence when completed),
 * with the domicile proof tolerated until `due`.
 */
async function overdueCase(state: 'accepted' | 'completed', due: string) {
  const c = await insertCase(enterpriseOf(await as('applicant@onewindow.test')));
  if (state === 'completed') await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
  const [{ enterpriseId }] = await test.db
    .update(cases)
    .set({ state, acceptedAt: new Date() })
    .where(eq(cases.id, c.id))
    .returning({ enterpriseId: cases.enterpriseId });
  await test.db.insert(obligations).values({
    caseId: c.id,
    enterpriseId,
    kind: 'tolerance',
    materialCode: 'domicile-proof',
    requirement: '住所证明',
    dueDate: due,
    commitment: '承诺按期补交',
  });
  return c;
}

describe(`obligations sweep (${driver})`, () => {
  it('reminds once before the due date; past it, breaches, suspends the case and flags it; the verified material lifts the suspension', async () => {
    const today = zoneDate(new Date());
    const due = addWorkingDays(today, 1);
    const caseId = await toleratedCase(due);

    const first = await sweepObligations(test.db);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const again = await sweepObligations(test.db);
    expect(again.reminded).toBe(0); // idempotent
    const reminders = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.caseId, caseId), eq(notifications.kind, 'obligation_due')));
    expect(reminders).toHaveLength(1); // the applicant is the enterprise's only member
    expect((await obligationOf(caseId)).status).toBe('open');

    // Two working days later the material is still missing: the case stops, with the reason on its clock stop.
    const laterDay = addWorkingDays(due, 1);
    const later = noonOf(laterDay);
    const sweep = await sweepObligations(test.db, later);
    expect(sweep.breached).toBeGreaterThanOrEqual(1);
    const breached = await obligationOf(caseId);
    expect(breached).toMatchObject({ status: 'breached', suspended: 'case', requirement: expect.any(String) });
    expect(await caseState(caseId)).toEqual({ state: 'suspended', from: 'accepted' });
    expect(await openStops(caseId)).toEqual([{ reason: expect.stringContaining('逾期未补交') }]);
    const flagged = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, caseId), eq(notifications.kind, 'obligation_breached')));
    const [applicant, officer, manager] = await Promise.all(
      ['applicant', 'officer', 'manager'].map((p) => as(`${p}@onewindow.test`)),
    );
    if (applicant.kind !== 'user' || officer.kind !== 'user' || manager.kind !== 'user') throw new Error('seed');
    expect(flagged.map((f) => f.userId)).toEqual(expect.arrayContaining([applicant.userId, officer.userId, manager.userId]));
    expect((await sweepObligations(test.db, later)).breached).toBe(0);
    expect(await openStops(caseId)).toHaveLength(1);

    // The way back: the applicant supplies the material, the case stays suspended until the window verifies it.
    const clerk = await as('clerk@onewindow.test');
    expect((await failure(atInstant(later, () => verifyObligation(clerk, { obligationId: breached.id }, meta)))).message).toBe(
      'obligationChangeNotAllowed',
    );
    await supply(caseId, later);
    expect((await obligationOf(caseId)).status).toBe('fulfilled');
    expect((await caseState(caseId)).state).toBe('suspended');
    expect((await failure(verifyObligation(applicant, { obligationId: breached.id }, meta))).code).toBe('forbidden');
    const verified = await atInstant(later, () => verifyObligation(clerk, { obligationId: breached.id }, meta));
    expect(verified).toEqual({ lifted: 'case' });
    expect(await obligationOf(caseId)).toMatchObject({ status: 'verified', verifiedBy: expect.any(String) });
    expect(await caseState(caseId)).toEqual({ state: 'accepted', from: null });
    expect(await openStops(caseId)).toEqual([]);
    const lifted = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.caseId, caseId), eq(notifications.kind, 'suspension_lifted')));
    expect(lifted).toHaveLength(1);

    const actions = (
      await test.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, caseId))
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'case.obligation.breach',
        'case.suspend',
        'case.obligation.fulfil',
        'case.obligation.verify',
        'case.resume',
      ]),
    );
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('suspends the licence a completed case issued, and reinstates it once the late material is verified', async () => {
    const due = zoneDate(new Date());
    const c = await overdueCase('completed', due);
    const later = noonOf(addWorkingDays(due, 1));
    await sweepObligations(test.db, later);
    const status = async () =>
      (await test.db.select({ status: licences.status }).from(licences).where(eq(licences.caseId, c.id)))[0].status;
    expect(await status()).toBe('suspended');
    expect(await obligationOf(c.id)).toMatchObject({ status: 'breached', suspended: 'licence' });
    expect((await caseState(c.id)).state).toBe('completed');

    await supply(c.id, later);
    const clerk = await as('clerk@onewindow.test');
    const { id } = await obligationOf(c.id);
    expect(await atInstant(later, () => verifyObligation(clerk, { obligationId: id }, meta))).toEqual({ lifted: 'licence' });
    expect(await status()).toBe('valid');
  });

  it('two sweeps at once breach and suspend once', async () => {
    const due = zoneDate(new Date());
    const { id: caseId } = await overdueCase('accepted', due);
    const later = noonOf(addWorkingDays(due, 1));
    const reports = await Promise.all([sweepObligations(test.db, later), sweepObligations(test.db, later)]);
    // One sweep does the work; the other is skipped by the lock or finds nothing left to do.
    expect(reports.filter((r) => r.breached > 0)).toHaveLength(1);
    expect((await obligationOf(caseId)).status).toBe('breached');
    expect(await openStops(caseId)).toHaveLength(1);
    const suspensions = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.suspend')));
    expect(suspensions).toHaveLength(1);
  });

  it('two sweeps at once send each reminder once: the working day before the due date, and on the day itself', async () => {
    const due = addWorkingDays(zoneDate(new Date()), 3);
    const c = await overdueCase('accepted', due);
    const { id } = await obligationOf(c.id);
    const [{ enterpriseId }] = await test.db.select({ enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.id, c.id));
    const members = await test.db
      .select()
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.status, 'active')));
    const sentOf = async (kind: string) =>
      (
        await test.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.caseId, c.id), eq(notifications.kind, kind)))
      ).map((n) => n.userId);
    const twoAtOnce = (at: Date) => Promise.all([sweepObligations(test.db, at), sweepObligations(test.db, at)]);

    // Two working days before: nothing yet.
    await twoAtOnce(noonOf(addWorkingDays(due, -2)));
    expect(await sentOf('obligation_due')).toEqual([]);

    const dayBefore = await twoAtOnce(noonOf(addWorkingDays(due, -1)));
    expect(dayBefore.map((r) => r.reminded).sort()).toEqual([0, 1]);
    expect((await sentOf('obligation_due')).sort()).toEqual(members.map((m) => m.userId).sort());
    expect(await sentOf('obligation_due_today')).toEqual([]);

    const dueDay = await twoAtOnce(noonOf(due));
    expect(dueDay.map((r) => r.reminded).sort()).toEqual([0, 1]);
    expect((await sentOf('obligation_due_today')).sort()).toEqual(members.map((m) => m.userId).sort());
    expect(await sentOf('obligation_due')).toHaveLength(members.length);
    // A later sweep on the same day sends nothing again.
    expect((await sweepObligations(test.db, noonOf(due))).reminded).toBe(0);
    const recorded = await test.db
      .select({ kind: obligationReminders.kind })
      .from(obligationReminders)
      .where(eq(obligationReminders.obligationId, id));
    expect(recorded.map((r) => r.kind).sort()).toEqual(['day_before', 'due_day']);
  });

  it('a manager waives a breach with a reason, which lifts the suspension; extends a due date for force majeure only', async () => {
    const due = zoneDate(new Date());
    const later = noonOf(addWorkingDays(due, 1));
    const [clerk, manager] = await Promise.all([as('clerk@onewindow.test'), as('manager@onewindow.test')]);
    const waived = await overdueCase('accepted', due);
    const extended = await overdueCase('accepted', due);
    const extendedId = (await obligationOf(extended.id)).id;

    const refusedExtension = await failure(
      changeObligation(
        manager,
        {
          obligationId: extendedId,
          change: 'extend',
          reason: '市场调整',
          forceMajeure: false,
          newDueDate: addWorkingDays(due, 5),
        },
        meta,
      ),
    );
    expect(refusedExtension.message).toBe('forceMajeureOnly');
    await changeObligation(
      manager,
      {
        obligationId: extendedId,
        change: 'extend',
        reason: '暴雨致登记机关停止办公',
        forceMajeure: true,
        newDueDate: addWorkingDays(due, 5),
      },
      meta,
    );
    expect(await obligationOf(extended.id)).toMatchObject({
      status: 'extended',
      dueDate: addWorkingDays(due, 5),
      statusReason: '暴雨致登记机关停止办公',
    });

    await sweepObligations(test.db, later);
    expect((await obligationOf(extended.id)).status).toBe('extended');
    expect((await caseState(extended.id)).state).toBe('accepted');
    expect((await caseState(waived.id)).state).toBe('suspended');

    const { id } = await obligationOf(waived.id);
    expect((await failure(changeObligation(clerk, { obligationId: id, change: 'waive', reason: '不再需要' }, meta))).code).toBe(
      'forbidden',
    );
    expect((await failure(changeObligation(manager, { obligationId: id, change: 'waive', reason: ' ' }, meta))).message).toBe(
      'reasonRequired',
    );
    expect(
      await atInstant(later, () =>
        changeObligation(manager, { obligationId: id, change: 'waive', reason: '该事项已由部门核实无需补交' }, meta),
      ),
    ).toEqual({
      lifted: 'case',
    });
    expect(await obligationOf(waived.id)).toMatchObject({ status: 'waived', statusReason: '该事项已由部门核实无需补交' });
    expect((await caseState(waived.id)).state).toBe('accepted');
  });

  it('the enterprise proves a promise with a file: fulfilled, listed with the file, which staff open and another enterprise cannot', async () => {
    const due = addWorkingDays(zoneDate(new Date()), 5);
    const c = await overdueCase('accepted', due);
    await test.db
      .update(obligations)
      .set({ kind: 'promise', materialCode: null, requirement: '具备与经营项目相适应的场所' })
      .where(eq(obligations.caseId, c.id));
    const { id } = await obligationOf(c.id);
    const [applicant, other, clerk, manager] = await Promise.all(
      ['applicant', 'applicant2', 'clerk', 'manager'].map((p) => as(`${p}@onewindow.test`)),
    );
    const evidence = { obligationId: id, bytes: minimalPdf(), originalName: '场所照片.pdf' };

    expect((await failure(attachObligationEvidence(other, evidence, meta))).code).toBe('forbidden');
    expect(
      (await failure(attachObligationEvidence(applicant, { ...evidence, bytes: new TextEncoder().encode('x') }, meta))).code,
    ).toBe('invalid');
    expect((await obligationOf(c.id)).status).toBe('open');

    const { fileId } = await attachObligationEvidence(applicant, evidence, meta);
    expect(await obligationOf(c.id)).toMatchObject({ status: 'fulfilled', evidenceFileId: fileId });
    const [row] = (await listObligations(manager)).filter((o) => o.id === id);
    expect(row).toMatchObject({ status: 'fulfilled', nextStep: 'awaitVerification', evidence: { fileId } });
    expect((await readCaseFile(clerk, fileId, meta)).contentType).toBe('application/pdf');
    expect((await failure(readCaseFile(other, fileId, meta))).code).toBe('forbidden');
    // Once fulfilled, a second proof is refused; a tolerated material is supplied on its case, not as evidence.
    expect((await failure(attachObligationEvidence(applicant, evidence, meta))).message).toBe('obligationChangeNotAllowed');
    const tolerated = await overdueCase('accepted', due);
    const toleratedId = (await obligationOf(tolerated.id)).id;
    expect((await failure(attachObligationEvidence(applicant, { ...evidence, obligationId: toleratedId }, meta))).message).toBe(
      'evidence for a promise only',
    );
  });
});
