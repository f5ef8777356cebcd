import { type AnyPgColumn, pgEnum, pgTable, primaryKey, text, timestamp, uuid, bigint, index } from 'drizzle-orm/pg-core';
import { storedFiles } from './cases';
import { users } from './users';

export const membershipStatusEnum = pgEnum('membership_status', ['active', 'pending']);
export const membershipRoleEnum = pgEnum('membership_role', ['owner', 'member']);
/** 设立中 while its establishment case runs, registered once its licence is issued (DESIGN §6). */
export const ENTERPRISE_STATUSES = ['establishing', 'registered'] as const;
export const enterpriseStatusEnum = pgEnum('enterprise_status', ENTERPRISE_STATUSES);

export const enterprises = pgTable('enterprises', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  // Unified social credit code; null until the enterprise holds a licence issued here.
  creditCode: text('credit_code').unique(),
  status: enterpriseStatusEnum('status').notNull().default('registered'),
  // The establishment case that created this enterprise (DESIGN §6); null for enterprises that
  // registered themselves. No foreign key: cases already reference enterprises.
  establishmentCaseId: uuid('establishment_case_id').unique(),
  industry: text('industry'),
  park: text('park'),
  address: text('address'),
  // Planned or registered investment in yuan, for key-enterprise views.
  investmentYuan: bigint('investment_yuan', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const enterpriseMembers = pgTable(
  'enterprise_members',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: membershipRoleEnum('role').notNull().default('member'),
    // A join request stays pending until an owner of the enterprise approves it.
    status: membershipStatusEnum('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.userId] }), index('enterprise_members_user_idx').on(t.userId)],
);

export type Enterprise = typeof enterprises.$inferSelect;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/**
 * Credit records (失信记录, DESIGN §4): while one is active (not cleared) the enterprise cannot
 * use tolerance or promise-based approval. A manager records one and clears it (信用修复) with
 * a reason and the evidence; both are kept, never deleted.
 */
export const creditRecords = pgTable(
  'credit_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    // The case whose breach it records, when there is one. No foreign key: cases already reference enterprises.
    caseId: uuid('case_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    clearedBy: uuid('cleared_by').references(() => users.id),
    clearingReason: text('clearing_reason'),
    // What the enterprise showed to have its record cleared (整改材料), as described by the manager.
    clearingEvidence: text('clearing_evidence'),
    // The evidence itself, when the manager attached it as a file.
    clearingEvidenceFileId: uuid('clearing_evidence_file_id').references((): AnyPgColumn => storedFiles.id),
  },
  (t) => [index('credit_records_active_idx').on(t.enterpriseId, t.clearedAt)],
);

export type CreditRecord = typeof creditRecords.$inferSelect;
