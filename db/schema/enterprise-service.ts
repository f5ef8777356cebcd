import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { storedFiles } from './cases';
import { departments } from './departments';
import { enterprises } from './enterprises';
import { projects } from './projects';
import { users } from './users';

/** A key project's level (DESIGN §7, §11): provincial and municipal ones make up the zone's "key projects". */
export const KEY_PROJECT_LEVELS = ['provincial', 'municipal', 'zone'] as const;
export const keyProjectLevelEnum = pgEnum('key_project_level', KEY_PROJECT_LEVELS);
/** The programme a tracked project is reported under: the key projects, or the urban-upgrading ones (城市提质). */
export const KEY_PROJECT_PROGRAMMES = ['key', 'urban_upgrading'] as const;
export const keyProjectProgrammeEnum = pgEnum('key_project_programme', KEY_PROJECT_PROGRAMMES);

/**
 * A project tracked against its investment plan (重点项目, DESIGN §7): level, programme, planned
 * total investment, and the task force ("one project, one team") in key_project_team_members.
 */
export const keyProjects = pgTable(
  'key_projects',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    level: keyProjectLevelEnum('level').notNull(),
    programme: keyProjectProgrammeEnum('programme').notNull().default('key'),
    // Planned total investment (or the estimate, for urban upgrading), in yuan.
    plannedYuan: bigint('planned_yuan', { mode: 'number' }).notNull(),
    // Continuing from an earlier year (续建) rather than new (新建).
    continuing: boolean('continuing').notNull().default(false),
    // When construction started (开工); null while not started.
    startedOn: date('started_on'),
    markedBy: uuid('marked_by').references(() => users.id),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('key_projects_programme_level_idx').on(t.programme, t.level)],
);

/** A key project's investment plan for one calendar year (年度计划), in yuan. */
export const keyProjectAnnualPlans = pgTable(
  'key_project_annual_plans',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => keyProjects.projectId, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    planYuan: bigint('plan_yuan', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year] })],
);

/** A milestone of a key project (开工, 主体封顶, 竣工投产 …) with its planned and actual dates. */
export const keyProjectMilestones = pgTable(
  'key_project_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => keyProjects.projectId, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    plannedOn: date('planned_on').notNull(),
    actualOn: date('actual_on'),
  },
  (t) => [index('key_project_milestones_project_idx').on(t.projectId, t.position)],
);

export const TEAM_ROLES = ['lead', 'member'] as const;
export const teamRoleEnum = pgEnum('team_role', TEAM_ROLES);

/** A key project's task force: one lead officer and members from the departments. */
export const keyProjectTeamMembers = pgTable(
  'key_project_team_members',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => keyProjects.projectId, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: teamRoleEnum('role').notNull().default('member'),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    index('key_project_team_members_user_idx').on(t.userId),
    uniqueIndex('key_project_team_one_lead_idx')
      .on(t.projectId)
      .where(sql`${t.role} = 'lead'`),
  ],
);

/**
 * The investment completed in one month of a key project, as reported by its owner or officer. A
 * correction never overwrites: it inserts the new figure with the reason and marks the old one
 * superseded, so the month's history stays. One current (not superseded) report per month.
 */
export const investmentReports = pgTable(
  'investment_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => keyProjects.projectId, { onDelete: 'cascade' }),
    // The first day of the month reported.
    month: date('month').notNull(),
    amountYuan: bigint('amount_yuan', { mode: 'number' }).notNull(),
    note: text('note'),
    // Set on a correction: why the earlier figure was wrong.
    correctionReason: text('correction_reason'),
    supersedesId: uuid('supersedes_id'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    reportedBy: uuid('reported_by').references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('investment_reports_current_idx')
      .on(t.projectId, t.month)
      .where(sql`${t.supersededAt} is null`),
    check('investment_reports_amount_check', sql`${t.amountYuan} >= 0`),
    check('investment_reports_month_check', sql`extract(day from ${t.month}) = 1`),
  ],
);

