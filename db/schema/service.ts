import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { departments } from './departments';
import { enterprises } from './enterprises';
import { serviceItems } from './catalogue';
import { users } from './users';

/**
 * The applicant's rating of a finished case (好差评, DESIGN §8): one per case, on the national
 * five levels (5 非常满意 … 1 非常不满意), editable until `editable_until`. The case's item,
 * department and assignee are copied at rating time so that the figures per person stay what
 * they were when the applicant judged them.
 */
export const caseRatings = pgTable(
  'case_ratings',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => serviceItems.id),
    departmentId: uuid('department_id').references(() => departments.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    ratedBy: uuid('rated_by')
      .notNull()
      .references(() => users.id),
    score: smallint('score').notNull(),
    comment: text('comment'),
    editableUntil: timestamp('editable_until', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('case_ratings_score_check', sql`${t.score} between 1 and 5`),
    index('case_ratings_enterprise_idx').on(t.enterpriseId),
  ],
);

export const FOLLOW_UP_STATES = ['open', 'called_back', 'rectified', 'closed', 'reopened'] as const;
export const followUpStateEnum = pgEnum('follow_up_state', FOLLOW_UP_STATES);

/**
 * A bad rating's follow-up (差评整改): owned by the enterprise's officer (or a manager), due in
 * working days; the callback, the rectification and the result are recorded, then the
 * applicant replies (satisfied, or not: reopened).
 */
export const ratingFollowUps = pgTable(
  'rating_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    ownerId: uuid('owner_id').references(() => users.id),
    state: followUpStateEnum('state').notNull().default('open'),
    dueOn: date('due_on').notNull(),
    callbackAt: timestamp('callback_at', { withTimezone: true }),
    callbackNote: text('callback_note'),
    rectification: text('rectification'),
    result: text('result'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    applicantReply: text('applicant_reply'),
    applicantSatisfied: boolean('applicant_satisfied'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rating_follow_ups_state_due_idx').on(t.state, t.dueOn),
    index('rating_follow_ups_owner_idx').on(t.ownerId, t.state),
  ],
);
