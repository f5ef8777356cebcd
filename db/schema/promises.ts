import { sql } from 'drizzle-orm';
import {
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
import type { Bilingual } from './catalogue';
import { verificationMethodEnum } from './catalogue';
import { cases, obligations, storedFiles } from './cases';
import { departments } from './departments';
import { enterprises } from './enterprises';
import { licenceStatusEnum } from './licences';
import { users } from './users';

/*
 * What stands behind tolerance and promises (DESIGN §4): the applicant's signed tolerance
 * commitment, the post-approval verification of promises, the reminders the sweep sent, and the
 * permits a promise-based (or ordinary) approval issues.
 */

export const commitmentStatusEnum = pgEnum('commitment_status', ['proposed', 'signed', 'accepted', 'withdrawn']);

export type CommitmentItem = { materialCode: string; requirement: Bilingual; dueDate: string };

/**
 * The tolerance commitment (容缺承诺书): the window proposes which materials it would tolerate and
 * until when; the applicant signs the wording generated from them online (or the window attaches
 * the scan signed at the counter); only then may the case be accepted with tolerance, and exactly
 * for those materials.
 */
export const toleranceCommitments = pgTable(
  'tolerance_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: commitmentStatusEnum('status').notNull().default('proposed'),
    items: jsonb('items').$type<CommitmentItem[]>().notNull(),
    // The text signed, generated from the items and the consequences, frozen in both languages.
    wording: jsonb('wording').$type<Bilingual>().notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    signedBy: uuid('signed_by').references(() => users.id),
    // The name the signer typed, as on a paper signature.
    signerName: text('signer_name'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    // Signed at the counter: the scan of the paper commitment the window attached.
    scanFileId: uuid('scan_file_id').references(() => storedFiles.id),
  },
  (t) => [
    // One live commitment per case: a new proposal withdraws the previous one.
    uniqueIndex('tolerance_commitments_live_idx')
      .on(t.caseId)
      .where(sql`${t.status} in ('proposed', 'signed')`),
  ],
);

export const verificationStatusEnum = pgEnum('verification_status', ['open', 'compliant', 'breached']);

export type VerificationFinding = { obligationId: string; compliant: boolean; note: string };

/**
 * A post-approval verification (事中事后核查) of a promise-based approval: one per verifying
 * department, due within the item's verification period, recording findings per promise and the verdict.
 */
export const verificationTasks = pgTable(
  'verification_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    method: verificationMethodEnum('method').notNull(),
    dueDate: date('due_date').notNull(),
    status: verificationStatusEnum('status').notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    findings: jsonb('findings').$type<VerificationFinding[]>().notNull().default([]),
    verdictReason: text('verdict_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('verification_tasks_department_idx').on(t.departmentId, t.status, t.dueDate),
    index('verification_tasks_case_idx').on(t.caseId),
  ],
);

export const REMINDER_KINDS = ['day_before', 'due_day'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Each reminder the sweep sent: one per obligation and kind, whatever the number of instances sweeping. */
export const obligationReminders = pgTable(
  'obligation_reminders',
  {
    obligationId: uuid('obligation_id')
      .notNull()
      .references(() => obligations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReminderKind>().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.obligationId, t.kind] })],
);

/**
 * A permit an approval issues (a 食品经营许可证, a 建筑工程施工许可证), under its own number,
 * with the status the public verification shows: revoking the case (a breached promise) revokes it.
 */
export const permits = pgTable(
  'permits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    kind: text('kind').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    holderName: text('holder_name').notNull(),
    // What is permitted: the business items, or the works.
    subject: text('subject').notNull(),
    address: text('address').notNull(),
    validUntil: date('valid_until'),
    authority: text('authority').notNull(),
    status: licenceStatusEnum('status').notNull().default('valid'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    statusReason: text('status_reason'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('permits_enterprise_idx').on(t.enterpriseId, t.issuedAt)],
);

/** The last serial given per permit kind and year. */
export const permitNumberCounters = pgTable(
  'permit_number_counters',
  {
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);
