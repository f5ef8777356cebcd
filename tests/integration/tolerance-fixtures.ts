import { createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { proposeToleranceCommitment, signToleranceCommitment } from '@/lib/data/tolerance-commitments';
import { NO_ACTION_PAYLOAD } from '@/lib/validation/case';
import type { Viewer } from '@/lib/auth/permissions';
import { loadViewer } from '@/lib/data/viewer';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import type { Database } from '@/db/client';
import { holdNewName, requiredMaterials, supplyMaterials } from './intake-fixtures';

const meta = { ip: null };

/** An establishment case of the applicant's enterprise, submitted with every required material but the domicile proof, under a name of its own. */
export async function submittedWithoutDomicileProof(db: Database, applicant: Viewer) {
  if (applicant.kind !== 'user') throw new Error('seed');
  const { id } = await createDraft(
    applicant,
    { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId },
    meta,
  );
  await saveDraft(applicant, {
    caseId: id,
    contact: { name: '李明远', phone: '13837400001' },
    // A name of its own: submitting registers it to the enterprise being established.
    formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: await holdNewName(db, applicant.memberships[0].enterpriseId) },
  });
  await supplyMaterials(
    db,
    id,
    (await requiredMaterials(db, id)).filter((code) => code !== 'domicile-proof'),
  );
  const submitted = await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
  // The applicant loaded afresh: submitting moved the case to the enterprise it established, whose member they now are.
  return { id, version: submitted.version, owner: await loadViewer(db, applicant.userId) };
}

/** The window proposes tolerating these materials; the applicant signs the commitment online. Returns the commitment. */
export async function signedCommitment(
  clerk: Viewer,
  applicant: Viewer,
  caseId: string,
  tolerated: { code: string; dueDate: string }[],
) {
  const { id } = await proposeToleranceCommitment(clerk, { caseId, tolerated }, meta);
  await signToleranceCommitment(applicant, { commitmentId: id, signerName: '李明远', agreed: true }, meta);
  return id;
}

/** The clerk's acceptance with tolerance, which takes its materials from the signed commitment. */
export const toleranceAction = (caseId: string, version: number) => ({
  ...NO_ACTION_PAYLOAD,
  caseId,
  version,
  transition: 'accept_with_tolerance',
});

/** Proposes, has the applicant sign, and accepts with these materials tolerated (DESIGN §4). */
export async function acceptWithTolerance(
  clerk: Viewer,
  applicant: Viewer,
  c: { id: string; version: number },
  tolerated: { code: string; dueDate: string }[],
) {
  await signedCommitment(clerk, applicant, c.id, tolerated);
  return performCaseAction(clerk, toleranceAction(c.id, c.version), meta);
}
