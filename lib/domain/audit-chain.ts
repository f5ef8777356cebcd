import { createHash } from 'node:crypto';

/** The hash the first event of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an audit event says, i.e. everything the chain hash covers. */
export type AuditContent = {
  seq: number;
  at: string; // ISO-8601 with milliseconds, UTC
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type ChainedEvent = AuditContent & { prevHash: string; hash: string };

/**
 * Deterministic JSON: object keys sorted at every depth, `undefined` dropped as JSON does.
 * PostgreSQL's jsonb does not keep key order, so the hash must not depend on it.
 */
export function canonicalEncode(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const encoded = JSON.stringify(value);
    return encoded === undefined ? 'null' : encoded;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalEncode).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalEncode(v)}`).join(',')}}`;
}

export function hashEvent(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEncode(content)).digest('hex');
}

export type ChainBreak = { seq: number; reason: 'sequence-gap' | 'prev-hash-mismatch' | 'hash-mismatch' };
export type ChainVerdict =
  { ok: true; checked: number; lastHash: string } | { ok: false; checked: number; firstBreak: ChainBreak };

/**
 * Walks events in `seq` order from the genesis (or from a known checkpoint) and reports the
 * first broken link: a missing sequence number (deleted event), an event whose `prevHash`
 * is not its predecessor's hash (deleted or reordered), or content that no longer matches
 * its own hash (edited).
 */
export function verifyChain(
  events: Iterable<ChainedEvent>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainVerdict {
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  let checked = 0;
  for (const event of events) {
    if (event.seq !== expectedSeq) return { ok: false, checked, firstBreak: { seq: event.seq, reason: 'sequence-gap' } };
    if (event.prevHash !== prevHash) return { ok: false, checked, firstBreak: { seq: event.seq, reason: 'prev-hash-mismatch' } };
    const { prevHash: _p, hash, ...content } = event;
    if (hashEvent(prevHash, content) !== hash)
      return { ok: false, checked, firstBreak: { seq: event.seq, reason: 'hash-mismatch' } };
    prevHash = hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, lastHash: prevHash };
}
