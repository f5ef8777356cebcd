import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { LICENCE_STATUSES } from '../../lib/domain/licence-status';
import { cases } from './cases';
import { enterprises } from './enterprises';

export const licenceStatusEnum = pgEnum('licence_status', LICENCE_STATUSES);

/** E-licence types the wallet holds; catalogue materials name one in `eLicenceType` (免提交). */
export const LICENCE_KINDS = ['business-licence'] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

/**
 * Licences issued here (DESIGN §6): one per establishment case, under a unified social credit
 * code built from `credit_code_seq` (custom migration). The columns are what the licence itself
 * shows, copied at issue so the licence stays as printed whatever later happens to the case.
 */
export const licences = pgTable(
  'licences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: text('credit_code').notNull().unique(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    // One licence per case: issuing twice returns the first.
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    kind: text('kind').$type<LicenceKind>().notNull().default('business-licence'),
    enterpriseName: text('enterprise_name').notNull(),
    enterpriseType: text('enterprise_type').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    /** In 10,000 yuan (万元). */
    registeredCapital: integer('registered_capital').notNull(),
    address: text('address').notNull(),
    businessScope: text('business_scope').notNull(),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    /** Operating term as printed, e.g. '长期'. */
    term: text('term').notNull(),
    /** The issuing registration authority's name. */
    authority: text('authority').notNull(),
    status: licenceStatusEnum('status').notNull().default('valid'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    // Why the status last changed (suspended, reinstated, revoked): shown to the enterprise.
    statusReason: text('status_reason'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('licences_enterprise_idx').on(t.enterpriseId, t.issuedAt),
    index('licences_enterprise_kind_valid_idx')
      .on(t.enterpriseId, t.kind)
      .where(sql`${t.status} = 'valid'`),
  ],
);

export type Licence = typeof licences.$inferSelect;
