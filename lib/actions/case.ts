'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { claimCase, createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { markInboxRead } from '@/lib/data/case-detail';
import { attachWalletMaterial } from '@/lib/data/licences';
import { verifyObligation } from '@/lib/data/obligations';
import { proposeToleranceCommitment, signToleranceCommitment } from '@/lib/data/tolerance-commitments';
import {
  claimSchema,
  caseActionSchema,
  createDraftSchema,
  draftSaveSchema,
  proposeCommitmentSchema,
  signCommitmentSchema,
  submitSchema,
  verifyObligationSchema,
} from '@/lib/validation/case';
import { defineAction } from './define-action';

function revalidateCase(caseId: string) {
  revalidatePath(`/desk/cases/${caseId}`);
  revalidatePath(`/my/cases/${caseId}`);
  revalidatePath('/desk');
  revalidatePath('/my');
}

/** Any workflow transition (staff or applicant); the machine and its guards decide. */
export const caseAction = defineAction(caseActionSchema, async (input, { viewer, meta }) => {
  const result = await performCaseAction(viewer, input, meta);
  revalidateCase(input.caseId);
  return result;
});

/** The window proposes the tolerance commitment (容缺承诺书) for the applicant to sign. */
export const proposeCommitmentAction = defineAction(proposeCommitmentSchema, async (input, { viewer, meta }) => {
  const result = await proposeToleranceCommitment(viewer, input, meta);
  revalidateCase(input.caseId);
  return result;
});

/** The applicant signs the commitment online; the window may then accept with tolerance. */
export const signCommitmentAction = defineAction(signCommitmentSchema, async (input, { viewer, meta }) => {
  const result = await signToleranceCommitment(viewer, input, meta);
  revalidateCase(input.caseId);
  return result;
});

/** The window verifies a material supplied for a tolerated obligation; a suspension it caused may lift. */
export const verifyObligationAction = defineAction(verifyObligationSchema, async (input, { viewer, meta }) => {
  const result = await verifyObligation(viewer, { obligationId: input.obligationId }, meta);
  revalidateCase(input.caseId);
  return result;
});

export const claimCaseAction = defineAction(claimSchema, async (input, { viewer, meta }) => {
  const result = await claimCase(viewer, input, meta);
  revalidateCase(input.caseId);
  return result;
});

export const createDraftAction = defineAction(createDraftSchema, async (input, { viewer, meta }) =>
  createDraft(viewer, input, meta),
);

export const saveDraftAction = defineAction(draftSaveSchema, async (input, { viewer }) => saveDraft(viewer, input));

export const submitCaseAction = defineAction(submitSchema, async (input, { viewer, meta }) => {
  const result = await submitCase(viewer, input, meta);
  revalidateCase(input.caseId);
  return result;
});

/** 免提交: a licence the enterprise holds stands in for a material instead of an upload. */
export const attachWalletMaterialAction = defineAction(
  z.object({ caseId: z.guid(), materialCode: z.string().min(1).max(64) }),
  async (input, { viewer, meta }) => {
    const result = await attachWalletMaterial(viewer, input, meta);
    revalidateCase(input.caseId);
    return { creditCode: result.sourceRef };
  },
);

export const markInboxReadAction = defineAction(
  z.object({ ids: z.array(z.guid()).max(200).optional() }),
  async (input, { viewer }) => {
    await markInboxRead(viewer, input.ids);
    revalidatePath('/my/inbox');
  },
);
