import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { enterpriseNames } from '@/db/schema';
import { zoneDate } from '@/lib/domain/clock';
import { appendAudit } from './audit';

/** Name reservations (DESIGN §5): how long an approved name is held, and the sweep that lets it go. */

/** Months an approved name stays reserved: 2, or 12 when the business needs a prior permit. */
export const RESERVATION_MONTHS = 2;
export const RESERVATION_MONTHS_WITH_PERMIT = 12;

/** 'YYYY-MM-DD' `months` calendar months after `isoDate`, clamped to the month's last day (12-31 + 2 → 02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The last day a name reserved on `today` stays reserved. */
export function reservationExpiry(today: string, priorPermit: boolean): string {
  return addMonths(today, priorPermit ? RESERVATION_MONTHS_WITH_PERMIT : RESERVATION_MONTHS);
}

// One release sweep at a time across instances; a second caller skips instead of waiting.
const RELEASE_LOCK = 727_277;

export type ReleaseReport = { skipped: boolean; released: number };

/**
 * Releases every reservation whose last day (`reserved_until`) is before today, idempotent
 * and safe on any instance (advisory lock). A lapsed reservation must be free again at once —
 * unlike a cancelled name, which blocks for one more year, and the status enum has no
 * "lapsed" value — so the row is deleted (the full name is unique across all statuses, so a
 * kept row would also block re-reserving the same name); the audit event keeps the record
 * of what was held and until when (the case's `case.instant_approve` event names the case).
 */
export async function releaseExpiredReservations(db: Database, now = new Date()): Promise<ReleaseReport> {
  const today = zoneDate(now);
  return db.transaction(async (tx) => {
    const [{ locked }] = (
      (await tx.execute(sql`select pg_try_advisory_xact_lock(${RELEASE_LOCK}) as locked`)) as unknown as { rows: { locked: boolean }[] }
    ).rows;
    if (!locked) return { skipped: true, released: 0 };
    const released = await tx
      .delete(enterpriseNames)
      .where(and(eq(enterpriseNames.status, 'reserved'), lt(enterpriseNames.reservedUntil, today)))
      .returning();
    for (const n of released) {
      await appendAudit(tx, { actorId: null, ip: null }, {
        action: 'name.reservation.release',
        entityType: 'enterprise_name',
        entityId: n.id,
        before: { fullName: n.fullName, authority: n.authority, status: n.status, statusDate: n.statusDate, reservedUntil: n.reservedUntil },
        after: { released: today },
      });
    }
    return { skipped: false, released: released.length };
  });
}
