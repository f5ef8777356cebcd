import { index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, unique, uuid, boolean, date } from 'drizzle-orm/pg-core';
import type { Bilingual } from './catalogue';
import { caseMaterials, cases } from './cases';
import { departments } from './departments';
import { users } from './users';

/** What a department's task stands at: pending, one of TASK_DECISIONS, or cancelled by another department's veto. */
export const taskDecisionEnum = pgEnum('task_decision', [
  'pending',
  'approved',
  'approved_with_conditions',
  'revision_required',
  'denied',
  'not_required',
  'cancelled',
]);

export type RevisionItem = { kind: 'material' | 'field'; code: string; reason: string; note?: string };

/**
 * One department's part of a combined case (联审联批, DESIGN §7): created when the window accepts
 * the case, decided by that department alone, on its own clocks. The case's outcome follows from
 * all its tasks (lib/domain/combined-outcome.ts).
 */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    // What the department decides, as the catalogue version of the case says (e.g. 消防设计审查).
    task: jsonb('task').$type<Bilingual>().notNull(),
    itemCode: text('item_code'),
    veto: boolean('veto').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    decision: taskDecisionEnum('decision').notNull().default('pending'),
    opinion: text('opinion'),
    conditions: jsonb('conditions').$type<string[]>(),
    revisionItems: jsonb('revision_items').$type<RevisionItem[]>(),
    // The submission round (case_rounds.round) the task reviews: a decision on any other is refused.
    round: integer('round').notNull(),
    // The round it decided before a resubmission reopened it: its reviewer sees what changed since.
    previousRound: integer('previous_round'),
    legalDays: integer('legal_days').notNull(),
    serviceDays: integer('service_days').notNull(),
    legalDeadline: date('legal_deadline').notNull(),
    serviceDeadline: date('service_deadline').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    sortOrder: integer('sort_order').notNull().default(0),
    // Optimistic concurrency per task: departments decide their own tasks at the same time.
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('case_tasks_case_department_unique').on(t.caseId, t.departmentId),
    index('case_tasks_queue_idx').on(t.departmentId, t.decision, t.serviceDeadline, t.id),
  ],
);

/**
 * What the applicant submitted in each round: the answers and the version of every material.
 * A revision's reviewers compare their round with the current one (what changed since).
 */
export const caseRounds = pgTable(
  'case_rounds',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull(),
    // Material code → the case_materials version current at submission.
    materials: jsonb('materials').$type<Record<string, number>>().notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('case_rounds_case_round_unique').on(t.caseId, t.round)],
);

export const drawingCommentStatusEnum = pgEnum('drawing_comment_status', ['open', 'resolved', 'carried_over']);

/**
 * A reviewer's comment on the shared drawing set (多图联审), pinned to a sheet (page) and a
 * position on it (fractions of its width and height), tagged by department. A new version of the
 * set marks each open comment resolved or carried over.
 */
export const drawingComments = pgTable(
  'drawing_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    // The drawing set version the comment was made on.
    materialId: uuid('material_id')
      .notNull()
      .references(() => caseMaterials.id, { onDelete: 'cascade' }),
    sheet: integer('sheet').notNull(),
    x: real('x').notNull(),
    y: real('y').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    status: drawingCommentStatusEnum('status').notNull().default('open'),
    // The set version on which it was marked resolved or carried over.
    settledMaterialId: uuid('settled_material_id').references(() => caseMaterials.id, { onDelete: 'set null' }),
    settledBy: uuid('settled_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drawing_comments_case_idx').on(t.caseId, t.createdAt)],
);

export type CaseTask = typeof caseTasks.$inferSelect;
export type CaseRound = typeof caseRounds.$inferSelect;
export type DrawingComment = typeof drawingComments.$inferSelect;
