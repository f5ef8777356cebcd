import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, cases } from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { getCaseDetail } from '@/lib/data/case-detail';
import { performCaseAction } from '@/lib/data/case-workflow';
import { attachCreditClearingEvidence, readCaseFile } from '@/lib/data/files';
import {
  clearCreditRecord,
  listActiveCreditRecords,
  listEnterpriseCreditRecords,
  recordCreditRecord,
} from '@/lib/data/credit-records';
import { proposeToleranceCommitment } from '@/lib/data/tolerance-commitments';
import { zoneDate } from '@/lib/domain/clock';
import { addWorkingDays } from '@/lib/domain/working-days';
import { minimalPdf } from './file-fixtures';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, failure } from './licence-fixtures';
import { signedCommitment, submittedWithoutDomicileProof, toleranceAction } from './tolerance-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '10.0.0.9' };
const as = (email: string) => test.viewerOf(email);

describe(`credit records (${driver})`, () => {
  it('an active record bars tolerance on the server; once a manager clears it, tolerance is accepted', async () => {
    const [applicant, clerk, manager] = await Promise.all(
      ['applicant', 'clerk', 'manager'].map((p) => as(`${p}@onewindow.test`)),
    );
    const { id, version, owner } = await submittedWithoutDomicileProof(test.db, applicant);
    // Signed before the record was entered: the record bars the acceptance all the same.
    const tolerated = [{ code: 'domicile-proof', dueDate: addWorkingDays(zoneDate(new Date()), 1) }];
    await signedCommitment(clerk, owner, id, tolerated);
    const [{ number, enterpriseId }] = await test.db
      .select({ number: cases.number, enterpriseId: cases.enterpriseId })
      .from(cases)
      .where(eq(cases.id, id));
    // Recorded by the case's number alone (the credit page's form): the record is its enterprise's.
    const record = await recordCreditRecord(manager, { reason: '告知承诺事项核查不实', caseNumber: number ?? undefined }, meta);

    const tolerance = toleranceAction(id, version);
    const refused = await failure(performCaseAction(clerk, tolerance, meta));
    expect(refused).toMatchObject({ code: 'invalid', message: 'enterpriseDiscredited' });
    // Nor may the window propose a new commitment to the enterprise while the record stands.
    expect(await failure(proposeToleranceCommitment(clerk, { caseId: id, tolerated }, meta))).toMatchObject({
      code: 'invalid',
      fieldErrors: { transition: ['enterpriseDiscredited'] },
    });
    const detail = await getCaseDetail(clerk, id);
    expect(detail.enterprise.discredited).toBe(true);
    expect(detail.transitions).not.toContain('accept_with_tolerance');
    expect(await listActiveCreditRecords(manager)).toEqual([
      expect.objectContaining({
        id: record.id,
        enterpriseId,
        reason: '告知承诺事项核查不实',
        caseNumber: number,
        clearedAt: null,
      }),
    ]);

    // Only a manager clears, with a reason and the evidence; a second clearing is a conflict.
    expect(
      (await failure(clearCreditRecord(clerk, { recordId: record.id, reason: '已整改', evidence: '整改报告' }, meta))).code,
    ).toBe('forbidden');
    await clearCreditRecord(
      manager,
      { recordId: record.id, reason: '已完成整改并公开承诺', evidence: '整改报告及信用承诺书' },
      meta,
    );
    expect(
      (await failure(clearCreditRecord(manager, { recordId: record.id, reason: '再次', evidence: '再次' }, meta))).code,
    ).toBe('conflict');
    expect(await listActiveCreditRecords(manager)).toEqual([]);
    expect(await listEnterpriseCreditRecords(clerk, enterpriseId)).toEqual([
      expect.objectContaining({
        id: record.id,
        clearingReason: '已完成整改并公开承诺',
        clearingEvidence: '整改报告及信用承诺书',
      }),
    ]);

    await expect(performCaseAction(clerk, tolerance, meta)).resolves.toMatchObject({ state: 'accepted' });
    const actions = await test.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'enterprise'), eq(auditEvents.entityId, enterpriseId)));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['enterprise.credit.record', 'enterprise.credit.clear']));
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('refuses a case number of another enterprise, and a record by anyone but a manager', async () => {
    const [applicantB, manager, admin] = await Promise.all([
      as('applicant2@onewindow.test'),
      as('manager@onewindow.test'),
      as('admin@onewindow.test'),
    ]);
    const enterpriseId = enterpriseOf(applicantB);
    expect(
      (await failure(recordCreditRecord(manager, { enterpriseId, reason: '虚假承诺', caseNumber: 'XC-1999-000001' }, meta)))
        .fieldErrors,
    ).toEqual({ caseNumber: ['caseNotOfEnterprise'] });
    expect((await failure(recordCreditRecord(admin, { enterpriseId, reason: '虚假承诺' }, meta))).code).toBe('forbidden');
    expect((await failure(listEnterpriseCreditRecords(applicantB, enterpriseId))).code).toBe('forbidden');
  });

  it('a manager attaches the clearing evidence as a file, which staff open; the enterprise does not, nor after clearing', async () => {
    const [applicant, clerk, manager] = await Promise.all(
      ['applicant', 'clerk', 'manager'].map((p) => as(`${p}@onewindow.test`)),
    );
    const record = await recordCreditRecord(manager, { enterpriseId: enterpriseOf(applicant), reason: '承诺不实' }, meta);
    const evidence = { recordId: record.id, bytes: minimalPdf(), originalName: '整改报告.pdf' };
    expect((await failure(attachCreditClearingEvidence(clerk, evidence, meta))).code).toBe('forbidden');
    const { fileId } = await attachCreditClearingEvidence(manager, evidence, meta);
    const [listed] = (await listActiveCreditRecords(manager)).filter((r) => r.id === record.id);
    expect(listed.clearingEvidenceFile).toEqual({ id: fileId, name: expect.stringMatching(/\.pdf$/) });
    expect((await readCaseFile(clerk, fileId, meta)).contentType).toBe('application/pdf');
    expect((await failure(readCaseFile(applicant, fileId, meta))).code).toBe('forbidden');
    await clearCreditRecord(manager, { recordId: record.id, reason: '已整改', evidence: '整改报告' }, meta);
    expect((await failure(attachCreditClearingEvidence(manager, evidence, meta))).code).toBe('conflict');
  });
});
