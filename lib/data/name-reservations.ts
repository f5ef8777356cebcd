import { and, asc, eq, gte, inArray, lt, notExists, sql } from 'drizzle-orm';
import { getDb, type Database, type Executor } from '@/db/client';
import { cases, enterpriseNames } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import { OPEN_STATES } from '@/lib/domain/workflow';
import { appendAudit } from './audit';
import { authorize } from './viewer';

/** Name reservations (DESIGN §5): the sweep that lets lapsed ones go, and the names an enterprise holds. */

// One release sweep at a time across instances; a second caller skips instead of waiting.
const RELEASE_LOCK = 727_277;

export type ReleaseReport = { skipped: boolean; released: number };

/**
 * Releases every reservation whose last day (`reserved_until`) is before today — unless a
 * licence application of its enterprise using the name is still open — idempotent
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
    // A name under a licence application still in progress stays held until the case ends:
    // the applicant chose it in time, and the window decides on it.
    const underApplication = tx
      .select({ one: sql`1` })
      .from(cases)
      .where(
        and(
          eq(cases.enterpriseId, enterpriseNames.enterpriseId),
          inArray(cases.state, OPEN_STATES),
          sql`${cases.formData}->>'enterpriseName' = ${enterpriseNames.fullName}`,
        ),
      );
    const released = await tx
      .delete(enterpriseNames)
      .where(and(eq(enterpriseNames.status, 'reserved'), lt(enterpriseNames.reservedUntil, today), notExists(underApplication)))
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

export type HeldName = { id: string; fullName: string; reservedUntil: string };

const heldBy = (enterpriseId: string, today: string) =>
  and(eq(enterpriseNames.enterpriseId, enterpriseId), eq(enterpriseNames.status, 'reserved'), gte(enterpriseNames.reservedUntil, today));

/** The names an enterprise holds under reservation on `today`, soonest to lapse first. */
export async function heldNames(db: Executor, enterpriseId: string, today: string): Promise<HeldName[]> {
  const rows = await db
    .select({ id: enterpriseNames.id, fullName: enterpriseNames.fullName, reservedUntil: enterpriseNames.reservedUntil })
    .from(enterpriseNames)
    .where(heldBy(enterpriseId, today))
    .orderBy(asc(enterpriseNames.reservedUntil), asc(enterpriseNames.fullName));
  return rows.map((r) => ({ ...r, reservedUntil: r.reservedUntil ?? today }));
}

/** The reserved names an establishment application of the enterprise may use, for its members and the window. */
export async function listHeldNames(viewer: Viewer, enterpriseId: string, now = new Date()): Promise<HeldName[]> {
  authorize(viewer, 'enterprise.read', { enterpriseId });
  return heldNames(await getDb(), enterpriseId, zoneDate(now));
}

/**
 * Turns the enterprise's reservation of `fullName` into a registered name, as the licence that
 * carries it is issued (inside that transaction): the name no longer lapses. Returns whether a
 * reservation was found — an establishment submitted with a held name may have been issued
 * after the reservation lapsed and was released.
 */
export async function registerHeldName(tx: Executor, enterpriseId: string, fullName: string, today: string): Promise<boolean> {
  const updated = await tx
    .update(enterpriseNames)
    .set({ status: 'registered', statusDate: today, reservedUntil: null })
    .where(and(eq(enterpriseNames.enterpriseId, enterpriseId), eq(enterpriseNames.fullName, fullName), eq(enterpriseNames.status, 'reserved')))
    .returning({ id: enterpriseNames.id });
  return updated.length > 0;
}