/** One-on-one enterprise service (DESIGN §7): each enterprise has at most one paired officer. */
export const officerEnterprises = pgTable(
  'officer_enterprises',
  {
    enterpriseId: uuid('enterprise_id')
      .primaryKey()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    pairedBy: uuid('paired_by').references(() => users.id),
    pairedAt: timestamp('paired_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('officer_enterprises_officer_idx').on(t.officerId)],
);

export const PROBLEM_KINDS = ['land', 'financing', 'permits', 'utilities', 'talent', 'other'] as const;
export const problemKindEnum = pgEnum('problem_kind', PROBLEM_KINDS);
export const PROBLEM_STATES = ['open', 'in_progress', 'resolved', 'confirmed'] as const;
export const problemStateEnum = pgEnum('problem_state', PROBLEM_STATES);

/**
 * A problem an enterprise raises (入企业、找问题、破瓶颈): its paired officer owns it to resolution
 * against a working-day deadline; the enterprise confirms the result or reopens it.
 */
export const enterpriseProblems = pgTable(
  'enterprise_problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    kind: problemKindEnum('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    state: problemStateEnum('state').notNull().default('open'),
    // The officer who owns it: the enterprise's paired officer when raised (null if it has none yet).
    officerId: uuid('officer_id').references(() => users.id),
    // A department brought in to help, if any.
    departmentId: uuid('department_id').references(() => departments.id),
    dueOn: date('due_on').notNull(),
    result: text('result'),
    raisedBy: uuid('raised_by').references(() => users.id),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_problems_enterprise_idx').on(t.enterpriseId, t.raisedAt),
    index('enterprise_problems_officer_state_idx').on(t.officerId, t.state, t.dueOn),
    index('enterprise_problems_state_due_idx').on(t.state, t.dueOn),
  ],
);

export const PROBLEM_STEP_KINDS = ['raised', 'taken', 'note', 'department', 'resolved', 'confirmed', 'reopened'] as const;
export const problemStepKindEnum = pgEnum('problem_step_kind', PROBLEM_STEP_KINDS);

/** Each step of a problem's handling, in order, with who took it. */
export const problemSteps = pgTable(
  'problem_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => enterpriseProblems.id, { onDelete: 'cascade' }),
    kind: problemStepKindEnum('kind').notNull(),
    body: text('body'),
    departmentId: uuid('department_id').references(() => departments.id),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('problem_steps_problem_idx').on(t.problemId, t.at)],
);

/** Files attached to a problem (by the enterprise when raising it, or on a later step). */
export const problemFiles = pgTable(
  'problem_files',
  {
    problemId: uuid('problem_id')
      .notNull()
      .references(() => enterpriseProblems.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    stepId: uuid('step_id').references(() => problemSteps.id),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.fileId] })],
);

/**
 * An enterprise's authorization (授权委托书) for a clerk or its officer to file on its behalf
 * (帮办代办): who is authorized, for which items (an empty list: any), valid between two days, the
 * signed scan. A case filed under it records it (cases.authorization_id).
 */
export const filingAuthorizations = pgTable(
  'filing_authorizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => users.id),
    // The enterprise's signatory (委托人) as written on the document.
    principalName: text('principal_name').notNull(),
    // Service item codes the authorization covers; empty means every item.
    serviceCodes: jsonb('service_codes').$type<string[]>().notNull().default([]),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('filing_authorizations_agent_idx').on(t.agentId, t.enterpriseId),
    index('filing_authorizations_enterprise_idx').on(t.enterpriseId),
    check('filing_authorizations_validity_check', sql`${t.validFrom} <= ${t.validUntil}`),
  ],
);

export type KeyProject = typeof keyProjects.$inferSelect;
export type InvestmentReport = typeof investmentReports.$inferSelect;
export type EnterpriseProblem = typeof enterpriseProblems.$inferSelect;
export type ProblemStep = typeof problemSteps.$inferSelect;
export type FilingAuthorization = typeof filingAuthorizations.$inferSelect;
export type KeyProjectLevel = (typeof KEY_PROJECT_LEVELS)[number];
export type KeyProjectProgramme = (typeof KEY_PROJECT_PROGRAMMES)[number];
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
export type ProblemState = (typeof PROBLEM_STATES)[number];
