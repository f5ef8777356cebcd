import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, caseMaterials, cases, licences, permits, storedFiles, verificationTasks } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { demoCases } from '@/db/seed-data';
import { verifyAuditChain } from '@/lib/data/audit';
import { answerErrors } from '@/lib/validation/application-answers';
import { setUpTestDatabase } from './harness';

const t = setUpTestDatabase();
const keys = demoCases.map((c) => `demo-seed:${c.number}`);

async function seededCases() {
  return t.db
    .select({
      id: cases.id,
      key: cases.idempotencyKey,
      number: cases.number,
      state: cases.state,
      subject: cases.subject,
      formData: cases.formData,
      submittedAt: cases.submittedAt,
      acceptedAt: cases.acceptedAt,
      completedAt: cases.completedAt,
      legalDeadline: cases.legalDeadline,
      applicantId: cases.applicantId,
    })
    .from(cases)
    .where(inArray(cases.idempotencyKey, keys));
}

describe('the demo cases (seeded through the workflow)', () => {
  it('reach the state of the demo history, numbered in the order they were filed, each with a complete form', async () => {
    const rows = new Map((await seededCases()).map((c) => [c.key, c]));
    expect(rows.size).toBe(demoCases.length);
    for (const demo of demoCases) {
      const c = rows.get(`demo-seed:${demo.number}`)!;
      expect(c.state, demo.number).toBe(demo.state);
      expect(c.number).toBe(demo.number);
      expect(c.subject).toBe(demo.subject);
      expect(c.applicantId, demo.number).not.toBeNull();
      expect(c.submittedAt?.toISOString()).toBe(new Date(demo.submittedAt).toISOString());
      const formKey = { 'XC-MC-001': 'name-reservation', 'XC-SL-002': 'establishment', 'XC-JP-003': 'combined-project' }[
        demo.itemCode
      ]!;
      expect(answerErrors(formKey, c.formData), demo.number).toEqual({});
      // Accepted cases got their deadlines from the engine's working-day calendar, at acceptance.
      if (demo.acceptedAt) {
        expect(c.acceptedAt?.toISOString()).toBe(new Date(demo.acceptedAt).toISOString());
        expect(c.legalDeadline, demo.number).not.toBeNull();
      }
    }
  });

  it('carry their required materials as stored PDF files', async () => {
    const rows = await t.db
      .select({
        caseId: caseMaterials.caseId,
        n: sql<number>`count(*)::int`,
        pdfs: sql<number>`count(*) filter (where ${storedFiles.contentType} = 'application/pdf')::int`,
      })
      .from(caseMaterials)
      .innerJoin(storedFiles, eq(storedFiles.id, caseMaterials.fileId))
      .innerJoin(cases, eq(cases.id, caseMaterials.caseId))
      .where(and(inArray(cases.idempotencyKey, keys), isNull(caseMaterials.replacedAt)))
      .groupBy(caseMaterials.caseId);
    expect(rows).toHaveLength(demoCases.filter((c) => !c.withoutMaterials).length);
    for (const row of rows) {
      expect(row.n).toBeGreaterThanOrEqual(2);
      expect(row.pdfs).toBe(row.n);
    }
  });

  it('have a timeline of what happened, dated when it happened', async () => {
    const seeded = await seededCases();
    const events = await t.db
      .select({ entityId: auditEvents.entityId, action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'case'),
          inArray(
            auditEvents.entityId,
            seeded.map((c) => c.id),
          ),
        ),
      );
    for (const c of seeded) {
      const mine = events.filter((e) => e.entityId === c.id);
      const actions = mine.map((e) => e.action);
      expect(actions, c.number!).toContain('case.draft.create');
      const demo = demoCases.find((d) => `demo-seed:${d.number}` === c.key)!;
      if (!demo.withoutMaterials) expect(actions).toContain('case.material.upload');
      expect(actions).toContain('case.submit');
      const submit = mine.find((e) => e.action === 'case.submit')!;
      expect(submit.at.toISOString()).toBe(c.submittedAt?.toISOString());
      if (c.state === 'completed')
        expect(
          actions.some((a) => a === 'case.issue' || a === 'case.instant_approve' || a === 'case.approve_on_promise'),
          c.number!,
        ).toBe(true);
    }
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('give every completed establishment its business licence', async () => {
    const completed = demoCases.filter((c) => c.itemCode === 'XC-SL-002' && c.state === 'completed');
    expect(completed.length).toBeGreaterThan(3);
    const issued = await t.db
      .select({
        key: cases.idempotencyKey,
        name: licences.enterpriseName,
        issuedAt: licences.issuedAt,
        completedAt: cases.completedAt,
      })
      .from(licences)
      .innerJoin(cases, eq(cases.id, licences.caseId))
      .where(inArray(cases.idempotencyKey, keys));
    expect(issued.map((l) => l.key).sort()).toEqual(completed.map((c) => `demo-seed:${c.number}`).sort());
    for (const licence of issued) expect(licence.issuedAt.toISOString()).toBe(licence.completedAt?.toISOString());
  });

  it('decide the promise-based food permit on its promises: issued the same day with its permit, the verification open', async () => {
    const promised = demoCases.filter((c) => c.promised);
    expect(promised.length).toBeGreaterThan(0);
    for (const demo of promised) {
      const [row] = await t.db
        .select({ id: cases.id, route: cases.approvalRoute, state: cases.state, permit: permits.number })
        .from(cases)
        .innerJoin(permits, eq(permits.caseId, cases.id))
        .where(eq(cases.idempotencyKey, `demo-seed:${demo.number}`));
      expect(row).toMatchObject({ route: 'promise', state: 'completed' });
      const tasks = await t.db.select().from(verificationTasks).where(eq(verificationTasks.caseId, row.id));
      expect(tasks.map((v) => v.status)).toEqual(['open']);
    }
  });

  it('are replayed once: seeding again adds no case', async () => {
    const before = (await seededCases()).length;
    const report = await seedDemoData(t.db);
    expect(report.inserted.cases).toBe(0);
    expect((await seededCases()).length).toBe(before);
  });
});
