import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { enterpriseMembers, notifications, obligations, userRoles } from '@/db/schema';
import { zoneDate } from '@/lib/domain/clock';
import { appendAudit } from './audit';
import { loadWorkingCalendar } from './calendar';

// One sweep at a time across instances; a second caller skips instead of waiting.
const SWEEP_LOCK = 727_276;

export type SweepReport = { skipped: boolean; reminded: number; breached: number };

/**
 * The obligations ledger's daily work (DESIGN §4), idempotent and safe on any instance:
 * remind the enterprise one working day before a tolerated material falls due (once per
 * obligation), and when the date has passed mark the obligation breached, tell the
 * enterprise and flag it to officers and managers, with an audit event.
 */
export async function sweepObligations(db: Database, now = new Date()): Promise<SweepReport> {
  const today = zoneDate(now);
  const calendar = await loadWorkingCalendar(db);
  const remindBy = calendar.addWorkingDays(today, 1).date;
  return db.transaction(async (tx) => {
    const [{ locked }] = (
      (await tx.execute(sql`select pg_try_advisory_xact_lock(${SWEEP_LOCK}) as locked`)) as unknown as { rows: { locked: boolean }[] }
    ).rows;
    if (!locked) return { skipped: true, reminded: 0, breached: 0 };

    const membersOf = async (enterpriseIds: string[]) =>
      enterpriseIds.length
        ? tx
            .select({ userId: enterpriseMembers.userId, enterpriseId: enterpriseMembers.enterpriseId })
            .from(enterpriseMembers)
            .where(and(inArray(enterpriseMembers.enterpriseId, enterpriseIds), eq(enterpriseMembers.status, 'active')))
        : [];

    // Reminders: due today or on the next working day, and not reminded yet.
    const dueSoon = await tx
      .select()
      .from(obligations)
      .where(
        and(
          eq(obligations.status, 'open'),
          lte(obligations.dueDate, remindBy),
          sql`${obligations.dueDate} >= ${today}`,
          sql`not exists (select 1 from ${notifications} n where n.kind = 'obligation_due' and n.payload->>'obligationId' = ${obligations.id}::text)`,
        ),
      );
    const dueMembers = await membersOf([...new Set(dueSoon.map((o) => o.enterpriseId))]);
    const reminders = dueSoon.flatMap((o) =>
      dueMembers
        .filter((m) => m.enterpriseId === o.enterpriseId)
        .map((m) => ({ userId: m.userId, caseId: o.caseId, kind: 'obligation_due', payload: { obligationId: o.id, dueDate: o.dueDate } })),
    );
    if (reminders.length) await tx.insert(notifications).values(reminders);

    // Breaches: past the due date and still open.
    const breached = await tx
      .update(obligations)
      .set({ status: 'breached' })
      .where(and(eq(obligations.status, 'open'), lt(obligations.dueDate, today)))
      .returning();
    if (breached.length) {
      const [members, staff] = await Promise.all([
        membersOf([...new Set(breached.map((o) => o.enterpriseId))]),
        tx
          .selectDistinct({ userId: userRoles.userId })
          .from(userRoles)
          .where(inArray(userRoles.role, ['officer', 'manager'])),
      ]);
      const flags = breached.flatMap((o) => [
        ...members.filter((m) => m.enterpriseId === o.enterpriseId).map((m) => m.userId),
        ...staff.map((s) => s.userId),
      ].map((userId) => ({ userId, caseId: o.caseId, kind: 'obligation_breached', payload: { obligationId: o.id, dueDate: o.dueDate } })));
      if (flags.length) await tx.insert(notifications).values(flags);
      for (const o of breached) {
        await appendAudit(tx, { actorId: null, ip: null }, {
          action: 'case.obligation.breach',
          entityType: 'case',
          entityId: o.caseId,
          before: { obligationId: o.id, status: 'open' },
          after: { obligationId: o.id, status: 'breached', materialCode: o.materialCode, dueDate: o.dueDate },
        });
      }
    }
    return { skipped: false, reminded: dueSoon.length, breached: breached.length };
  });
}
