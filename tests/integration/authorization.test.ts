import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cases,
  caseTasks,
  departments,
  emailOutbox,
  enterprises,
  obligations,
  permits,
  ratingFollowUps,
  toleranceCommitments,
  verificationTasks,
} from '@/db/schema';
import { claimTask, decideTask, listDepartmentTasks } from '@/lib/data/task-decisions';
import { ANONYMOUS, type Viewer } from '@/lib/auth/permissions';
import {
  decideJoinRequest,
  endOwnSessions,
  endUserSessions,
  getUserForAdmin,
  listJoinRequests,
  listUsers,
  updateUserRoles,
} from '@/lib/data/accounts';
import { listIntakeQueue, listMyCases } from '@/lib/data/cases';
import { loadDashboard } from '@/lib/data/dashboard';
import { getAccountSettings, updateMailPreference } from '@/lib/data/account-settings';
import { countOutbox, getOutboxMessage, listOutbox } from '@/lib/data/mail-outbox';
import {
  getServiceGuide,
  getServiceItemForEdit,
  listServiceVersions,
  listServices,
  publishServiceItem,
  updateServiceItem,
} from '@/lib/data/catalogue';
import { serviceItemSchema, type ServiceItemInput } from '@/lib/validation/catalogue';
import { DomainError, isDomainError } from '@/lib/errors';
import { getCaseDetail, listInbox } from '@/lib/data/case-detail';
import { createDraft, saveDraft } from '@/lib/data/case-workflow';
import { chooseActingEnterprise } from '@/lib/data/acting-enterprise';
import { listCalendarYears } from '@/lib/data/calendar';
import { attachWalletMaterial, listWallet, walletMaterialsFor } from '@/lib/data/licences';
import { chooseApprovalRoute, decideVerification, listOpenVerifications } from '@/lib/data/promise-approval';
import { getCasePermit } from '@/lib/data/permits';
import {
  attachSignedCommitmentScan,
  proposeToleranceCommitment,
  signToleranceCommitment,
} from '@/lib/data/tolerance-commitments';
import { attachCreditClearingEvidence, attachObligationEvidence, listCaseMaterials, uploadCaseMaterial } from '@/lib/data/files';
import { changeObligation, countObligations, listObligations, verifyObligation } from '@/lib/data/obligations';
import {
  clearCreditRecord,
  listActiveCreditRecords,
  listEnterpriseCreditRecords,
  recordCreditRecord,
} from '@/lib/data/credit-records';
import {
  createAssessment,
  getAssessment,
  listAssessments,
  readAssessmentDocument,
  updateAssessment,
  uploadAssessmentDocument,
} from '@/lib/data/assessments';
import { addDrawingComment, getDrawingReview, settleDrawingComment } from '@/lib/data/drawings';
import { createProject, fileStageApplication, getProject, listMyProjects, updateProject } from '@/lib/data/projects';
import { projectSchema, type AssessmentInput, type ProjectInput } from '@/lib/validation/project';
import {
  bulkReassign,
  caseReassignOptions,
  listOpenWork,
  listStaffForReassignment,
  reassignCase,
  reassignTask,
  taskReassignOptions,
} from '@/lib/data/reassignment';
import { changeFollowUp, getCaseRating, listFollowUps, rateCase, replyToFollowUp } from '@/lib/data/ratings';
import { fileOnBehalf, takeOverCase } from '@/lib/data/case-workflow';
import {
  listAuthorizations,
  recordAuthorization,
  revokeAuthorization,
  searchEnterprisesForFiling,
} from '@/lib/data/filing-authorizations';
import { zoneDate } from '@/lib/domain/clock';
import { materialVersions } from './drawing-fixtures';
import { minimalPdf } from './file-fixtures';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();

const PERSONAS = [
  'anonymous',
  'applicantA',
  'applicantB',
  'clerk',
  'reviewerFire',
  'reviewerPlanning',
  'officer',
  'manager',
  'admin',
] as const;
type Persona = (typeof PERSONAS)[number];
const EMAILS: Record<Exclude<Persona, 'anonymous'>, string> = {
  applicantA: 'applicant@onewindow.test',
  applicantB: 'applicant2@onewindow.test',
  clerk: 'clerk@onewindow.test',
  reviewerFire: 'reviewer@onewindow.test',
  reviewerPlanning: 'reviewer2@onewindow.test',
  officer: 'officer@onewindow.test',
  manager: 'manager@onewindow.test',
  admin: 'admin@onewindow.test',
};

const meta = { ip: '127.0.0.1' };
const everyone = PERSONAS;

