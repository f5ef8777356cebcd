import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './users';

export const emailStateEnum = pgEnum('email_state', ['pending', 'sent', 'failed']);

/**
 * E-mail written in the same transaction as the event it tells of, delivered afterwards by the
 * sweep with retries and back-off (lib/data/mail-outbox.ts). A worker claims a message by
 * moving `locked_until` forward under FOR UPDATE SKIP LOCKED, so that several instances send
 * each message once. Without SMTP_URL messages stay pending: the admin mailbox shows them.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    locale: text('locale').notNull(),
    kind: text('kind').notNull(),
    // Essential mail (an act the recipient must answer) is sent even when they opted out of the rest.
    essential: boolean('essential').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    state: emailStateEnum('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    messageId: text('message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('email_outbox_due_idx').on(t.state, t.nextAttemptAt), index('email_outbox_created_idx').on(t.createdAt)],
);

/**
 * rate-limiter-flexible's drizzle store (STACK.md §9): the sign-in and registration throttles
 * live in the database, so that every instance shares them.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull(),
  expire: timestamp('expire'),
});
