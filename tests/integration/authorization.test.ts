import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cases,
  caseTasks,
  creditRecords,
  departments,
  emailOutbox,
  enterpriseMembers,
  enterprises,
  investmentReports,
  keyProjectMilestones,
  keyProjects,
  projects,
  obligations,
  permits,
  ratingFollowUps,
  licences,
  toleranceCommitments,
  userRoles,
  users,
  verificationTasks,
} from '@/db/schema';
import { claimTask, decideTask, listDepartmentTasks } from '@/lib/data/task-decisions';
import { ANONYMOUS, type Viewer } from '@/lib/auth/permissions';
import {
  decideJoinRequest,
  endOwnSessions,
  endUserSessions,
  getUserForAdmin,
  countUsers,
  listJoinRequests,
  listMyEnterprises,
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
  listServicesForAdmin,
  publishServiceItem,
  updateServiceItem,
} from '@/lib/data/catalogue';
import { serviceItemSchema, type ServiceItemInput } from '@/lib/validation/catalogue';
import { DomainError, isDomainError } from '@/lib/errors';
import { getCaseDetail, listInbox, listMyDrafts, markInboxRead, unreadInboxCount } from '@/lib/data/case-detail';
import { claimCase, createDraft, performCaseAction, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { chooseActingEnterprise } from '@/lib/data/acting-enterprise';
import { listCalendarYears } from '@/lib/data/calendar';
import { attachWalletMaterial, getLicenceForPrint, listWallet, walletMaterialsFor } from '@/lib/data/licences';
import { chooseApprovalRoute, decideVerification, listOpenVerifications } from '@/lib/data/promise-approval';
import { getCasePermit } from '@/lib/data/permits';
import {
  attachSignedCommitmentScan,
  proposeToleranceCommitment,
  signToleranceCommitment,
} from '@/lib/data/tolerance-commitments';
import {
  attachCreditClearingEvidence,
  attachObligationEvidence,
  authorizeCaseMaterialUpload,
  listCaseMaterials,
  readCaseFile,
  uploadCaseMaterial,
} from '@/lib/data/files';
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
import { listPairings, pairEnterprise, pairPark } from '@/lib/data/pairings';
import { getOfficerHome } from '@/lib/data/officer-home';
import { urgeCase } from '@/lib/data/case-urge';
import {
  attachProblemFile,
  changeProblem,
  getProblem,
  getProblemOverview,
  listDeskProblems,
  listMyProblems,
  raiseProblem,
  readProblemFile,
} from '@/lib/data/problems';
import {
  addMilestone,
  correctInvestmentReport,
  getKeyProject,
  keyProjectsPayload,
  listKeyProjects,
  listTaskForceCandidates,
  recordMilestone,
  reportInvestment,
  saveKeyProject,
  setTaskForce,
} from '@/lib/data/key-projects';
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
import { holdNewName, requiredMaterials, supplyMaterials } from './intake-fixtures';
import { licenceCases } from './licence-fixtures';
import { submittedWithoutDomicileProof } from './tolerance-fixtures';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { NO_ACTION_PAYLOAD } from '@/lib/validation/case';
import { addWorkingDays } from '@/lib/domain/working-days';
import { checkEnterpriseName } from '@/lib/data/names';
import { listHeldNames } from '@/lib/data/name-reservations';
import { changeLicenceStatus, getCaseLicence, getLicenceStatusPanel } from '@/lib/data/licence-status';
import { addCalendarYear, listCalendarDays, removeCalendarYear } from '@/lib/data/calendar';
import { getActingEnterprise } from '@/lib/data/acting-enterprise';
import { listViewerOperations } from './viewer-operations';

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
/** A well-formed PDF, new bytes each time (a repeated upload of the same bytes would be a replay). */
const aPdf = () => ({ bytes: minimalPdf(`OneWindow ${Math.random()}`), originalName: 'x.pdf' });
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
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v) => listIntakeQueue(v),
  },
  {
    operation: 'loadDashboard',
    allowed: ['manager', 'admin'],
    call: (v) => loadDashboard(v, { from: '2026-01-01', to: '2026-12-31', department: 'market' }),
  },
  {
    // Only an owner of enterprise A (or an admin) decides who joins it: here, a new request is turned down.
    operation: 'decideJoinRequest(enterprise A)',
    allowed: ['applicantA', 'admin'],
    call: async (v, ctx) =>
      decideJoinRequest(v, { enterpriseId: ctx.enterpriseA, userId: await ctx.joinRequestToA(), approve: false }, meta),
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
    operation: 'uploadCaseMaterial(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => uploadCaseMaterial(v, { caseId: ctx.caseOfA, materialCode: 'domicile-proof', ...aPdf() }, meta),
  },
  {
    // Once submitted the applicant waits for the window; the clerk may still add a material.
    operation: 'uploadCaseMaterial(submitted case of A)',
    allowed: ['clerk'],
    call: (v, ctx) => uploadCaseMaterial(v, { caseId: ctx.submittedOfA, materialCode: 'domicile-proof', ...aPdf() }, meta),
  },
  {
    // The business licence A's established enterprise holds, instead of an upload (免提交).
    operation: 'attachWalletMaterial(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) => attachWalletMaterial(v, { caseId: ctx.walletDraftOfA, materialCode: 'investor-qualification' }, meta),
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
    // Fire's comment on an earlier version of the drawings: the planning reviewer takes part in the case, but the
    // comment is not their department's.
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
    operation: 'claimTask(fire task of B)',
    allowed: ['reviewerFire'],
    call: async (v, ctx) => claimTask(v, { taskId: ctx.fireTaskOfB, version: (await ctx.fireTask()).version }, meta),
  },
  {
    operation: 'listDepartmentTasks',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
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
    // A new project of A, whose first stage is not under way yet.
    operation: 'fileStageApplication(new project of A)',
    allowed: ['applicantA'],
    call: async (v, ctx) => fileStageApplication(v, { projectId: await ctx.newProjectOfA() }, meta),
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
    // A tolerated material A has supplied, waiting for the window.
    operation: 'verifyObligation(supplied obligation of A)',
    allowed: ['clerk'],
    call: async (v, ctx) => verifyObligation(v, { obligationId: await ctx.newObligationOfA('tolerance', 'fulfilled') }, meta),
  },
  {
    // A's case submitted without its domicile proof: the window proposes to tolerate it.
    operation: 'proposeToleranceCommitment(case of A without its domicile proof)',
    allowed: ['clerk'],
    call: async (v, ctx) =>
      proposeToleranceCommitment(
        v,
        {
          caseId: await ctx.withoutDomicileProofOfA(),
          tolerated: [{ code: 'domicile-proof', dueDate: addWorkingDays(zoneDate(new Date()), 1) }],
        },
        meta,
      ),
  },
  {
    // A member of A only.
    operation: 'signToleranceCommitment(open commitment of A)',
    allowed: ['applicantA'],
    call: async (v, ctx) =>
      signToleranceCommitment(v, { commitmentId: await ctx.openCommitmentOfA(), signerName: '李明远', agreed: true }, meta),
  },
  {
    // The scan of a commitment of A signed at the counter.
    operation: 'attachSignedCommitmentScan(open commitment of A)',
    allowed: ['clerk'],
    call: async (v, ctx) => attachSignedCommitmentScan(v, { commitmentId: await ctx.openCommitmentOfA(), ...aPdf() }, meta),
  },
  {
    operation: 'changeObligation(waive, open obligation of A)',
    allowed: ['manager'],
    call: async (v, ctx) =>
      changeObligation(
        v,
        { obligationId: await ctx.newObligationOfA('tolerance', 'open'), change: 'waive', reason: '不可抗力' },
        meta,
      ),
  },
  {
    // Everyone with a part of the ledger lists it (narrowed to that part, see 'tenant scoping'); admins have none.
    operation: 'listObligations',
    allowed: ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v) => listObligations(v),
  },
  { operation: 'countObligations', allowed: ['officer', 'manager'], call: (v) => countObligations(v) },
  {
    // The evidence that A kept a promise.
    operation: 'attachObligationEvidence(open promise of A)',
    allowed: ['applicantA'],
    call: async (v, ctx) =>
      attachObligationEvidence(v, { obligationId: await ctx.newObligationOfA('promise', 'open'), ...aPdf() }, meta),
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
    // Against an enterprise of its own, so that no later row meets A under a credit record.
    operation: 'recordCreditRecord(enterprise C)',
    allowed: ['manager'],
    call: (v, ctx) => recordCreditRecord(v, { enterpriseId: ctx.enterpriseC, reason: '核查不实' }, meta),
  },
  {
    operation: 'attachCreditClearingEvidence(credit record of C)',
    allowed: ['manager'],
    call: async (v, ctx) => attachCreditClearingEvidence(v, { recordId: await ctx.creditRecordOfC(), ...aPdf() }, meta),
  },
  {
    operation: 'clearCreditRecord(credit record of C)',
    allowed: ['manager'],
    call: async (v, ctx) =>
      clearCreditRecord(v, { recordId: await ctx.creditRecordOfC(), reason: '已整改', evidence: '整改报告' }, meta),
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
    // Fire's verification of A's promise, kept.
    operation: "decideVerification(fire's verification of A)",
    allowed: ['reviewerFire'],
    call: (v, ctx) =>
      decideVerification(
        v,
        {
          taskId: ctx.fireVerificationOfA,
          caseId: ctx.caseOfA,
          findings: [{ obligationId: ctx.promiseOfA, compliant: true, note: '' }],
          verdictReason: '',
        },
        meta,
      ),
  },
  {
    // To the window's stand-in clerk.
    operation: 'reassignCase(new submitted case of A)',
    allowed: ['manager'],
    call: async (v, ctx) => {
      const caseId = await ctx.submittedCaseOfA();
      return reassignCase(v, { caseId, version: await ctx.caseVersion(caseId), assigneeId: ctx.standInId, reason: '休假' }, meta);
    },
  },
  {
    operation: "reassignTask(fire's task of B)",
    allowed: ['manager'],
    // To the other fire reviewer; the fire reviewer then claims it.
    call: async (v, ctx) =>
      reassignTask(
        v,
        { taskId: ctx.fireTaskOfB, version: (await ctx.fireTask()).version, assigneeId: ctx.fireStandInId, reason: '休假' },
        meta,
      ),
  },
  { operation: 'listStaffForReassignment', allowed: ['manager'], call: (v) => listStaffForReassignment(v) },
  { operation: 'listOpenWork', allowed: ['manager'], call: (v, ctx) => listOpenWork(v, ctx.clerkId) },
  { operation: 'caseReassignOptions', allowed: ['manager'], call: (v, ctx) => caseReassignOptions(v, ctx.submittedOfA) },
  { operation: 'taskReassignOptions', allowed: ['manager'], call: (v, ctx) => taskReassignOptions(v, ctx.combinedOfB) },
  {
    // The stand-in's work (a new case of A) back to the clerk.
    operation: 'bulkReassign',
    allowed: ['manager'],
    call: async (v, ctx) => {
      await ctx.assign(await ctx.submittedCaseOfA(), ctx.standInId);
      return bulkReassign(v, { fromId: ctx.standInId, assigneeId: ctx.clerkId, reason: '休假' }, meta);
    },
  },
  {
    operation: 'rateCase(completed case of A)',
    allowed: ['applicantA'],
    call: async (v, ctx) => rateCase(v, { caseId: await ctx.completedCaseOfA(), score: 5, comment: '' }, meta),
  },
  {
    // Whoever reads A's case: a reviewer of a department not on it does not.
    operation: 'getCaseRating(case of A)',
    allowed: ['applicantA', 'clerk', 'officer', 'manager'],
    call: (v, ctx) => getCaseRating(v, ctx.submittedOfA),
  },
  { operation: 'listFollowUps', allowed: ['officer', 'manager'], call: (v) => listFollowUps(v) },
  {
    // Taking over a new follow-up of A.
    operation: 'changeFollowUp(open follow-up of A)',
    allowed: ['officer', 'manager'],
    call: async (v, ctx) =>
      changeFollowUp(v, { followUpId: await ctx.newFollowUpOfA('open'), version: 1, change: 'take', text: '' }, meta),
  },
  {
    // A's follow-up, closed: the enterprise says whether it is satisfied.
    operation: "replyToFollowUp(A's closed follow-up)",
    allowed: ['applicantA'],
    call: async (v, ctx) =>
      replyToFollowUp(v, { followUpId: await ctx.newFollowUpOfA('closed'), version: 1, satisfied: true, reply: '' }, meta),
  },
  {
    operation: 'uploadAssessmentDocument',
    allowed: ['admin'],
    call: (v, ctx) => uploadAssessmentDocument(v, { assessmentId: ctx.assessmentId, ...aPdf() }, meta),
  },
  { operation: 'listMyEnterprises', allowed: everyone, call: (v) => listMyEnterprises(v) },
  // An owner's own enterprises' requests; everyone else has none to list.
  { operation: 'listJoinRequests', allowed: everyone, call: (v) => listJoinRequests(v) },
  { operation: 'countUsers', allowed: ['admin'], call: (v) => countUsers(v) },
  // The header's switcher: an applicant's own enterprises, nothing for anyone else.
  { operation: 'getActingEnterprise', allowed: everyone, call: (v) => getActingEnterprise(v, null) },
  { operation: 'listCalendarDays', allowed: ['admin'], call: (v) => listCalendarDays(v, 2026) },
  {
    operation: 'addCalendarYear(2099)',
    allowed: ['admin'],
    call: (v) =>
      addCalendarYear(
        v,
        { year: 2099, source: '国务院办公厅通知', days: [{ date: '2099-01-01', isWorkday: false, name: '元旦' }] },
        meta,
      ),
  },
  { operation: 'removeCalendarYear(2099)', allowed: ['admin'], call: (v) => removeCalendarYear(v, 2099, meta) },
  { operation: 'listMyDrafts', allowed: ['applicantA', 'applicantB'], call: (v) => listMyDrafts(v, 'XC-SL-002') },
  { operation: 'unreadInboxCount', allowed: everyone, call: (v) => unreadInboxCount(v) },
  { operation: 'markInboxRead', allowed: everyone.filter((p) => p !== 'anonymous'), call: (v) => markInboxRead(v) },
  {
    // The applicant of the case withdraws a new submitted case of A.
    operation: 'performCaseAction(withdraw, new submitted case of A)',
    allowed: ['applicantA'],
    call: async (v, ctx) => {
      const caseId = await ctx.submittedCaseOfA();
      const version = await ctx.caseVersion(caseId);
      return performCaseAction(v, { ...NO_ACTION_PAYLOAD, caseId, version, transition: 'withdraw' }, meta);
    },
  },
  {
    operation: 'submitCase(new complete draft of A)',
    allowed: ['applicantA'],
    call: async (v, ctx) => {
      const caseId = await ctx.completeDraftOfA();
      return draftHidden(submitCase(v, { caseId, idempotencyKey: `k-${caseId}` }, meta));
    },
  },
  {
    // The market regulator's licence case: the window claims it (a market reviewer would too; none is a persona here).
    operation: 'claimCase(new submitted case of A)',
    allowed: ['clerk'],
    call: async (v, ctx) => {
      const caseId = await ctx.submittedCaseOfA();
      return claimCase(v, { caseId, version: await ctx.caseVersion(caseId) }, meta);
    },
  },
  { operation: 'listServicesForAdmin', allowed: ['admin'], call: (v) => listServicesForAdmin(v) },
  {
    // The check UploadThing runs before it signs an upload.
    operation: 'authorizeCaseMaterialUpload(draft of A)',
    allowed: ['applicantA'],
    call: (v, ctx) =>
      draftHidden(authorizeCaseMaterialUpload(v, { caseId: ctx.caseOfA, materialCode: 'domicile-proof', declaredSize: 1024 })),
  },
  {
    // A file of A's submitted licence case: whoever reads the case.
    operation: 'readCaseFile(file of submitted case of A)',
    allowed: ['applicantA', 'clerk', 'officer', 'manager'],
    call: (v, ctx) => readCaseFile(v, ctx.fileOfA, meta),
  },
  {
    operation: 'getLicenceStatusPanel(licence of A)',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => getLicenceStatusPanel(v, ctx.licenceOfA.creditCode),
  },
  {
    operation: 'getCaseLicence(licence case of A)',
    allowed: ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: async (v, ctx) => {
      if (!(await getCaseLicence(v, ctx.licenceOfA.caseId))) throw new Error('the licence of A was not found');
    },
  },
  {
    operation: 'getLicenceForPrint(licence of A)',
    allowed: ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => getLicenceForPrint(v, ctx.licenceOfA.creditCode),
  },
  {
    operation: 'listHeldNames(enterprise A)',
    allowed: ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v, ctx) => listHeldNames(v, ctx.enterpriseA),
  },
  {
    operation: 'checkEnterpriseName',
    allowed: everyone,
    call: (v) => checkEnterpriseName(v, { region: '许昌', tradeName: '澄翰', industry: '科技', organizationForm: '有限公司' }),
  },
  {
    // The issuing department's reviewers (market: not a persona here) and admins suspend a licence; last of the
    // licence rows, so that the ones above read a valid licence.
    operation: 'changeLicenceStatus(licence of A)',
    allowed: ['admin'],
    call: (v, ctx) =>
      changeLicenceStatus(v, { creditCode: ctx.licenceOfA.creditCode, to: 'suspended', reason: '责令停业整顿' }, meta),
  },
  // Last: deciding fire's task moves B's combined case on, which the rows above read as it is.
  {
    // Only fire decides fire's task.
    operation: 'decideTask(fire task of B)',
    allowed: ['reviewerFire'],
    call: async (v, ctx) =>
      decideTask(
        v,
        {
          ...(await ctx.fireTask()),
          taskId: ctx.fireTaskOfB,
          decision: 'approved',
          opinion: '',
          conditions: [],
          revisionItems: [],
        },
        meta,
      ),
  },
  {
    operation: 'listPairings',
    allowed: ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
    call: (v) => listPairings(v),
  },
  {
    // A stays with its officer: the call succeeds and changes nothing.
    operation: 'pairEnterprise',
    allowed: ['admin'],
    call: (v, ctx) => pairEnterprise(v, { enterpriseId: ctx.enterpriseA, officerId: ctx.officerId }, meta),
  },
  {
    // Every enterprise of the park has an officer: none is paired, nothing changes.
    operation: 'pairPark',
    allowed: ['admin'],
    call: (v, ctx) => pairPark(v, { park: '电子商务产业园', officerId: ctx.officerId, scope: 'unpaired' }, meta),
  },
  { operation: 'getOfficerHome', allowed: ['officer'], call: (v) => getOfficerHome(v) },
  {
    // A's submitted case held by the clerk: its paired officer (the officer persona) and managers urge it.
    operation: "urgeCase(A's case)",
    allowed: ['officer', 'manager'],
    call: (v, ctx) => urgeCase(v, { caseId: ctx.assignedOfA, note: '请尽快办理' }, meta),
  },
  {
    operation: "raiseProblem(enterprise A's)",
    allowed: ['applicantA'],
    call: (v, ctx) =>
      raiseProblem(v, { enterpriseId: ctx.enterpriseA, kind: 'land', title: '用地指标', description: '缺少用地指标' }, meta),
  },
  { operation: 'listMyProblems', allowed: ['applicantA', 'applicantB'], call: (v) => listMyProblems(v) },
  {
    operation: 'listDeskProblems',
    allowed: ['reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
    call: (v) => listDeskProblems(v),
  },
  {
    // A's problem: its members, its paired officer, managers; fire was brought in, planning was not.
    operation: "getProblem(A's, fire brought in)",
    allowed: ['applicantA', 'reviewerFire', 'officer', 'manager'],
    call: (v, ctx) => getProblem(v, ctx.problemOfA),
  },
  {
    // B's problem (B has no paired officer): not A, not the officer paired with A.
    operation: "getProblem(B's)",
    allowed: ['applicantB', 'manager'],
    call: (v, ctx) => getProblem(v, ctx.problemOfB),
  },
  {
    operation: "changeProblem(take A's)",
    allowed: ['officer', 'manager'],
    call: async (v, ctx) => changeProblem(v, { problemId: await ctx.freshProblem('A'), version: 1, change: 'take' }, meta),
  },
  {
    operation: "changeProblem(take B's)",
    allowed: ['manager'],
    call: async (v, ctx) => changeProblem(v, { problemId: await ctx.freshProblem('B'), version: 1, change: 'take' }, meta),
  },
  {
    // A resolved problem of A: only A's members confirm it.
    operation: "changeProblem(confirm A's)",
    allowed: ['applicantA'],
    call: async (v, ctx) => changeProblem(v, { problemId: await ctx.resolvedProblemOfA(), version: 3, change: 'confirm' }, meta),
  },
  { operation: 'getProblemOverview', allowed: ['manager'], call: (v) => getProblemOverview(v) },
  {
    operation: "attachProblemFile(A's)",
    allowed: ['applicantA', 'officer', 'manager'],
    call: (v, ctx) =>
      v.kind === 'user'
        ? attachProblemFile(v, { problemId: ctx.problemOfA, bytes: minimalPdf(), originalName: 'site.pdf' }, meta)
        : Promise.reject(new DomainError('unauthenticated')),
  },
  {
    operation: "readProblemFile(A's)",
    allowed: ['applicantA', 'reviewerFire', 'officer', 'manager'],
    call: (v, ctx) => readProblemFile(v, ctx.problemOfA, ctx.problemFileOfA, meta),
  },
  // Key projects: A's seeded one (phase one, the demo officer leads its task force) and A's phase two,
  // marked key for the matrix; each report goes to a month of its own.
  { operation: 'listKeyProjects', allowed: ['officer', 'manager', 'admin'], call: (v) => listKeyProjects(v) },
  {
    operation: 'getKeyProject',
    allowed: ['applicantA', 'officer', 'manager', 'admin'],
    call: (v, ctx) => getKeyProject(v, ctx.keyProjectOfA),
  },
  { operation: 'keyProjectsPayload', allowed: ['officer', 'manager'], call: (v) => keyProjectsPayload(v) },
  {
    operation: 'saveKeyProject',
    allowed: ['manager', 'admin'],
    call: (v, ctx) =>
      saveKeyProject(
        v,
        {
          projectId: ctx.secondKeyProjectOfA,
          level: 'zone',
          programme: 'key',
          plannedYuan: 150_000_000,
          continuing: false,
          startedOn: null,
          year: 2026,
          annualPlanYuan: 20_000_000,
        },
        meta,
      ),
  },
  {
    operation: 'addMilestone',
    allowed: ['manager', 'admin'],
    call: (v, ctx) => addMilestone(v, { projectId: ctx.secondKeyProjectOfA, name: '开工建设', plannedOn: '2027-03-31' }, meta),
  },
  { operation: 'listTaskForceCandidates', allowed: ['manager', 'admin'], call: (v) => listTaskForceCandidates(v) },
  {
    operation: 'setTaskForce',
    allowed: ['manager', 'admin'],
    call: (v, ctx) => setTaskForce(v, { projectId: ctx.secondKeyProjectOfA, leadId: ctx.officerId, memberIds: [] }, meta),
  },
  {
    operation: 'reportInvestment',
    allowed: ['applicantA', 'officer'],
    call: (v, ctx) =>
      reportInvestment(v, { projectId: ctx.secondKeyProjectOfA, month: ctx.nextMonth(), amountYuan: 1_000_000 }, meta),
  },
  {
    operation: 'correctInvestmentReport',
    allowed: ['applicantA', 'officer'],
    call: async (v, ctx) => {
      const [report] = await ctx.db
        .insert(investmentReports)
        .values({ projectId: ctx.secondKeyProjectOfA, month: ctx.nextMonth(), amountYuan: 1_000_000 })
        .returning({ id: investmentReports.id });
      return correctInvestmentReport(v, { reportId: report.id, amountYuan: 900_000, reason: '更正' }, meta);
    },
  },
  {
    operation: 'recordMilestone',
    allowed: ['officer', 'manager'],
    call: (v, ctx) => recordMilestone(v, { milestoneId: ctx.milestoneOfA, actualOn: '2026-11-20' }, meta),
  },
];

