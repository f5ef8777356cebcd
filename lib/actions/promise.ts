'use server';

import { revalidatePath } from 'next/cache';
import { chooseApprovalRoute, decideVerification } from '@/lib/data/promise-approval';
import { approvalRouteSchema, verificationDecisionSchema } from '@/lib/validation/promise';
import { defineAction } from './define-action';

/** The applicant opts a draft into promise-based approval (every clause promised), or back to the ordinary procedure. */
export const chooseApprovalRouteAction = defineAction(approvalRouteSchema, async (input, { viewer, meta }) => {
  const result = await chooseApprovalRoute(viewer, input, meta);
  revalidatePath(`/my/cases/${input.caseId}/edit`);
  return result;
});

/** A department records its post-approval verification of a case's promises, and the verdict. */
export const decideVerificationAction = defineAction(verificationDecisionSchema, async (input, { viewer, meta }) => {
  const result = await decideVerification(viewer, input, meta);
  revalidatePath(`/desk/cases/${input.caseId}`);
  revalidatePath(`/my/cases/${input.caseId}`);
  revalidatePath('/desk/verifications');
  return result;
});
