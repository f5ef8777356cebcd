import { bigint, jsonb, pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit trail (DESIGN §3). `seq` is contiguous and `hash` covers
 * the previous event's hash plus a canonical encoding of this event's content, so editing,
 * deleting or reordering a past event breaks the chain at that point.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.seq)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
