import 'server-only';
import { and, asc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { enterprises, officerEnterprises, userRoles, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { actorId, authorize } from './viewer';

/** The officer paired with an enterprise (one-on-one service), or null: the resource's pairedOfficerId. */
export async function pairedOfficerOf(db: Executor, enterpriseId: string): Promise<string | null> {
  const [row] = await db
    .select({ officerId: officerEnterprises.officerId })
    .from(officerEnterprises)
    .where(eq(officerEnterprises.enterpriseId, enterpriseId));
  return row?.officerId ?? null;
}

/** The enterprises paired with an officer. */
export async function enterprisesPairedWith(db: Executor, officerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: officerEnterprises.enterpriseId })
    .from(officerEnterprises)
    .where(eq(officerEnterprises.officerId, officerId));
  return rows.map((r) => r.id);
}

export type PairingRow = {
  enterpriseId: string;
  enterpriseName: string;
  park: string | null;
  industry: string | null;
  officerId: string | null;
  officerName: string | null;
};

export type PairingOfficer = { id: string; name: string; email: string; enterpriseCount: number };

/** Active accounts holding the officer role, with how many enterprises each has. */
async function officers(db: Executor): Promise<PairingOfficer[]> {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      enterpriseCount: sql<number>`(select count(*)::int from ${officerEnterprises} where ${officerEnterprises.officerId} = ${users.id})`,
    })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'officer')))
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.email));
}

/**
 * Who serves which enterprise: every enterprise (of one park, or of one officer), with its paired
 * officer if it has one, and the officers one may pair with. Staff may read it (pairing.read).
 */
export async function listPairings(
  viewer: Viewer,
  filter: { park?: string; officerId?: string } = {},
): Promise<{ rows: PairingRow[]; officers: PairingOfficer[]; parks: string[] }> {
  authorize(viewer, 'pairing.read');
  const db = await getDb();
  const [rows, officerList, parks] = await Promise.all([
    db
      .select({
        enterpriseId: enterprises.id,
        enterpriseName: enterprises.name,
        park: enterprises.park,
        industry: enterprises.industry,
        officerId: officerEnterprises.officerId,
        officerName: users.name,
      })
      .from(enterprises)
      .leftJoin(officerEnterprises, eq(officerEnterprises.enterpriseId, enterprises.id))
      .leftJoin(users, eq(users.id, officerEnterprises.officerId))
      .where(
        and(
          filter.park ? eq(enterprises.park, filter.park) : undefined,
          filter.officerId ? eq(officerEnterprises.officerId, filter.officerId) : undefined,
        ),
      )
      .orderBy(asc(enterprises.park), asc(enterprises.name)),
    officers(db),
    db
      .selectDistinct({ park: enterprises.park })
      .from(enterprises)
      .where(sql`${enterprises.park} is not null`)
      .orderBy(asc(enterprises.park)),
  ]);
  return { rows, officers: officerList, parks: parks.map((p) => p.park!) };
}

async function requireOfficer(db: Executor, officerId: string) {
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'officer')))
    .where(and(eq(users.id, officerId), isNull(users.disabledAt)));
  if (!officer) throw new DomainError('invalid', 'notAnOfficer', { officerId: ['notAnOfficer'] });
}

/** Pairs one enterprise with an officer (or moves it to another), recorded in the audit log. */
export async function pairEnterprise(viewer: Viewer, input: { enterpriseId: string; officerId: string }, meta: RequestMeta) {
  authorize(viewer, 'pairing.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireOfficer(tx, input.officerId);
    const [enterprise] = await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, input.enterpriseId));
    if (!enterprise) throw new DomainError('notFound', 'enterprise');
    const before = await pairedOfficerOf(tx, input.enterpriseId);
    if (before === input.officerId) return { changed: false };
    await tx
      .insert(officerEnterprises)
      .values({ enterpriseId: input.enterpriseId, officerId: input.officerId, pairedBy: actorId(viewer) })
      .onConflictDoUpdate({
        target: officerEnterprises.enterpriseId,
        set: { officerId: input.officerId, pairedBy: actorId(viewer), pairedAt: new Date() },
      });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'enterprise.pair',
      entityType: 'enterprise',
      entityId: input.enterpriseId,
      before: { officerId: before },
      after: { officerId: input.officerId },
    });
    return { changed: true };
  });
}

/**
 * Pairs a park's enterprises with one officer at once: only those without an officer, or all of
 * them (moving the paired ones too). One audit event lists the enterprises paired.
 */
export async function pairPark(
  viewer: Viewer,
  input: { park: string; officerId: string; scope: 'unpaired' | 'all' },
  meta: RequestMeta,
): Promise<{ paired: number }> {
  authorize(viewer, 'pairing.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireOfficer(tx, input.officerId);
    const targets = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(
        and(
          eq(enterprises.park, input.park),
          input.scope === 'unpaired'
            ? notExists(tx.select().from(officerEnterprises).where(eq(officerEnterprises.enterpriseId, enterprises.id)))
            : undefined,
        ),
      );
    const ids = targets.map((t) => t.id);
    if (!ids.length) return { paired: 0 };
    const moved = await tx
      .select({ enterpriseId: officerEnterprises.enterpriseId, officerId: officerEnterprises.officerId })
      .from(officerEnterprises)
      .where(inArray(officerEnterprises.enterpriseId, ids));
    await tx
      .insert(officerEnterprises)
      .values(ids.map((enterpriseId) => ({ enterpriseId, officerId: input.officerId, pairedBy: actorId(viewer) })))
      .onConflictDoUpdate({
        target: officerEnterprises.enterpriseId,
        set: { officerId: input.officerId, pairedBy: actorId(viewer), pairedAt: new Date() },
      });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'enterprise.pair_park',
      entityType: 'park',
      entityId: input.park,
      before: { pairings: moved },
      after: { officerId: input.officerId, scope: input.scope, enterpriseIds: ids },
    });
    return { paired: ids.length };
  });
}
