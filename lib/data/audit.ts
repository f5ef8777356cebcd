import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { currentInstant } from './now';
import { GENESIS_HASH, hashEvent, verifyChain, type ChainVerdict, type ChainedEvent } from '@/lib/domain/audit-chain';

/** Who is acting and from where; every mutation passes it down to its audit event. */
export type AuditContext = { actorId: string | null; ip: string | null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Serialises appends across connections and instances; released at commit.
const AUDIT_LOCK = 727_275;

/**
 * Takes the chain's lock (held to commit) ahead of the append. A transaction that writes what
 * the dashboard aggregates count (a case's state, dates, department or assignee) takes it just
 * before that write: the aggregate triggers then upsert under one global lock, so two
 * transactions never wait on each other's aggregate rows in a cycle (deadlock). Every such
 * transaction appends an event right after, so this costs no concurrency it had.
 */
export async function lockAuditChain(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
}

/** Appends one event to the chain. Call it inside the transaction of the change it records. */
export async function appendAudit(tx: Executor, context: AuditContext, entry: AuditEntry): Promise<ChainedEvent> {
  await lockAuditChain(tx);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const content = {
    seq: (last?.seq ?? 0) + 1,
    at: currentInstant().toISOString(),
    actorId: context.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    // Round-trip through JSON so the hash covers exactly what jsonb will store.
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
    ip: context.ip,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const event = { ...content, prevHash, hash: hashEvent(prevHash, content) };
  await tx.insert(auditEvents).values({ ...event, at: new Date(event.at) });
  return event;
}

/** Reads the chain in pages and verifies it; memory stays flat however long the trail. */
export async function verifyAuditChain(db: Executor, pageSize = 5_000): Promise<ChainVerdict> {
  let start = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, start.seq))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    const events: ChainedEvent[] = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    const verdict = verifyChain(events, start);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
    checked += verdict.checked;
    if (rows.length < pageSize) return { ok: true, checked, lastHash: verdict.lastHash };
    start = { seq: rows[rows.length - 1].seq, hash: verdict.lastHash };
  }
}

export async function countAuditEvents(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return row.n;
}
