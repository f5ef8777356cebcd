import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises';
import { serviceItemVersions, serviceItems, verificationMethodEnum } from './catalogue';
import { users } from './users';
import { departments } from './departments';
import { projects } from './projects';
import { filingAuthorizations } from './enterprise-service';
import { NOTICE_KINDS } from '../../lib/domain/notices';
import { CASE_STATES } from '../../lib/domain/workflow';
import { OBLIGATION_CONSEQUENCES, OBLIGATION_STATES } from '../../lib/domain/obligation-states';
import { caseTasks } from './tasks';
import { verificationTasks } from './promises';

/** The states of DESIGN §3; the workflow machine (case-engine issue) owns the transitions. */
export const caseStateEnum = pgEnum('case_state', CASE_STATES);

/** `due_on` of a case on which no clock runs (drafts, suspended and closed cases). */
export const NO_DUE_DATE = '9999-12-31';

/** How a case is decided: the ordinary procedure, or promise-based approval (告知承诺制, DESIGN §4) the applicant opted into. */
export const approvalRouteEnum = pgEnum('approval_route', ['ordinary', 'promise']);

export const caseDecisionEnum = pgEnum('case_decision', ['approve', 'approve_with_conditions', 'deny']);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Human-readable and unique, e.g. XC-2026-000123; given at the first submission (drafts have none).
    number: text('number').unique(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => serviceItems.id),
    // The catalogue version the case was filed under; later edits never change it.
    itemVersionId: uuid('item_version_id')
      .notNull()
      .references(() => serviceItemVersions.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    // The project a combined application is filed under (DESIGN §7); null for other cases.
    projectId: uuid('project_id').references(() => projects.id),
    applicantId: uuid('applicant_id').references(() => users.id),
    // Filed on the enterprise's behalf (帮办代办): the clerk or officer who did, under which authorization.
    filedById: uuid('filed_by_id').references(() => users.id),
    authorizationId: uuid('authorization_id').references((): AnyPgColumn => filingAuthorizations.id),
    departmentId: uuid('department_id').references(() => departments.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    state: caseStateEnum('state').notNull().default('draft'),
    // Where `resume` returns to after a suspension.
    suspendedFrom: caseStateEnum('suspended_from'),
    // What the case is about beyond its item — the proposed name, the project — or null. The
    // title shown is the item's name in the reader's language followed by it (lib/domain/case-title.ts),
    // so no catalogue text is frozen here in one language.
    subject: text('subject'),
    // The applicant's answers to the item's form and who to contact; saved as they type.
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull().default({}),
    contact: jsonb('contact').$type<{ name: string; phone: string; email?: string }>(),
    // One submission per key: a double click, a retry or a second tab submit the same case.
    idempotencyKey: text('idempotency_key').unique(),
    decision: caseDecisionEnum('decision'),
    opinion: text('opinion'),
    conditions: jsonb('conditions').$type<string[]>(),
    refusalReason: text('refusal_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    // When the case reached a final state (completed, refused, denied, withdrawn): its clocks
    // stopped then. A revocation later leaves it as it was.
    closedAt: timestamp('closed_at', { withTimezone: true }),
    // Working days from acceptance to completion, clock stops left out: set when the case completes.
    workingDaysTaken: integer('working_days_taken'),
    legalDeadline: date('legal_deadline'),
    serviceDeadline: date('service_deadline'),
    // The date the desk works against now: the intake deadline while submitted, the service
    // deadline once accepted, NO_DUE_DATE when no clock runs. Never null, so the queue can
    // sort and page on (due_on, id) with a plain index.
    dueOn: date('due_on').notNull().default(NO_DUE_DATE),
    approvalRoute: approvalRouteEnum('approval_route').notNull().default('ordinary'),
    // The catalogue clauses (PromiseClause codes) the applicant promised, one by one, when opting in.
    promisedClauses: jsonb('promised_clauses').$type<string[]>().notNull().default([]),
    // The submission round: 1 at the first submission, +1 at each resubmission (case_rounds).
    round: integer('round').notNull().default(0),
    // Optimistic concurrency: every change bumps it (case-engine issue).
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_enterprise_idx').on(t.enterpriseId, t.createdAt),
    index('cases_project_idx').on(t.projectId, t.createdAt),
    index('cases_state_due_idx').on(t.state, t.dueOn, t.id),
    index('cases_item_state_due_idx').on(t.itemId, t.state, t.dueOn, t.id),
    index('cases_assignee_state_due_idx').on(t.assigneeId, t.state, t.dueOn, t.id),
    index('cases_submitted_at_idx').on(t.submittedAt),
    index('cases_completed_at_idx')
      .on(t.completedAt)
      .where(sql`${t.completedAt} is not null`),
  ],
);

export type Case = typeof cases.$inferSelect;
export type CaseState = (typeof caseStateEnum.enumValues)[number];

/** The last case number given per year: incremented in the submitting transaction. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull().default(0),
});

export const noticeKindEnum = pgEnum('notice_kind', NOTICE_KINDS);

/**
 * A notice issued to a case (受理通知书, 一次性告知书, 不予受理通知书, 容缺受理通知书), numbered
 * in its own sequence per kind and year (许经开受字〔2026〕第15号), given when the act happens.
 */
export const caseNotices = pgTable(
  'case_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: noticeKindEnum('kind').notNull(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    // The round a supplement notice records.
    supplementNoticeId: uuid('supplement_notice_id').references(() => supplementNotices.id, { onDelete: 'cascade' }),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('case_notices_number_unique').on(t.kind, t.year, t.serial),
    index('case_notices_case_idx').on(t.caseId, t.kind, t.issuedAt),
  ],
);

