import { sql } from 'drizzle-orm';
import { date, integer, pgEnum, pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises';
import { serviceItemVersions, serviceItems } from './catalogue';
import { users } from './users';
import { departments } from './departments';

/** The states of DESIGN §3; the workflow machine (case-engine issue) owns the transitions. */
export const caseStateEnum = pgEnum('case_state', [
  'draft',
  'submitted',
  'needs_supplement',
  'accepted',
  'in_review',
  'suspended',
  'approved',
  'completed',
  'refused',
  'denied',
  'withdrawn',
  'revoked',
]);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Human-readable and unique, e.g. XC-2026-000123.
    number: text('number').notNull().unique(),
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
    applicantId: uuid('applicant_id').references(() => users.id),
    departmentId: uuid('department_id').references(() => departments.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    state: caseStateEnum('state').notNull().default('draft'),
    title: text('title').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    legalDeadline: date('legal_deadline'),
    serviceDeadline: date('service_deadline'),
    // Optimistic concurrency: every change bumps it (case-engine issue).
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_enterprise_idx').on(t.enterpriseId, t.createdAt),
    index('cases_state_deadline_idx').on(t.state, t.serviceDeadline),
    index('cases_submitted_at_idx').on(t.submittedAt),
    index('cases_completed_at_idx')
      .on(t.completedAt)
      .where(sql`${t.completedAt} is not null`),
  ],
);

export type Case = typeof cases.$inferSelect;
export type CaseState = (typeof caseStateEnum.enumValues)[number];