/** Staff are told another's draft does not exist (not found), which here counts as refused. */
async function draftHidden(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    throw isDomainError(error) && error.code === 'notFound' ? new DomainError('forbidden', 'hidden draft') : error;
  }
}
const notAPdf = { bytes: new TextEncoder().encode('x'), originalName: 'x.pdf' };
/** An authorization (授权委托书) valid from today for a month, covering every item, with its signed scan. */
const authorizationOf = (enterpriseId: string) => ({
  enterpriseId,
  principalName: '王建国',
  validFrom: zoneDate(new Date()),
  validUntil: zoneDate(new Date(Date.now() + 30 * 86_400_000)),
  bytes: minimalPdf('authorization'),
  originalName: '授权委托书.pdf',
});
/** The authorization the viewer holds for the enterprise, when they hold one; another's otherwise (refused before it is read). */
const heldAuthorization = (v: Viewer, ctx: Context, enterpriseId: string) =>
  ctx.authorizations[`${v.kind === 'user' ? v.userId : ''}:${enterpriseId}`] ??
  ctx.authorizations[`${ctx.clerkId}:${enterpriseId}`];

/** Every data-layer operation, the personas it must admit, and a call that performs it. */
const MATRIX: { operation: string; allowed: readonly Persona[]; call: (v: Viewer, ctx: Context) => Promise<unknown> }[] = [
  { operation: 'listServices', allowed: everyone, call: (v) => listServices(v) },
  // Filing on an enterprise's behalf (帮办代办): the window for any enterprise, the paired officer (of A only) for its own.
  { operation: 'searchEnterprisesForFiling', allowed: ['clerk', 'officer'], call: (v) => searchEnterprisesForFiling(v, '') },
  {
    operation: 'listAuthorizations(enterprise A)',
    allowed: ['applicantA', 'clerk', 'officer', 'manager'],
    call: (v, ctx) => listAuthorizations(v, ctx.enterpriseA),
  },
  {
    operation: 'listAuthorizations(enterprise B)',
    allowed: ['applicantB', 'clerk', 'manager'],
    call: (v, ctx) => listAuthorizations(v, ctx.enterpriseB),
  },
  {
    operation: 'recordAuthorization(enterprise A)',
    allowed: ['clerk', 'officer'],
    call: (v, ctx) => recordAuthorization(v, authorizationOf(ctx.enterpriseA), meta),
  },
  {
    operation: 'recordAuthorization(enterprise B)',
    allowed: ['clerk'],
    call: (v, ctx) => recordAuthorization(v, authorizationOf(ctx.enterpriseB), meta),
  },
  {
    operation: 'revokeAuthorization(enterprise A)',
    allowed: ['clerk', 'officer'],
    call: async (v, ctx) => {
      const { id } = await recordAuthorization(ctx.clerk, authorizationOf(ctx.enterpriseA), meta);
      return revokeAuthorization(v, { authorizationId: id }, meta);
    },
  },
  {
    operation: 'revokeAuthorization(enterprise B)',
    allowed: ['clerk'],
    call: async (v, ctx) => {
      const { id } = await recordAuthorization(ctx.clerk, authorizationOf(ctx.enterpriseB), meta);
      return revokeAuthorization(v, { authorizationId: id }, meta);
    },
  },
  {
    operation: 'fileOnBehalf(enterprise A)',
    allowed: ['clerk', 'officer'],
    call: (v, ctx) =>
      fileOnBehalf(
        v,
        { enterpriseId: ctx.enterpriseA, authorizationId: heldAuthorization(v, ctx, ctx.enterpriseA), serviceCode: 'XC-SP-001' },
        meta,
      ),
  },
  {
    operation: 'fileOnBehalf(enterprise B)',
    allowed: ['clerk'],
    call: (v, ctx) =>
      fileOnBehalf(
        v,
        { enterpriseId: ctx.enterpriseB, authorizationId: heldAuthorization(v, ctx, ctx.enterpriseB), serviceCode: 'XC-SP-001' },
        meta,
      ),
  },
  {
    // A case the window filed for A, still held by the clerk: a member of A takes it over (staff are told the draft does not exist).
    operation: 'takeOverCase(filed for A)',
    allowed: ['applicantA'],
    call: async (v, ctx) => {
      const filed = await fileOnBehalf(
        ctx.clerk,
        {
          enterpriseId: ctx.enterpriseA,
          authorizationId: heldAuthorization(ctx.clerk, ctx, ctx.enterpriseA),
          serviceCode: 'XC-SP-001',
        },
        meta,
      );
      return draftHidden(takeOverCase(v, { caseId: filed.id }, meta));
    },
  },
  { operation: 'getServiceGuide', allowed: everyone, call: (v) => getServiceGuide(v, 'XC-SL-002') },
  { operation: 'listServiceVersions', allowed: ['admin'], call: (v) => listServiceVersions(v, 'XC-SL-002') },
  {
    operation: 'updateServiceItem',
    allowed: ['admin'],
    call: (v, ctx) => updateServiceItem(v, 'XC-MC-001', ctx.itemUpdate, meta),
  },
  { operation: 'getServiceItemForEdit', allowed: ['admin'], call: (v) => getServiceItemForEdit(v, 'XC-JP-103') },
  {
    operation: 'publishServiceItem',
    allowed: ['admin'],
    // Published over whatever version is current then: the admin's earlier publishes must not make it stale.
    call: async (v, ctx) => {
      const current = await getServiceGuide(ANONYMOUS, 'XC-JP-103');
      return publishServiceItem(v, { ...ctx.itemContent, baseVersion: current.version }, meta);
    },
  },
  { operation: 'listUsers', allowed: ['admin'], call: (v) => listUsers(v) },
  { operation: 'getUserForAdmin', allowed: ['admin'], call: (v, ctx) => getUserForAdmin(v, ctx.clerkId) },
  { operation: 'listOutbox', allowed: ['admin'], call: (v) => listOutbox(v) },
  { operation: 'countOutbox', allowed: ['admin'], call: (v) => countOutbox(v) },
  { operation: 'getOutboxMessage', allowed: ['admin'], call: (v, ctx) => getOutboxMessage(v, ctx.mailId) },
  {
    operation: 'getAccountSettings',
    allowed: ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v) => getAccountSettings(v),
  },
  {
    operation: 'updateMailPreference',
    allowed: ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v) => updateMailPreference(v, { emailOptional: true }, meta),
  },
  {
    operation: 'updateUserRoles',
    allowed: ['admin'],
    call: (v, ctx) => updateUserRoles(v, { userId: ctx.clerkId, roles: ['clerk'], departmentId: ctx.clerkDepartmentId }, meta),
  },
  { operation: 'endUserSessions', allowed: ['admin'], call: (v, ctx) => endUserSessions(v, ctx.clerkId, meta) },
  // Signing out: every signed-in viewer ends their own sessions (the matrix's viewers carry no session version).
  { operation: 'endOwnSessions', allowed: everyone.filter((p) => p !== 'anonymous'), call: (v) => endOwnSessions(v, meta) },
  { operation: 'listMyCases', allowed: ['applicantA', 'applicantB'], call: (v) => listMyCases(v) },
  {
    operation: 'listIntakeQueue',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer'],
    call: (v) => listIntakeQueue(v),
  },
  {
    operation: 'loadDashboard',
    allowed: ['manager', 'admin'],
    call: (v) => loadDashboard(v, { from: '2026-01-01', to: '2026-12-31', department: 'market' }),
  },
  {
    // Only an owner of enterprise A (or an admin) decides who joins it.
    operation: 'decideJoinRequest(enterprise A)',
    allowed: ['applicantA', 'admin'],
    call: (v, ctx) => decideJoinRequest(v, { enterpriseId: ctx.enterpriseA, userId: ctx.clerkId, approve: false }, meta),
  },
  {
    // The header's choice of the enterprise one acts for: a member of A, not another enterprise's applicant, not staff.
    operation: 'chooseActingEnterprise(enterprise A)',
    allowed: ['applicantA'],
    call: async (v, ctx) => chooseActingEnterprise(v, ctx.enterpriseA),
  },
  {
    // Staff of any department read an enterprise's e-licences; another enterprise's applicant does not.
    operation: 'listWallet(enterprise A)',
    allowed: ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => listWallet(v, ctx.enterpriseA),
  },
  {
    operation: 'createDraft(enterprise A)',
    allowed: ['applicantA', 'clerk'],
    call: (v, ctx) => createDraft(v, { serviceCode: 'XC-SL-002', enterpriseId: ctx.enterpriseA }, meta),
  },
  {
    // The case is handled by the market-regulation department: neither reviewer persona's.
    operation: 'getCaseDetail(submitted case of A)',
    allowed: ['applicantA', 'clerk', 'officer', 'manager'],
    call: (v, ctx) => getCaseDetail(v, ctx.submittedOfA),
  },
  {
    // A draft is the enterprise's own: staff see a case from its submission on.
    operation: 'getCaseDetail(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => draftHidden(getCaseDetail(v, ctx.caseOfA)),
  },
  {
    operation: 'listCaseMaterials(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => draftHidden(listCaseMaterials(v, ctx.caseOfA)),
  },
  {
    operation: 'saveDraft(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => draftHidden(saveDraft(v, { caseId: ctx.caseOfA, formData: { address: '许昌经济技术开发区' } })),
  },
  {
    // Refused by content (not a PDF) once the permission check has passed: nothing is stored.
    operation: 'uploadCaseMaterial(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => uploadCaseMaterial(v, { caseId: ctx.caseOfA, materialCode: 'domicile-proof', ...notAPdf }, meta),
  },
  {
    // Once submitted the applicant waits for the window; the clerk may still add a material.
    operation: 'uploadCaseMaterial(submitted case of A)',
    allowed: ['clerk'],
    call: (v, ctx) => uploadCaseMaterial(v, { caseId: ctx.submittedOfA, materialCode: 'domicile-proof', ...notAPdf }, meta),
  },
  {
    // Refused for want of a held licence of that kind once the permission check has passed.
    operation: 'attachWalletMaterial(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => attachWalletMaterial(v, { caseId: ctx.caseOfA, materialCode: 'domicile-proof' }, meta),
  },
  {
    operation: 'walletMaterialsFor(enterprise A)',
    allowed: ['applicantA'],
    call: (v, ctx) =>
      walletMaterialsFor(v, ctx.enterpriseA, [{ code: 'investor-qualification', eLicenceType: 'business-licence' }]),
  },
  {
    // B's construction permit stage in review: fire and planning are among its departments' tasks.
    operation: 'getDrawingReview(combined case of B)',
    allowed: ['applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v, ctx) => getDrawingReview(v, ctx.combinedOfB),
  },
  {
    operation: 'addDrawingComment(combined case of B)',
    allowed: ['reviewerFire', 'reviewerPlanning'],
    call: (v, ctx) =>
      addDrawingComment(
        v,
        { caseId: ctx.combinedOfB, materialId: ctx.drawingsOfB, sheet: 1, x: 0.5, y: 0.5, body: '意见' },
        meta,
      ),
  },
  {
    // Fire's comment, on the current version: the fire reviewer passes the check and is then told there is nothing
    // to settle; the planning reviewer takes part in the case, but the comment is not their department's.
    operation: 'settleDrawingComment(fire comment)',
    allowed: ['reviewerFire'],
    call: (v, ctx) => settleDrawingComment(v, { commentId: ctx.fireComment, outcome: 'resolved' }, meta),
  },
  { operation: 'listInbox', allowed: everyone.filter((p) => p !== 'anonymous'), call: (v) => listInbox(v) },
  {
    // A combined case of enterprise B: readable by the reviewers of its departments (fire and
    // planning have tasks), never by another enterprise's applicant.
    operation: 'getCaseDetail(combined case of B)',
    allowed: ['applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v, ctx) => getCaseDetail(v, ctx.combinedOfB),
  },
  {
    // Only fire decides fire's task (sent at a stale version: the permission check comes first, nothing changes).
    operation: 'decideTask(fire task of B)',
    allowed: ['reviewerFire'],
    call: (v, ctx) =>
      decideTask(
        v,
        { taskId: ctx.fireTaskOfB, version: 0, round: 1, decision: 'approved', opinion: '', conditions: [], revisionItems: [] },
        meta,
      ),
  },
  {
    operation: 'claimTask(fire task of B)',
    allowed: ['reviewerFire'],
    call: (v, ctx) => claimTask(v, { taskId: ctx.fireTaskOfB, version: 0 }, meta),
  },
  {
    operation: 'listDepartmentTasks',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer'],
    call: (v) => listDepartmentTasks(v),
  },
  { operation: 'listCalendarYears', allowed: ['admin'], call: (v) => listCalendarYears(v) },
  { operation: 'listMyProjects', allowed: ['applicantA', 'applicantB'], call: (v) => listMyProjects(v) },
  {
    operation: 'createProject(enterprise A)',
    allowed: ['applicantA'],
    call: (v, ctx) => createProject(v, ctx.projectInput, meta),
  },
  {
    // Staff read a project from its cases; another enterprise and admins do not.
    operation: 'getProject(project of A)',
    allowed: ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v, ctx) => getProject(v, ctx.projectOfA),
  },
  {
    operation: 'updateProject(project of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => updateProject(v, ctx.projectOfA, ctx.projectInput, meta),
  },
  {
    operation: 'fileStageApplication(project of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => fileStageApplication(v, { projectId: ctx.projectOfA }, meta),
  },
  {
    operation: 'listAssessments',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v) => listAssessments(v),
  },
  {
    operation: 'getAssessment',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => getAssessment(v, ctx.assessmentId),
  },
  {
    operation: 'readAssessmentDocument',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => readAssessmentDocument(v, ctx.assessmentId),
  },
  {
    operation: 'createAssessment',
    allowed: ['admin'],
    call: (v, ctx) => createAssessment(v, { ...ctx.assessmentInput, documentNumber: `测〔2026〕${Math.random()}号` }, meta),
  },
  {
    operation: 'updateAssessment',
    allowed: ['admin'],
    call: (v, ctx) => updateAssessment(v, ctx.assessmentId, ctx.assessmentInput, meta),
  },
  {
    // Refused as not yet supplied once the permission check has passed: nothing changes.
    operation: 'verifyObligation(obligation of A)',
    allowed: ['clerk'],
    call: (v, ctx) => verifyObligation(v, { obligationId: ctx.obligationOfA }, meta),
  },
  {
    // Refused for want of a tolerated material once the permission check has passed: nothing is proposed.
    operation: 'proposeToleranceCommitment(submitted case of A)',
    allowed: ['clerk'],
    call: (v, ctx) => proposeToleranceCommitment(v, { caseId: ctx.submittedOfA, tolerated: [] }, meta),
  },
  {
    // A member of A only; refused as no longer signable (the case is a draft) once the permission check has passed.
    operation: 'signToleranceCommitment(commitment of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => signToleranceCommitment(v, { commitmentId: ctx.commitmentOfA, signerName: '李明远', agreed: true }, meta),
  },
  {
    // Refused as no longer signable once the permission check has passed: nothing is stored.
    operation: 'attachSignedCommitmentScan(commitment of A)',
    allowed: ['clerk'],
    call: (v, ctx) =>
      attachSignedCommitmentScan(
        v,
        { commitmentId: ctx.commitmentOfA, bytes: new TextEncoder().encode('x'), originalName: 'x.pdf' },
        meta,
      ),
  },
  {
    // Refused for want of a reason once the permission check has passed: nothing changes.
    operation: 'changeObligation(waive, obligation of A)',
    allowed: ['manager'],
    call: (v, ctx) => changeObligation(v, { obligationId: ctx.obligationOfA, change: 'waive', reason: '' }, meta),
  },
  {
    // Everyone with a part of the ledger lists it (narrowed to that part, see 'tenant scoping'); admins have none.
    operation: 'listObligations',
    allowed: ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v) => listObligations(v),
  },
  { operation: 'countObligations', allowed: ['officer', 'manager'], call: (v) => countObligations(v) },
  {
    // A's obligation is a tolerated material: refused as not a promise once the permission check has passed.
    operation: 'attachObligationEvidence(obligation of A)',
    allowed: ['applicantA'],
    call: (v, ctx) =>
      attachObligationEvidence(
        v,
        { obligationId: ctx.obligationOfA, bytes: new TextEncoder().encode('x'), originalName: 'x.pdf' },
        meta,
      ),
  },
  {
    operation: 'listEnterpriseCreditRecords(A)',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => listEnterpriseCreditRecords(v, ctx.enterpriseA),
  },
  {
    operation: 'listActiveCreditRecords',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v) => listActiveCreditRecords(v),
  },
  {
    // Refused for a case number that is not A's once the permission check has passed: nothing is recorded.
    operation: 'recordCreditRecord(A)',
    allowed: ['manager'],
    call: (v, ctx) =>
      recordCreditRecord(v, { enterpriseId: ctx.enterpriseA, reason: '核查不实', caseNumber: 'XC-1999-000001' }, meta),
  },
  {
    // A record that does not exist: not found once the permission check has passed.
    operation: 'attachCreditClearingEvidence',
    allowed: ['manager'],
    call: (v) =>
      attachCreditClearingEvidence(
        v,
        { recordId: '00000000-0000-4000-8000-000000000000', bytes: new TextEncoder().encode('x'), originalName: 'x.pdf' },
        meta,
      ),
  },
  {
    // A record that does not exist: not found once the permission check has passed.
    operation: 'clearCreditRecord',
    allowed: ['manager'],
    call: (v) =>
      clearCreditRecord(v, { recordId: '00000000-0000-4000-8000-000000000000', reason: '已整改', evidence: '整改报告' }, meta),
  },
  {
    // Back to the ordinary procedure on A's draft: the route the draft already has.
    operation: 'chooseApprovalRoute(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => chooseApprovalRoute(v, { caseId: ctx.foodDraftOfA, route: 'ordinary', promisedClauses: [] }, meta),
  },
  {
    // The permit A's case issued: readable by whoever reads A, never by another enterprise.
    operation: 'getCasePermit(permit of A)',
    allowed: ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: async (v, ctx) => {
      if (!(await getCasePermit(v, ctx.submittedOfA))) throw new Error('the permit of A was not found');
    },
  },
  {
    operation: 'listOpenVerifications',
    allowed: ['reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v) => listOpenVerifications(v),
  },
  {
    // A finding about a promise the verification does not check: refused once the permission check has passed.
    operation: "decideVerification(fire's verification of A)",
    allowed: ['reviewerFire'],
    call: (v, ctx) =>
      decideVerification(
        v,
        {
          taskId: ctx.fireVerificationOfA,
          caseId: ctx.caseOfA,
          findings: [{ obligationId: ctx.obligationOfA, compliant: true, note: '' }],
          verdictReason: '',
        },
        meta,
      ),
  },
  {
    // An applicant's id as the assignee: a field error once the permission check has passed.
    operation: 'reassignCase(submitted case of A)',
    allowed: ['manager'],
    call: (v, ctx) =>
      reassignCase(v, { caseId: ctx.submittedOfA, version: 1, assigneeId: ctx.applicantAId, reason: '休假' }, meta),
  },
  {
    operation: "reassignTask(fire's task of B)",
    allowed: ['manager'],
    call: (v, ctx) =>
      reassignTask(v, { taskId: ctx.fireTaskOfB, version: 1, assigneeId: ctx.applicantAId, reason: '休假' }, meta),
  },
  { operation: 'listStaffForReassignment', allowed: ['manager'], call: (v) => listStaffForReassignment(v) },
  { operation: 'listOpenWork', allowed: ['manager'], call: (v, ctx) => listOpenWork(v, ctx.clerkId) },
  { operation: 'caseReassignOptions', allowed: ['manager'], call: (v, ctx) => caseReassignOptions(v, ctx.submittedOfA) },
  { operation: 'taskReassignOptions', allowed: ['manager'], call: (v, ctx) => taskReassignOptions(v, ctx.combinedOfB) },
  {
    // The clerk's work to an applicant: a field error once the permission check has passed.
    operation: 'bulkReassign',
    allowed: ['manager'],
    call: (v, ctx) => bulkReassign(v, { fromId: ctx.clerkId, assigneeId: ctx.applicantAId, reason: '休假' }, meta),
  },
  {
    // A's case has not ended: refused as not ratable once the permission check has passed.
    operation: 'rateCase(case of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => rateCase(v, { caseId: ctx.submittedOfA, score: 1, comment: '' }, meta),
  },
  {
    // Whoever reads A's case: a reviewer of a department not on it does not.
    operation: 'getCaseRating(case of A)',
    allowed: ['applicantA', 'clerk', 'officer', 'manager'],
    call: (v, ctx) => getCaseRating(v, ctx.submittedOfA),
  },
  { operation: 'listFollowUps', allowed: ['officer', 'manager'], call: (v) => listFollowUps(v) },
  {
    // A follow-up that does not exist: not found once the permission check has passed.
    operation: 'changeFollowUp',
    allowed: ['officer', 'manager'],
    call: (v) =>
      changeFollowUp(v, { followUpId: '00000000-0000-4000-8000-000000000000', version: 1, change: 'take', text: '' }, meta),
  },
  {
    // A's follow-up, still open: no reply yet, refused by its state once the permission check has passed.
    operation: "replyToFollowUp(A's follow-up)",
    allowed: ['applicantA'],
    call: (v, ctx) => replyToFollowUp(v, { followUpId: ctx.followUpOfA, version: 1, satisfied: true, reply: '' }, meta),
  },
  {
    // Refused by content (not a PDF) once the permission check has passed: nothing is stored.
    operation: 'uploadAssessmentDocument',
    allowed: ['admin'],
    call: (v, ctx) =>
      uploadAssessmentDocument(
        v,
        { assessmentId: ctx.assessmentId, bytes: new TextEncoder().encode('x'), originalName: 'x.pdf' },
        meta,
      ),
  },
];

