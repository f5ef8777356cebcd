import { createDraft, saveDraft, submitCase } from '@/lib/data/case-workflow';
import type { Viewer } from '@/lib/auth/permissions';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import type { Database } from '@/db/client';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';

const meta = { ip: null };

/** An establishment case of the applicant's enterprise, submitted with every required material but the domicile proof. */
export async function submittedWithoutDomicileProof(db: Database, applicant: Viewer) {
  if (applicant.kind !== 'user') throw new Error('seed');
  const { id } = await createDraft(
    applicant,
    { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId },
    meta,
  );
  await saveDraft(applicant, { caseId: id, contact: { name: '李明远', phone: '13837400001' }, formData: ESTABLISHMENT_ANSWERS });
  await supplyMaterials(
    db,
    id,
    (await requiredMaterials(db, id)).filter((code) => code !== 'domicile-proof'),
  );
  const submitted = await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
  return { id, version: submitted.version };
}

/** The clerk's acceptance of that case with the domicile proof tolerated until `dueDate`. */
export const toleranceAction = (caseId: string, version: number, dueDate: string) => ({
  caseId,
  version,
  transition: 'accept_with_tolerance',
  reason: '',
  opinion: '',
  conditions: [],
  supplementItems: [],
  tolerated: [{ code: 'domicile-proof', dueDate }],
  commitment: '承诺按期补交',
});
