import { pgTable, text, uuid, integer, boolean } from 'drizzle-orm/pg-core';

/** Zone departments: the service window and the reviewing departments (发改, 自然资源和规划 …). */
export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  // In a combined approval a veto department can stop the case alone (DESIGN §7).
  hasVeto: boolean('has_veto').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(0),
});

export type Department = typeof departments.$inferSelect;
