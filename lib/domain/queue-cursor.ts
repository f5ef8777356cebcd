/**
 * The desk queue's keyset cursor: the last row's (due_on, id), opaque to clients. Anything
 * that is not exactly what `encodeQueueCursor` wrote is refused, so a forged cursor never
 * reaches PostgreSQL as an impossible date or a malformed uuid.
 */
export type QueueCursor = { dueOn: string; id: string };

const BASE64URL = /^[A-Za-z0-9_-]{1,200}$/;
const ISO_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A date that exists on the calendar (2026-02-30 does not). */
function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
}

export const encodeQueueCursor = ({ dueOn, id }: QueueCursor) => Buffer.from(`${dueOn}|${id}`).toString('base64url');

export function decodeQueueCursor(cursor: string): QueueCursor | null {
  if (!BASE64URL.test(cursor)) return null;
  const parts = Buffer.from(cursor, 'base64url').toString().split('|');
  if (parts.length !== 2) return null;
  const [dueOn, id] = parts;
  return isCalendarDate(dueOn) && UUID.test(id) && encodeQueueCursor({ dueOn, id }) === cursor ? { dueOn, id } : null;
}

export const isQueueCursor = (cursor: string) => decodeQueueCursor(cursor) !== null;