type Context = {
  /** A draft of enterprise A. */
  caseOfA: string;
  submittedOfA: string;
  foodDraftOfA: string;
  fireVerificationOfA: string;
  obligationOfA: string;
  commitmentOfA: string;
  combinedOfB: string;
  fireTaskOfB: string;
  drawingsOfB: string;
  fireComment: string;
  projectOfA: string;
  projectInput: ProjectInput;
  assessmentId: string;
  assessmentInput: AssessmentInput;
  clerkId: string;
  mailId: string;
  clerkDepartmentId: string | null;
  applicantAId: string;
  followUpOfA: string;
  enterpriseA: string;
  enterpriseB: string;
  clerk: Viewer;
  /** Valid authorizations by `agentId:enterpriseId`: the clerk's for A and B, the officer's for A. */
  authorizations: Record<string, string>;
  itemUpdate: Parameters<typeof updateServiceItem>[2];
  itemContent: ServiceItemInput;
};

async function outcome(promise: Promise<unknown>): Promise<'allowed' | 'denied'> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (isDomainError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated')) return 'denied';
    // Any other expected refusal (nothing to decide, say) means the permission check passed.
    if (isDomainError(error)) return 'allowed';
    throw error;
  }
}

describe('authorization matrix: every operation × every persona', () => {
  const viewers = {} as Record<Persona, Viewer>;
  const ctx = {} as Context;
  beforeAll(async () => {
    viewers.anonymous = ANONYMOUS;
    for (const [persona, email] of Object.entries(EMAILS)) viewers[persona as Persona] = await test.viewerOf(email);
    const clerk = viewers.clerk;
    const applicantA = viewers.applicantA;
    if (clerk.kind !== 'user' || applicantA.kind !== 'user') throw new Error('seed is missing personas');
    ctx.clerkId = clerk.userId;
    // The seed's workflow wrote e-mail to the outbox (the admin mailbox reads it).
    [{ id: ctx.mailId }] = await test.db.select({ id: emailOutbox.id }).from(emailOutbox).limit(1);
    ctx.clerkDepartmentId = clerk.departmentId;
    ctx.enterpriseA = applicantA.memberships[0].enterpriseId;
    ctx.applicantAId = applicantA.userId;
    ctx.clerk = clerk;
    const applicantB = viewers.applicantB;
    if (applicantB.kind !== 'user' || viewers.officer.kind !== 'user') throw new Error('seed is missing personas');
    ctx.enterpriseB = applicantB.memberships[0].enterpriseId;
    ctx.authorizations = {};
    for (const [agent, enterpriseId] of [
      [clerk, ctx.enterpriseA],
      [clerk, ctx.enterpriseB],
      [viewers.officer, ctx.enterpriseA],
    ] as const) {
      const { id } = await recordAuthorization(agent, authorizationOf(enterpriseId), meta);
      ctx.authorizations[`${agent.userId}:${enterpriseId}`] = id;
    }
    ctx.caseOfA = (await createDraft(applicantA, { serviceCode: 'XC-SL-002', enterpriseId: ctx.enterpriseA }, meta)).id;
    ctx.submittedOfA = (await createDraft(applicantA, { serviceCode: 'XC-SL-002', enterpriseId: ctx.enterpriseA }, meta)).id;
    await test.db.update(cases).set({ state: 'submitted', submittedAt: new Date() }).where(eq(cases.id, ctx.submittedOfA));
    await test.db.insert(permits).values({
      number: 'JY14110009999990',
      kind: 'food-business',
      caseId: ctx.submittedOfA,
      enterpriseId: ctx.enterpriseA,
      holderName: '测试企业',
      subject: '预包装食品销售',
      address: '许昌经济技术开发区',
      authority: '许昌市市场监督管理局经济技术开发区分局',
    });
    [{ id: ctx.obligationOfA }] = await test.db
      .insert(obligations)
      .values({
        caseId: ctx.caseOfA,
        enterpriseId: ctx.enterpriseA,
        kind: 'tolerance',
        materialCode: 'domicile-proof',
        requirement: '住所证明',
        dueDate: '2099-12-31',
        commitment: '承诺按期补交',
      })
      .returning({ id: obligations.id });
    [{ id: ctx.followUpOfA }] = await test.db
      .insert(ratingFollowUps)
      .values({ caseId: ctx.caseOfA, enterpriseId: ctx.enterpriseA, dueOn: '2099-12-31' })
      .returning({ id: ratingFollowUps.id });
    ctx.foodDraftOfA = (await createDraft(applicantA, { serviceCode: 'XC-SP-001', enterpriseId: ctx.enterpriseA }, meta)).id;
    const [fire] = await test.db.select({ id: departments.id }).from(departments).where(eq(departments.code, 'fire'));
    [{ id: ctx.fireVerificationOfA }] = await test.db
      .insert(verificationTasks)
      .values({ caseId: ctx.caseOfA, departmentId: fire.id, method: 'site_inspection', dueDate: '2099-12-31' })
      .returning({ id: verificationTasks.id });
    [{ id: ctx.commitmentOfA }] = await test.db
      .insert(toleranceCommitments)
      .values({
        caseId: ctx.caseOfA,
        items: [
          { materialCode: 'domicile-proof', requirement: { zh: '住所证明', en: 'Proof of domicile' }, dueDate: '2099-12-31' },
        ],
        wording: { zh: '容缺受理承诺书', en: 'Tolerance commitment' },
      })
      .returning({ id: toleranceCommitments.id });
    // The seeded battery base's construction permit application, waiting for fire.
    const [fireTask] = await test.db
      .select({ caseId: caseTasks.caseId, taskId: caseTasks.id })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
      .where(and(eq(cases.subject, '500MWh储能电池生产基地项目'), eq(departments.code, 'fire')));
    ctx.combinedOfB = fireTask.caseId;
    ctx.fireTaskOfB = fireTask.taskId;
    [{ id: ctx.drawingsOfB }] = await materialVersions(test.db, ctx.combinedOfB, 'construction-drawings');
    ({ id: ctx.fireComment } = await addDrawingComment(
      viewers.reviewerFire,
      { caseId: ctx.combinedOfB, materialId: ctx.drawingsOfB, sheet: 1, x: 0.1, y: 0.1, body: '疏散宽度' },
      meta,
    ));
    const [projectOfA] = await listMyProjects(applicantA);
    ctx.projectOfA = projectOfA.id;
    ctx.projectInput = projectSchema.parse({
      enterpriseId: ctx.enterpriseA,
      name: '新型绿色建材产业园项目（二期）',
      siteParcel: '许经开〔2026〕工业-008',
      parcelText: '113.866, 34.02\n113.87, 34.02\n113.87, 34.0235\n113.866, 34.0235',
      totalInvestmentWan: 15000,
      landAreaM2: 143_000,
      floorAreaM2: 72_000,
      industry: '30',
      stage: 'land_planning',
    });
    const [assessment] = await listAssessments(viewers.admin);
    ctx.assessmentId = assessment.id;
    ctx.assessmentInput = {
      kind: assessment.kind as AssessmentInput['kind'],
      name: assessment.name,
      documentNumber: assessment.documentNumber,
      area: assessment.area,
      validFrom: assessment.validFrom,
      validUntil: assessment.validUntil,
    };
    ctx.itemContent = serviceItemSchema.parse(await getServiceItemForEdit(viewers.admin, 'XC-JP-103'));
    const guide = await getServiceGuide(ANONYMOUS, 'XC-MC-001');
    ctx.itemUpdate = {
      nameZh: guide.name.zh,
      nameEn: guide.name.en,
      summaryZh: guide.summary.zh,
      summaryEn: guide.summary.en,
      statutoryDays: guide.statutoryDays,
      promisedDays: guide.promisedDays,
      feeYuan: guide.feeYuan,
      allowsTolerance: guide.allowsTolerance,
      allowsPromise: guide.allowsPromise,
    };
  });

  for (const row of MATRIX) {
    for (const persona of PERSONAS) {
      const expected = row.allowed.includes(persona) ? 'allowed' : 'denied';
      it(`${row.operation} × ${persona} → ${expected}`, async () => {
        expect(await outcome(row.call(viewers[persona], ctx))).toBe(expected);
      });
    }
  }
});

