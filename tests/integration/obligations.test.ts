import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cases, notifications, obligations } from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { sweepObligations } from '@/lib/data/obligations';
import { zoneDate } from '@/lib/domain/clock';
import { addWorkingDays } from '@/lib/domain/working-days';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { useTestDatabase } from './harness';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';

const test = useTestDatabase();
const meta = { ip: null };

/** A case accepted with the domicile proof tolerated, due on the given date. */
async function toleratedCase(dueDate: string) {
  const applicant = await test.viewerOf('applicant@onewindow.test');
  const clerk = await test.viewerOf('clerk@onewindow.test');
  if (applicant.kind !== 'user') throw new Error('seed');
  const { id } = await createDraft(
    applicant,
    { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId },
    meta,
  );
  await saveDraft(applicant, {
    caseId: id,
    contact: { name: '李明远', phone: '13837400001' },
    formData: ESTABLISHMENT_ANSWERS,
  });
  // Every required material but the one tolerated.
  await supplyMaterials(
    test.db,
    id,
    (await requiredMaterials(test.db, id)).filter((code) => code !== 'domicile-proof'),
  );
  const submitted = await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
  await performCaseAction(
    clerk,
    {
      caseId: id,
      version: submitted.version,
      transition: 'accept_with_tolerance',
      reason: '',
      opinion: '',
      conditions: [],
      supplementItems: [],
      tolerated: [{ code: 'domicile-proof', dueDate }],
      commitment: '承诺按期补交',
    },
    meta,
  );
  return id;
}

describe('obligations sweep', () => {
  it('reminds once before the due date, then marks the obligation breached and flags it to staff', async () => {
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

    // Two working days later the material is still missing.
    const later = new Date(Date.parse(`${addWorkingDays(due, 1)}T04:00:00Z`));
    const sweep = await sweepObligations(test.db, later);
    expect(sweep.breached).toBeGreaterThanOrEqual(1);
    const [obligation] = await test.db.select().from(obligations).where(eq(obligations.caseId, caseId));
    expect(obligation.status).toBe('breached');
    const flagged = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, caseId), eq(notifications.kind, 'obligation_breached')));
    const officer = await test.viewerOf('officer@onewindow.test');
    const manager = await test.viewerOf('manager@onewindow.test');
    const ids = flagged.map((f) => f.userId);
    if (officer.kind !== 'user' || manager.kind !== 'user') throw new Error('seed');
    expect(ids).toEqual(expect.arrayContaining([officer.userId, manager.userId]));
    expect((await sweepObligations(test.db, later)).breached).toBe(0);
    const [row] = await test.db.select({ state: cases.state }).from(cases).where(eq(cases.id, caseId));
    expect(row.state).toBe('accepted');
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});
