/**
 * The state-dependent half of who may see and change a case. Who may at all (role, enterprise,
 * department) is the permission table's (lib/auth/permissions.ts); these rules are consulted
 * after it, with the case's state.
 */
import { CASE_STATES, FINAL_STATES, type CaseState } from './workflow';

/**
 * Staff see a case from its submission on: a draft is the enterprise's own. The clerk who entered a
 * walk-in draft still reads it; a clerk invited by the enterprise as its agent is a later step.
 */
export type StaffVisibleState = Exclude<CaseState, 'draft'>;
export const STAFF_VISIBLE_STATES = CASE_STATES.filter((s): s is StaffVisibleState => s !== 'draft');

/** Where an applicant may still change materials themselves (DESIGN §3): uploads and wallet licences alike. */
const APPLICANT_EDITABLE: readonly CaseState[] = ['draft', 'needs_supplement'];
/** After acceptance, only a tolerated material (容缺) may still be supplied — also while suspended for it. */
const TOLERANCE_STATES: readonly CaseState[] = ['accepted', 'in_review', 'suspended', 'approved', 'completed'];

/** How the uploader stands to the case, once the table has granted `case.material.upload`. */
export type UploaderStanding = { member: boolean; clerk: boolean };

/** 'open': any material; 'tolerated-only': only a material with an open tolerance obligation; 'closed': none. */
export type UploadWindow = 'open' | 'tolerated-only' | 'closed';

/**
 * When a material may get a new version: a member of the case's enterprise while the case is
 * theirs to edit; a clerk entering a walk-in application in any state but a final one; either
 * of them afterwards for a tolerated material supplied late.
 */
export function materialUploadWindow(state: CaseState, standing: UploaderStanding): UploadWindow {
  if (standing.member && APPLICANT_EDITABLE.includes(state)) return 'open';
  if (standing.clerk && !FINAL_STATES.includes(state)) return 'open';
  if ((standing.member || standing.clerk) && TOLERANCE_STATES.includes(state)) return 'tolerated-only';
  return 'closed';
}

/** A licence from the enterprise's wallet (免提交) is attached while the applicant may edit the case. */
export function walletAttachOpen(state: CaseState): boolean {
  return APPLICANT_EDITABLE.includes(state);
}
