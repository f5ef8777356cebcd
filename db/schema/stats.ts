import { date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The manager dashboard reads these aggregates, never the cases table (DESIGN §9). Triggers on
 * `cases` and `case_ratings` (migration 0014) keep them in the same transaction as the change
 * that moves them, whichever code path writes the row; `npm run stats:verify` recomputes them
 * from the source rows. Keys cannot hold null, so NONE_ID stands for "no department / nobody".
 * `slot` spreads concurrent increments of one key over a few rows (no single hot row): readers
 * sum over it.
 */
export const NONE_ID = '00000000-0000-0000-0000-000000000000';
export const STAT_SLOTS = 4;

/**
 * Changes per zone day, item and department: 'received' (submitted_at set), 'accepted'
 * (accepted_at), 'completed' (completed_at), and of the completed ones 'on_time_service' /
 * 'on_time_legal' (finished on or before that deadline, or without one).
 */
export const caseDailyStats = pgTable(
  'case_daily_stats',
  {
    day: date('day').notNull(),
    itemId: uuid('item_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    change: text('change').notNull(),
    slot: smallint('slot').notNull(),
    n: integer('n').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.itemId, t.departmentId, t.change, t.slot] }),
    index('case_daily_stats_change_day_idx').on(t.change, t.day),
  ],
);

/** Completed cases per zone day of completion, item, department and working days taken: average and p90 come from it exactly. */
export const caseDurationStats = pgTable(
  'case_duration_stats',
  {
    day: date('day').notNull(),
    itemId: uuid('item_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    workingDays: integer('working_days').notNull(),
    slot: smallint('slot').notNull(),
    n: integer('n').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.day, t.itemId, t.departmentId, t.workingDays, t.slot] })],
);

/**
 * How many cases stand in each state, per item, department, assignee and due date (`due_on`,
 * NO_DUE_DATE when no clock runs): backlog by state, department and person, and the red
 * (due_on < today) and yellow (due soon) counts, without touching the cases.
 */
export const caseStateStats = pgTable(
  'case_state_stats',
  {
    state: text('state').notNull(),
    itemId: uuid('item_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    assigneeId: uuid('assignee_id').notNull(),
    dueOn: date('due_on').notNull(),
    slot: smallint('slot').notNull(),
    n: integer('n').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.state, t.itemId, t.departmentId, t.assigneeId, t.dueOn, t.slot] }),
    index('case_state_stats_department_idx').on(t.departmentId, t.state),
  ],
);

/** Ratings (好差评) per zone day rated, item, department, the case's assignee and score. */
export const ratingStats = pgTable(
  'rating_stats',
  {
    day: date('day').notNull(),
    itemId: uuid('item_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    assigneeId: uuid('assignee_id').notNull(),
    score: smallint('score').notNull(),
    n: integer('n').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.day, t.itemId, t.departmentId, t.assigneeId, t.score] })],
);