type Context = {
  /** A draft of enterprise A. */
  caseOfA: string;
  submittedOfA: string;
  foodDraftOfA: string;
  fireVerificationOfA: string;
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
  enterpriseA: string;
  /** A submitted case of A that the clerk holds. */
  assignedOfA: string;
  officerId: string;
  enterpriseB: string;
  clerk: Viewer;
  /** Valid authorizations by `agentId:enterpriseId`: the clerk's for A and B, the officer's for A. */
  authorizations: Record<string, string>;
  itemUpdate: Parameters<typeof updateServiceItem>[2];
  itemContent: ServiceItemInput;
  /** A's problem with fire brought in and a document attached; B's problem (unassigned). */
  problemOfA: string;
  problemFileOfA: string;
  problemOfB: string;
  /** A new problem of A or B, open (version 1). */
  freshProblem: (of: 'A' | 'B') => Promise<string>;
  /** A new problem of A, taken and resolved by its officer (version 3). */
  resolvedProblemOfA: () => Promise<string>;
  keyProjectOfA: string;
  secondKeyProjectOfA: string;
  milestoneOfA: string;
  /** A month not reported yet on A's second key project (one per call). */
  nextMonth: () => string;
  db: typeof test.db;
  /** A promise of A that fire's verification checks. */
  promiseOfA: string;
  /** A draft of A's established enterprise, which holds a business licence (XC-MC-001 takes it from the wallet). */
  walletDraftOfA: string;
  licenceOfA: { creditCode: string; caseId: string };
  fileOfA: string;
  /** An enterprise no persona belongs to, for credit records. */
  enterpriseC: string;
  /** A second window clerk, to hand work to. */
  standInId: string;
  /** A second fire reviewer, to hand fire's task to. */
  fireStandInId: string;
  /** The clerk asks to join A: the user whose request is pending. */
  joinRequestToA: () => Promise<string>;
  // Factories: a fresh target for each call that changes state.
  fireTask: () => Promise<{ version: number; round: number }>;
  caseVersion: (caseId: string) => Promise<number>;
  assign: (caseId: string, userId: string) => Promise<void>;
  submittedCaseOfA: () => Promise<string>;
  completedCaseOfA: () => Promise<string>;
  completeDraftOfA: () => Promise<string>;
  withoutDomicileProofOfA: () => Promise<string>;
  openCommitmentOfA: () => Promise<string>;
  newProjectOfA: () => Promise<string>;
  newObligationOfA: (kind: 'tolerance' | 'promise', status: 'open' | 'fulfilled') => Promise<string>;
  creditRecordOfC: () => Promise<string>;
  newFollowUpOfA: (state: 'open' | 'closed') => Promise<string>;
};