/** The last serial given per notice kind and year: incremented in the transaction that issues the notice. */
export const noticeNumberCounters = pgTable(
  'notice_number_counters',
  {
    kind: noticeKindEnum('kind').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

/** Files as stored (local disk or UploadThing); case materials point at them. */
export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  storage: text('storage').notNull(), // 'local' | 'uploadthing'
  key: text('key').notNull().unique(),
  originalName: text('original_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  url: text('url'),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// 'generated': made by the portal from its own records (the name reservation notice), not uploaded.
export const materialSourceEnum = pgEnum('material_source', ['upload', 'wallet', 'generated']);

/** A material of a case: every upload is a new version; earlier versions stay (replacedAt set). */
export const caseMaterials = pgTable(
  'case_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    materialCode: text('material_code').notNull(),
    version: integer('version').notNull(),
    fileId: uuid('file_id').references(() => storedFiles.id),
    source: materialSourceEnum('source').notNull().default('upload'),
    // For a wallet material: which licence satisfied it (免提交).
    sourceRef: text('source_ref'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [index('case_materials_case_idx').on(t.caseId, t.materialCode, t.version)],
);

/** A one-time supplement notice (一次性告知): every deficiency at once, answered by one resubmission. */
export const supplementNotices = pgTable(
  'supplement_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    // `department`: the code of the department that asked, in a merged revision notice.
    items: jsonb('items')
      .$type<{ kind: 'material' | 'field'; code: string; reason: string; note?: string; department?: string }[]>()
      .notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    // Merged from the departments' revision requests of a combined case (DESIGN §7): the answer
    // goes back to those reviewers, not to the window's intake.
    fromReview: boolean('from_review').notNull().default(false),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('supplement_notices_case_idx').on(t.caseId, t.issuedAt)],
);

export const obligationKindEnum = pgEnum('obligation_kind', ['tolerance', 'promise']);
export const obligationStatusEnum = pgEnum('obligation_status', OBLIGATION_STATES);
export const obligationConsequenceEnum = pgEnum('obligation_consequence', OBLIGATION_CONSEQUENCES);
/** What a breach actually suspended, so that verifying the late material lifts exactly that. */
export const obligationSuspensionEnum = pgEnum('obligation_suspension', ['case', 'licence']);

/** The obligations ledger (DESIGN §4): tolerated materials and promises, each with a due date. */
export const obligations = pgTable(
  'obligations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    // The department task it belongs to, when a promise stands in for one department's material (DESIGN §7).
    taskId: uuid('task_id').references((): AnyPgColumn => caseTasks.id, { onDelete: 'cascade' }),
    kind: obligationKindEnum('kind').notNull(),
    materialCode: text('material_code'),
    // What must be done or proven, in words the applicant and the verifier both read.
    requirement: text('requirement').notNull(),
    verificationMethod: verificationMethodEnum('verification_method').notNull().default('document_check'),
    // The department that verifies it: the case's, or the market regulator's for the window.
    verifierDepartmentId: uuid('verifier_department_id').references(() => departments.id),
    consequence: obligationConsequenceEnum('consequence').notNull().default('suspend'),
    dueDate: date('due_date').notNull(),
    // The applicant's commitment (承诺书) as recorded when the obligation was created.
    commitment: text('commitment').notNull(),
    status: obligationStatusEnum('status').notNull().default('open'),
    // Why it was waived or extended (an extension: force majeure only).
    statusReason: text('status_reason'),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by').references(() => users.id),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    suspended: obligationSuspensionEnum('suspended'),
    // A promise: the catalogue clause it keeps, and the post-approval verification that checks it.
    clauseCode: text('clause_code'),
    verificationTaskId: uuid('verification_task_id').references((): AnyPgColumn => verificationTasks.id, { onDelete: 'cascade' }),
    // What the enterprise supplied to prove it (a file), when it supplied one.
    evidenceFileId: uuid('evidence_file_id').references(() => storedFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('obligations_case_idx').on(t.caseId), index('obligations_open_due_idx').on(t.status, t.dueDate)],
);

/** Periods in which a case's clocks stand still (suspension, special procedures), each with its reason. */
export const caseClockStops = pgTable(
  'case_clock_stops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // 'suspension' | 'expert_review' | 'hearing' | 'testing'
    reason: text('reason').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
  },
  (t) => [index('case_clock_stops_case_idx').on(t.caseId)],
);

/** The applicant's inbox: one row per recipient for every event that asks them to act. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)],
);

/** Holiday calendar entries an admin adds for years the chinese-days package does not cover. */
export const calendarDays = pgTable('calendar_days', {
  date: date('date').primaryKey(),
  isWorkday: boolean('is_workday').notNull(),
  name: text('name').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
});

/** Years whose official schedule an admin has entered completely (so their deadlines are not provisional). */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type CaseMaterial = typeof caseMaterials.$inferSelect;
export type Obligation = typeof obligations.$inferSelect;
export type CaseNotice = typeof caseNotices.$inferSelect;