describe('tenant scoping', () => {
  it("an applicant sees only their own enterprises' cases", async () => {
    const a = await test.viewerOf('applicant@onewindow.test');
    const b = await test.viewerOf('applicant2@onewindow.test');
    const [casesA, casesB] = await Promise.all([listMyCases(a), listMyCases(b)]);
    expect(casesA.length).toBeGreaterThan(0);
    expect(casesB.length).toBeGreaterThan(0);
    // Their enterprises: the one each joined and the companies each established since (DESIGN §6).
    const enterprisesOf = async (viewer: typeof a) =>
      new Set(
        (
          await test.db
            .select({ name: enterprises.name })
            .from(enterprises)
            .where(inArray(enterprises.id, viewer.kind === 'user' ? viewer.memberships.map((m) => m.enterpriseId) : []))
        ).map((e) => e.name),
      );
    const [ofA, ofB] = await Promise.all([enterprisesOf(a), enterprisesOf(b)]);
    expect(ofA).toContain('河南鸿之业新材料有限公司');
    expect(ofA).toContain('许昌鸿之业绿色建材有限公司');
    expect(casesA.every((c) => ofA.has(c.enterpriseName))).toBe(true);
    expect(casesB.every((c) => ofB.has(c.enterpriseName))).toBe(true);
    expect([...ofA].some((name) => ofB.has(name))).toBe(false);
    const idsA = new Set(casesA.map((c) => c.id));
    expect(casesB.some((c) => idsA.has(c.id))).toBe(false);
  });

  it("the obligations ledger: an enterprise's own, a department's, all for managers", async () => {
    const [a, b, fire, manager] = await Promise.all(
      ['applicant', 'applicant2', 'reviewer', 'manager'].map((p) => test.viewerOf(`${p}@onewindow.test`)),
    );
    if (a.kind !== 'user') throw new Error('seed is missing personas');
    const enterpriseA = a.memberships[0].enterpriseId;
    const [listA, listB, listFire, listManager] = await Promise.all([a, b, fire, manager].map((v) => listObligations(v)));
    // The matrix above gave A an obligation on its licence case.
    expect(listA.some((o) => o.enterprise.id === enterpriseA)).toBe(true);
    const membersOf = (v: Viewer) => new Set(v.kind === 'user' ? v.memberships.map((m) => m.enterpriseId) : []);
    expect(listA.every((o) => membersOf(a).has(o.enterprise.id))).toBe(true);
    expect(listB.every((o) => membersOf(b).has(o.enterprise.id))).toBe(true);
    expect(listB.some((o) => o.enterprise.id === enterpriseA)).toBe(false);
    // Asking for another enterprise's obligations by filter gives nothing either.
    expect(await listObligations(b, { enterpriseId: enterpriseA })).toEqual([]);
    // The market regulator handles A's licence case, not fire.
    const idsOfFire = new Set(listFire.map((o) => o.id));
    expect(listA.some((o) => idsOfFire.has(o.id))).toBe(false);
    const idsOfManager = new Set(listManager.map((o) => o.id));
    expect([...listA, ...listB].every((o) => idsOfManager.has(o.id))).toBe(true);
  });

  it('an owner sees only join requests to their own enterprise', async () => {
    const b = await test.viewerOf('applicant2@onewindow.test');
    const requests = await listJoinRequests(b);
    expect(requests.every((r) => r.enterpriseName === '许昌巨领能源科技有限公司')).toBe(true);
  });
});
