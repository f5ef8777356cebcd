import { sql } from 'drizzle-orm';
import { boolean, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { ROLES } from '../../lib/auth/permissions';
import { departments } from './departments';

/** The six roles of DESIGN §1; a user may hold several. */
export const roleEnum = pgEnum('role', ROLES);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    // Staff belong to one department (DESIGN §1); applicants have none.
    departmentId: uuid('department_id').references(() => departments.id),
    locale: text('locale'),
    // Non-essential e-mail (reassignments, reminders ahead of time) only while true; acts to answer are always sent.
    emailOptional: boolean('email_optional').notNull().default(true),
    // Bumped by sign-out, password or role change and "sign out everywhere": older sessions stop working.
    sessionVersion: integer('session_version').notNull().default(0),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), index('user_roles_role_idx').on(t.role)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
