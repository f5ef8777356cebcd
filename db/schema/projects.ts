import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AreaGeometry, PolygonGeometry } from '../../lib/domain/geometry';
import type { Bilingual } from './catalogue';
import { storedFiles } from './cases';
import { enterprises } from './enterprises';
import { users } from './users';

/**
 * An investment and construction project of its owner enterprise (DESIGN §7). The applicant
 * creates it once and files each stage's combined application under it (cases.project_id).
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The national investment project code, e.g. 2026-411071-38-03-001024 (lib/domain/project-code.ts).
    code: text('code').notNull().unique(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    name: text('name').notNull(),
    // The parcel number of the land documents (宗地编号).
    siteParcel: text('site_parcel').notNull(),
    // The parcel's boundary, a GeoJSON Polygon in [lng, lat].
    parcel: jsonb('parcel').$type<PolygonGeometry>().notNull(),
    totalInvestmentYuan: bigint('total_investment_yuan', { mode: 'number' }).notNull(),
    landAreaM2: integer('land_area_m2').notNull(),
    floorAreaM2: integer('floor_area_m2').notNull(),
    // A GB/T 4754 division code (PROJECT_INDUSTRIES).
    industry: text('industry').notNull(),
    // One of PROJECT_STAGES: the stage whose combined application is filed next.
    stage: text('stage').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('projects_enterprise_idx').on(t.enterpriseId, t.createdAt)],
);

/**
 * An area-wide assessment the zone has completed (区域评估, 多评合一): a project whose parcel
 * lies within its area, while it is valid, has the materials of its kind waived.
 */
export const regionalAssessments = pgTable('regional_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  // One of ASSESSMENT_KINDS.
  kind: text('kind').notNull(),
  name: jsonb('name').$type<Bilingual>().notNull(),
  // The approval's document number (文号), e.g. 许环审〔2024〕18号.
  documentNumber: text('document_number').notNull().unique(),
  // GeoJSON Polygon or MultiPolygon in [lng, lat].
  area: jsonb('area').$type<AreaGeometry>().notNull(),
  // Both days included.
  validFrom: date('valid_from').notNull(),
  validUntil: date('valid_until').notNull(),
  fileId: uuid('file_id').references(() => storedFiles.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Project = typeof projects.$inferSelect;
export type RegionalAssessmentRow = typeof regionalAssessments.$inferSelect;
