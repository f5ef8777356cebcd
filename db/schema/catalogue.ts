import { boolean, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { VERIFICATION_METHODS } from '../../lib/domain/obligation-states';
import type { PromiseClause } from '../../lib/domain/promises';
import { departments } from './departments';
import { users } from './users';

export const serviceKindEnum = pgEnum('service_kind', ['licence', 'registration', 'filing', 'combined']);
export const verificationMethodEnum = pgEnum('verification_method', VERIFICATION_METHODS);
export const audienceEnum = pgEnum('audience', ['enterprise', 'project', 'individual']);

/** A bilingual text stored as one JSON value, so a version row carries its own wording. */
export type Bilingual = { zh: string; en: string };

/**
 * A catalogue item's identity. Its content lives in versions: editing an item adds a
 * version, and cases keep the version they were filed under (DESIGN §2).
 */
export const serviceItems = pgTable('service_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  currentVersion: integer('current_version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const serviceItemVersions = pgTable(
  'service_item_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => serviceItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    summary: jsonb('summary').$type<Bilingual>().notNull(),
    kind: serviceKindEnum('kind').notNull(),
    audience: audienceEnum('audience').notNull().default('enterprise'),
    leadDepartmentId: uuid('lead_department_id')
      .notNull()
      .references(() => departments.id),
    legalBasis: jsonb('legal_basis').$type<Bilingual[]>().notNull(),
    conditions: jsonb('conditions').$type<Bilingual[]>().notNull(),
    // Working days, counted from acceptance (DESIGN §3).
    statutoryDays: integer('statutory_days').notNull(),
    promisedDays: integer('promised_days').notNull(),
    feeYuan: integer('fee_yuan').notNull().default(0),
    allowsTolerance: boolean('allows_tolerance').notNull().default(false),
    allowsPromise: boolean('allows_promise').notNull().default(false),
    // Conditions an applicant promises under 告知承诺制, wording from the catalogue (DESIGN §4).
    promiseClauses: jsonb('promise_clauses').$type<PromiseClause[]>().notNull().default([]),
    // After a promise-based approval: working days to the post-approval verification (事中事后核查), and how.
    verificationDays: integer('verification_days').notNull().default(20),
    verificationMethod: verificationMethodEnum('verification_method').notNull().default('document_check'),
    // The permit (PERMIT_KINDS) issuing a case of this item creates, when it creates one.
    permitKind: text('permit_kind'),
    formKey: text('form_key').notNull(),
    // The project stage (PROJECT_STAGES) a combined item files for; null for other items and for a
    // combined item covering every stage.
    stage: text('stage'),
    howToApply: jsonb('how_to_apply').$type<Bilingual[]>().notNull(),
    // Words people search for that the item's own texts lack (开办企业, 施工许可, "start a business"), in either language.
    keywords: text('keywords').array().notNull().default([]),
    // Everything catalogue search matches, in both languages: names, summary, keywords, the lead and
    // participating departments and their tasks, the materials. Kept by database triggers whenever
    // the version, its departments, its materials or a department's name change (migration 0008);
    // never written by the application.
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_item_versions_item_version_idx').on(t.itemId, t.version),
    // Serves `search_text ILIKE '%…%'`: narrowed by trigrams from 3 characters, still correct (rechecked) below.
    index('service_item_versions_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** Departments taking part in an item version (a combined approval has several). */
export const serviceItemDepartments = pgTable(
  'service_item_departments',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceItemVersions.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    // What this department decides within the item, e.g. "fire design review".
    task: jsonb('task').$type<Bilingual>().notNull(),
    // The department item this task decides (an item of its own in the catalogue, with its guide).
    itemCode: text('item_code'),
    // A denial by a department holding the veto ends the combined case at once (DESIGN §7).
    veto: boolean('veto').notNull().default(false),
    // Working days from acceptance: the statutory limit (legal clock) and the promised one (service clock).
    legalDays: integer('legal_days').notNull().default(0),
    timeLimitDays: integer('time_limit_days').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('service_item_departments_pk').on(t.versionId, t.departmentId)],
);

export const serviceMaterials = pgTable(
  'service_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceItemVersions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    description: jsonb('description').$type<Bilingual>(),
    required: boolean('required').notNull().default(true),
    // Core materials are never tolerated (DESIGN §4).
    core: boolean('core').notNull().default(false),
    // The e-licence type that satisfies this material (免提交), when one does.
    eLicenceType: text('e_licence_type'),
    // The regional assessment kind (ASSESSMENT_KINDS) whose valid coverage of the project's
    // parcel waives this material, when one does (区域评估).
    waivedByAssessment: text('waived_by_assessment'),
    templateUrl: text('template_url'),
    maxSizeMb: integer('max_size_mb').notNull().default(10),
    departmentCodes: text('department_codes').array().notNull().default([]),
    // The shared drawing set of a combined application (多图联审): one PDF, reviewed by every department.
    drawingSet: boolean('drawing_set').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('service_materials_version_code_idx').on(t.versionId, t.code),
    index('service_materials_version_idx').on(t.versionId),
  ],
);

export type ServiceItem = typeof serviceItems.$inferSelect;
export type ServiceItemVersion = typeof serviceItemVersions.$inferSelect;
export type ServiceMaterial = typeof serviceMaterials.$inferSelect;
