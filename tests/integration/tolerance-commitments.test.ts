import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, cases, notifications, obligations, storedFiles, toleranceCommitments } from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { getCaseDetail } from '@/lib/data/case-detail';
import { readCaseFile } from '@/lib/data/files';
import {
  attachSignedCommitmentScan,
  proposeToleranceCommitment,
  signToleranceCommitment,
} from '@/lib/data/tolerance-commitments';
import { zoneDate } from '@/lib/domain/clock';
import { addWorkingDays } from '@/lib/domain/working-days';
import { minimalPdf } from './file-fixtures';
import { driver, setUpTestDatabase } from './harness';
import { failure } from './licence-fixtures';
import { submittedWithoutDomicileProof } from './tolerance-fixtures';
import { caseActions } from './workflow-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '10.0.0.7' };
const as = (email: string) => test.viewerOf(email);
const act = caseActions(test, meta);

async function personas() {
  const [applicant, other, clerk, reviewer] = await Promise.all(
    ['applicant', 'applicant2', 'clerk', 'reviewer'].map((p) => as(`${p}@onewindow.test`)),
  );
  return { applicant, other, clerk, reviewer };
}

const commitmentRow = async (id: string) =>
  (await test.db.select().from(toleranceCommitments).where(eq(toleranceCommitments.id, id)))[0];
const stateOf = async (caseId: string) =>
  (await test.db.select({ state: cases.state }).from(cases).where(eq(cases.id, caseId)))[0].state;