/**
 * Allowed: the call succeeded on its valid target. Denied: refused as forbidden or unauthenticated (a hidden
 * draft's "not found" is turned into a refusal by draftHidden, row by row). Anything else fails the test.
 */
async function outcome(promise: Promise<unknown>): Promise<'allowed' | 'denied'> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (isDomainError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated')) return 'denied';
    throw error;
  }
}

/** Exported functions that take a viewer but are not operations: the checks and helpers the operations call. */
// caseVerifications lists a case's verifications for getCaseDetail, which has authorized the case.
const NOT_OPERATIONS = new Set(['authorize', 'actorId', 'authorizeCaseRead', 'actorFor', 'caseVerifications']);

describe('the matrix covers the data layer', () => {
  it('has a row for every exported data-layer function that takes a viewer', () => {
    const rows = new Set(MATRIX.map((row) => row.operation.replace(/\(.*$/, '')));
    const missing = listViewerOperations(path.resolve(import.meta.dirname, '../..'))
      .filter((op) => !rows.has(op.name) && !NOT_OPERATIONS.has(op.name))
      .map((op) => `${op.name} (${op.file})`);
    expect(missing, `MATRIX has no row for: ${missing.join(', ')}`).toEqual([]);
  });
});

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
    ctx.assignedOfA = (await createDraft(applicantA, { serviceCode: 'XC-SL-002', enterpriseId: ctx.enterpriseA }, meta)).id;
    await test.db
      .update(cases)
      .set({ state: 'submitted', submittedAt: new Date(), assigneeId: clerk.userId })
      .where(eq(cases.id, ctx.assignedOfA));
    ctx.officerId = viewers.officer.kind === 'user' ? viewers.officer.userId : '';
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
    ctx.foodDraftOfA = (await createDraft(applicantA, { serviceCode: 'XC-SP-001', enterpriseId: ctx.enterpriseA }, meta)).id;
    const [fire] = await test.db.select({ id: departments.id }).from(departments).where(eq(departments.code, 'fire'));
    [{ id: ctx.fireVerificationOfA }] = await test.db
      .insert(verificationTasks)
      .values({ caseId: ctx.caseOfA, departmentId: fire.id, method: 'site_inspection', dueDate: '2099-12-31' })
      .returning({ id: verificationTasks.id });
    // The seeded battery base's construction permit application, waiting for fire.
    const [fireTask] = await test.db
      .select({ caseId: caseTasks.caseId, taskId: caseTasks.id })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
      .where(and(eq(cases.subject, '500MWh储能电池生产基地项目'), eq(departments.code, 'fire')));
    ctx.combinedOfB = fireTask.caseId;
    ctx.fireTaskOfB = fireTask.taskId;
    const [drawings] = await materialVersions(test.db, ctx.combinedOfB, 'construction-drawings');
    ctx.drawingsOfB = drawings.id;
    ({ id: ctx.fireComment } = await addDrawingComment(
      viewers.reviewerFire,
      { caseId: ctx.combinedOfB, materialId: ctx.drawingsOfB, sheet: 1, x: 0.1, y: 0.1, body: '疏散宽度' },
      meta,
    ));
    ctx.fireTask = async () => {
      const [t] = await test.db
        .select({ version: caseTasks.version, round: caseTasks.round })
        .from(caseTasks)
        .where(eq(caseTasks.id, ctx.fireTaskOfB));
      return t;
    };
    // Fire's comment is on an earlier version once the enterprise hands in new drawings: it can then be settled.
    await supplyMaterials(test.db, ctx.combinedOfB, ['construction-drawings'], drawings.version + 1);
    [{ id: ctx.drawingsOfB }] = await materialVersions(test.db, ctx.combinedOfB, 'construction-drawings');
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
    const keyProjectOf = async (code: string) =>
      (await test.db.select({ id: projects.id }).from(projects).where(eq(projects.code, code)))[0].id;
    ctx.keyProjectOfA = await keyProjectOf('2025-411071-30-03-000101');
    ctx.secondKeyProjectOfA = await keyProjectOf('2026-411071-30-03-000102');
    await test.db
      .insert(keyProjects)
      .values({ projectId: ctx.secondKeyProjectOfA, level: 'zone', programme: 'key', plannedYuan: 150_000_000 });
    [{ id: ctx.milestoneOfA }] = await test.db
      .select({ id: keyProjectMilestones.id })
      .from(keyProjectMilestones)
      .where(eq(keyProjectMilestones.projectId, ctx.keyProjectOfA))
      .limit(1);
    if (viewers.officer.kind !== 'user') throw new Error('seed is missing personas');
    let months = 0;
    ctx.nextMonth = () => {
      months += 1;
      return `${2000 + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
    };
    ctx.db = test.db;
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
    ctx.freshProblem = async (of) => {
      const [raiser, enterpriseId] =
        of === 'A'
          ? [applicantA, ctx.enterpriseA]
          : [viewers.applicantB, viewers.applicantB.kind === 'user' ? viewers.applicantB.memberships[0].enterpriseId : ''];
      return (await raiseProblem(raiser, { enterpriseId, kind: 'utilities', title: '用电增容', description: '增容未批复' }, meta))
        .id;
    };
    ctx.resolvedProblemOfA = async () => {
      const problemId = await ctx.freshProblem('A');
      await changeProblem(viewers.officer, { problemId, version: 1, change: 'take' }, meta);
      await changeProblem(viewers.officer, { problemId, version: 2, change: 'resolve', text: '已协调解决' }, meta);
      return problemId;
    };
    ctx.problemOfA = await ctx.freshProblem('A');
    await changeProblem(viewers.officer, { problemId: ctx.problemOfA, version: 1, change: 'take' }, meta);
    await changeProblem(
      viewers.officer,
      { problemId: ctx.problemOfA, version: 2, change: 'bring_in_department', departmentId: fire.id },
      meta,
    );
    if (applicantA.kind !== 'user') throw new Error('seed is missing personas');
    ({ fileId: ctx.problemFileOfA } = await attachProblemFile(
      applicantA,
      { problemId: ctx.problemOfA, bytes: minimalPdf(), originalName: 'a.pdf' },
      meta,
    ));
    ctx.problemOfB = await ctx.freshProblem('B');
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
    await uploadAssessmentDocument(viewers.admin, { assessmentId: ctx.assessmentId, ...aPdf() }, meta);
    ctx.fileOfA = (
      await uploadCaseMaterial(clerk, { caseId: ctx.submittedOfA, materialCode: 'domicile-proof', ...aPdf() }, meta)
    ).fileId;
    [{ id: ctx.promiseOfA }] = await test.db
      .insert(obligations)
      .values({
        caseId: ctx.caseOfA,
        enterpriseId: ctx.enterpriseA,
        kind: 'promise',
        requirement: '消防安全承诺',
        dueDate: '2099-12-31',
        commitment: '承诺符合消防安全要求',
        verificationTaskId: ctx.fireVerificationOfA,
      })
      .returning({ id: obligations.id });
    // A's established enterprise: its business licence, and a draft that may take it from the wallet.
    const [licence] = await test.db
      .select({ creditCode: licences.creditCode, caseId: licences.caseId, enterpriseId: licences.enterpriseId })
      .from(licences)
      .where(
        inArray(
          licences.enterpriseId,
          applicantA.memberships.map((m) => m.enterpriseId),
        ),
      )
      .limit(1);
    if (!licence?.caseId) throw new Error('the seed gave A no licence');
    ctx.licenceOfA = { creditCode: licence.creditCode, caseId: licence.caseId };
    ctx.walletDraftOfA = (
      await licenceCases(test).insertCase(licence.enterpriseId, { service: 'XC-MC-001', state: 'draft', formData: {} })
    ).id;
    [{ id: ctx.enterpriseC }] = await test.db
      .insert(enterprises)
      .values({ name: '许昌测试信用记录有限公司' })
      .returning({ id: enterprises.id });
    const standIn = async (email: string, role: 'clerk' | 'reviewer', departmentId: string | null) => {
      const [{ id }] = await test.db
        .insert(users)
        .values({ email, name: '代岗人员', passwordHash: 'x', departmentId })
        .returning({ id: users.id });
      await test.db.insert(userRoles).values({ userId: id, role });
      return id;
    };
    ctx.standInId = await standIn('standin@onewindow.test', 'clerk', clerk.departmentId);
    ctx.fireStandInId = await standIn('standin-fire@onewindow.test', 'reviewer', fire.id);
    ctx.joinRequestToA = async () => {
      await test.db
        .insert(enterpriseMembers)
        .values({ enterpriseId: ctx.enterpriseA, userId: clerk.userId, role: 'member', status: 'pending' })
        .onConflictDoNothing();
      return clerk.userId;
    };

    ctx.caseVersion = async (caseId) => {
      const [c] = await test.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
      return c.version;
    };
    ctx.assign = async (caseId, userId) => {
      await test.db.update(cases).set({ assigneeId: userId }).where(eq(cases.id, caseId));
    };
    const caseOfAIn = async (state: 'submitted' | 'completed') => {
      const { id } = await createDraft(applicantA, { serviceCode: 'XC-SL-002', enterpriseId: ctx.enterpriseA }, meta);
      const now = new Date();
      await test.db
        .update(cases)
        .set({ state, submittedAt: now, ...(state === 'completed' ? { completedAt: now, decision: 'approve' } : {}) })
        .where(eq(cases.id, id));
      return id;
    };
    ctx.submittedCaseOfA = () => caseOfAIn('submitted');
    ctx.completedCaseOfA = () => caseOfAIn('completed');
    ctx.completeDraftOfA = async () => {
      const { id } = await createDraft(applicantA, { serviceCode: 'XC-SL-002', enterpriseId: ctx.enterpriseA }, meta);
      await saveDraft(applicantA, {
        caseId: id,
        contact: { name: '李明远', phone: '13837400001' },
        formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: await holdNewName(test.db, ctx.enterpriseA) },
      });
      await supplyMaterials(test.db, id, await requiredMaterials(test.db, id));
      return id;
    };
    ctx.withoutDomicileProofOfA = async () => (await submittedWithoutDomicileProof(test.db, applicantA)).id;
    ctx.openCommitmentOfA = async () => {
      const [{ id }] = await test.db
        .insert(toleranceCommitments)
        .values({
          caseId: await ctx.submittedCaseOfA(),
          items: [
            { materialCode: 'domicile-proof', requirement: { zh: '住所证明', en: 'Proof of domicile' }, dueDate: '2099-12-31' },
          ],
          wording: { zh: '容缺受理承诺书', en: 'Tolerance commitment' },
        })
        .returning({ id: toleranceCommitments.id });
      return id;
    };
    let projectsMade = 0;
    ctx.newProjectOfA = async () =>
      (await createProject(applicantA, { ...ctx.projectInput, name: `新型绿色建材产业园项目（${++projectsMade + 2}期）` }, meta))
        .id;
    ctx.newObligationOfA = async (kind, status) => {
      const [{ id }] = await test.db
        .insert(obligations)
        .values({
          caseId: ctx.caseOfA,
          enterpriseId: ctx.enterpriseA,
          kind,
          status,
          materialCode: kind === 'tolerance' ? 'domicile-proof' : null,
          requirement: kind === 'tolerance' ? '住所证明' : '消防安全承诺',
          dueDate: '2099-12-31',
          commitment: '承诺按期履行',
        })
        .returning({ id: obligations.id });
      return id;
    };
    ctx.creditRecordOfC = async () => {
      const [{ id }] = await test.db
        .insert(creditRecords)
        .values({ enterpriseId: ctx.enterpriseC, reason: '核查不实' })
        .returning({ id: creditRecords.id });
      return id;
    };
    ctx.newFollowUpOfA = async (state) => {
      const [{ id }] = await test.db
        .insert(ratingFollowUps)
        .values({ caseId: await ctx.completedCaseOfA(), enterpriseId: ctx.enterpriseA, dueOn: '2099-12-31', state })
        .returning({ id: ratingFollowUps.id });
      return id;
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
