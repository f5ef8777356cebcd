import 'server-only';
import type { Tx } from '@/db/client';
import { notifications } from '@/db/schema';
import { currentInstant } from './now';

/**
 * The one way an event reaches people: an inbox entry per recipient, written in the
 * transaction of the event itself (so that nobody hears of a change that was rolled back).
 */
export async function notifyUsers(tx: Tx, userIds: readonly string[], caseId: string | null, kind: string, payload: Record<string, unknown> = {}) {
  const recipients = [...new Set(userIds)];
  if (!recipients.length) return;
  const createdAt = currentInstant();
  await tx.insert(notifications).values(recipients.map((userId) => ({ userId, caseId, kind, payload, createdAt })));
}