describe(`tolerance commitments (${driver})`, () => {
  it('refuses the acceptance until the applicant has signed, with a field error; the obligations carry the signed wording', async () => {
    const { applicant, clerk } = await personas();
    const { id, owner } = await submittedWithoutDomicileProof(test.db, applicant);
    const due = addWorkingDays(zoneDate(new Date()), 1);

    // Nothing proposed yet, then proposed but not signed: both refused on the transition's field.
    expect((await failure(act(clerk, id, 'accept_with_tolerance'))).fieldErrors).toEqual({ transition: ['commitmentNotSigned'] });
    const { id: commitmentId } = await proposeToleranceCommitment(
      clerk,
      { caseId: id, tolerated: [{ code: 'domicile-proof', dueDate: due }] },
      meta,
    );
    expect((await failure(act(clerk, id, 'accept_with_tolerance'))).fieldErrors).toEqual({ transition: ['commitmentNotSigned'] });
    expect(await stateOf(id)).toBe('submitted');

    // The enterprise's members are asked to sign; the wording names the material and its day in both languages.
    const proposed = await commitmentRow(commitmentId);
    expect(proposed).toMatchObject({ status: 'proposed', items: [{ materialCode: 'domicile-proof', dueDate: due }] });
    expect(proposed.items[0].requirement.zh).toBeTruthy();
    expect(proposed.wording.zh).toContain(proposed.items[0].requirement.zh);
    expect(proposed.wording.en).toContain(proposed.items[0].requirement.en);
    const [{ number }] = await test.db.select({ number: cases.number }).from(cases).where(eq(cases.id, id));
    expect(proposed.wording.zh).toContain(number!);
    const asked = await test.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(and(eq(notifications.caseId, id), eq(notifications.kind, 'commitment_to_sign')));
    expect(asked.length).toBeGreaterThan(0);
    const applicantView = await getCaseDetail(owner, id);
    expect(applicantView.commitment).toMatchObject({ id: commitmentId, status: 'proposed', wording: proposed.wording });

    // Signing needs the agreement and a name.
    expect(
      (await failure(signToleranceCommitment(owner, { commitmentId, signerName: '李明远', agreed: false as true }, meta)))
        .fieldErrors,
    ).toEqual({
      agreed: ['mustAgree'],
    });
    await signToleranceCommitment(owner, { commitmentId, signerName: '李明远', agreed: true }, meta);
    expect(await commitmentRow(commitmentId)).toMatchObject({ status: 'signed', signerName: '李明远' });
    // Signed once: a second signature finds it changed.
    expect((await failure(signToleranceCommitment(owner, { commitmentId, signerName: '李明远', agreed: true }, meta))).code).toBe(
      'staleVersion',
    );

    await expect(act(clerk, id, 'accept_with_tolerance')).resolves.toMatchObject({ state: 'accepted' });
    const [obligation] = await test.db.select().from(obligations).where(eq(obligations.caseId, id));
    expect(obligation).toMatchObject({
      materialCode: 'domicile-proof',
      dueDate: due,
      requirement: proposed.items[0].requirement.zh,
      commitment: proposed.wording.zh,
    });
    expect((await commitmentRow(commitmentId)).status).toBe('accepted');
    const actions = await test.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'case'), eq(auditEvents.entityId, id)));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['case.commitment.propose', 'case.commitment.sign', 'case.accept_with_tolerance']),
    );
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('only an active member of the case enterprise signs: another enterprise and staff are refused', async () => {
    const { applicant, other, clerk, reviewer } = await personas();
    const { id, owner } = await submittedWithoutDomicileProof(test.db, applicant);
    const tolerated = [{ code: 'domicile-proof', dueDate: addWorkingDays(zoneDate(new Date()), 1) }];
    const { id: commitmentId } = await proposeToleranceCommitment(clerk, { caseId: id, tolerated }, meta);
    for (const viewer of [other, clerk, reviewer]) {
      expect(
        (await failure(signToleranceCommitment(viewer, { commitmentId, signerName: '王五', agreed: true }, meta))).code,
      ).toBe('forbidden');
    }
    // Only the window proposes.
    expect((await failure(proposeToleranceCommitment(owner, { caseId: id, tolerated }, meta))).code).toBe('forbidden');
    expect((await commitmentRow(commitmentId)).status).toBe('proposed');
  });

  it('a new proposal withdraws the earlier one, which can no longer be signed; leaving the window ends the live one', async () => {
    const { applicant, clerk } = await personas();
    const { id, owner } = await submittedWithoutDomicileProof(test.db, applicant);
    const day = (n: number) => [{ code: 'domicile-proof', dueDate: addWorkingDays(zoneDate(new Date()), n) }];
    const first = await proposeToleranceCommitment(clerk, { caseId: id, tolerated: day(0) }, meta);
    const second = await proposeToleranceCommitment(clerk, { caseId: id, tolerated: day(1) }, meta);
    expect((await commitmentRow(first.id)).status).toBe('withdrawn');
    expect(
      (await failure(signToleranceCommitment(owner, { commitmentId: first.id, signerName: '李明远', agreed: true }, meta))).code,
    ).toBe('staleVersion');
    await signToleranceCommitment(owner, { commitmentId: second.id, signerName: '李明远', agreed: true }, meta);
    // A supplement notice sends the case back: the signed commitment ends with it.
    await act(clerk, id, 'request_supplement', {
      supplementItems: [{ kind: 'material', code: 'domicile-proof', reason: 'missing' }],
    });
    expect((await commitmentRow(second.id)).status).toBe('withdrawn');
  });

  it('at the counter, the scan of the signed paper signs the commitment; the case accepts, and its readers see the scan', async () => {
    const { applicant, other, clerk } = await personas();
    const { id, owner } = await submittedWithoutDomicileProof(test.db, applicant);
    const due = addWorkingDays(zoneDate(new Date()), 1);
    const { id: commitmentId } = await proposeToleranceCommitment(
      clerk,
      { caseId: id, tolerated: [{ code: 'domicile-proof', dueDate: due }] },
      meta,
    );
    const filesBefore = (await test.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles))[0].n;

    // Checked by content like any upload: a text file is refused and nothing is stored.
    const refused = await failure(
      attachSignedCommitmentScan(
        clerk,
        { commitmentId, bytes: new TextEncoder().encode('not a scan'), originalName: '承诺书.pdf' },
        meta,
      ),
    );
    expect(refused.fieldErrors).toEqual({ file: ['fileType'] });
    // The applicant signs online, not by scan.
    expect(
      (await failure(attachSignedCommitmentScan(owner, { commitmentId, bytes: minimalPdf(), originalName: '承诺书.pdf' }, meta)))
        .code,
    ).toBe('forbidden');
    expect((await test.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles))[0].n).toBe(filesBefore);

    const { fileId } = await attachSignedCommitmentScan(
      clerk,
      { commitmentId, bytes: minimalPdf('signed'), originalName: '承诺书.pdf' },
      meta,
    );
    expect(await commitmentRow(commitmentId)).toMatchObject({ status: 'signed', scanFileId: fileId, signerName: null });
    // Signed already: no second scan.
    expect(
      (await failure(attachSignedCommitmentScan(clerk, { commitmentId, bytes: minimalPdf(), originalName: '承诺书.pdf' }, meta)))
        .code,
    ).toBe('staleVersion');

    await expect(act(clerk, id, 'accept_with_tolerance')).resolves.toMatchObject({ state: 'accepted' });
    const [obligation] = await test.db.select().from(obligations).where(eq(obligations.caseId, id));
    expect(obligation.commitment).toBe((await commitmentRow(commitmentId)).wording.zh);

    await expect(readCaseFile(clerk, fileId, meta)).resolves.toMatchObject({ contentType: 'application/pdf' });
    await expect(readCaseFile(owner, fileId, meta)).resolves.toMatchObject({ name: '承诺书.pdf' });
    expect((await failure(readCaseFile(other, fileId, meta))).code).toBe('forbidden');
    expect((await getCaseDetail(clerk, id)).commitment).toMatchObject({ status: 'accepted', scan: { fileId } });
  });
});
