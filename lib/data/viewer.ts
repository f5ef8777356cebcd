import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { enterpriseMembers, userRoles, users } from '@/db/schema';
import { ANONYMOUS, can, type Membership, type Operation, type Resource, type Role, type Viewer } from '@/lib/auth/permissions';
import { forbidden, unauthenticated } from '@/lib/errors';

/**
 * Builds the viewer from the database, never from the session token alone: a role taken
 * away or a disabled account takes effect on the next request, not the next sign-in. With the
 * session token's version (a request's viewer), a token whose version is not the account's
 * current one is anonymous: its sessions were ended since it was issued.
 */
export async function loadViewer(db: Executor, userId: string | null | undefined, sessionVersion?: number): Promise<Viewer> {
  if (!userId || !UUID.test(userId)) return ANONYMOUS;
  // One round trip: every request of a signed-in user starts here. Memberships in the order
  // they were made, so the enterprise one joined first comes first.
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      departmentId: users.departmentId,
      roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role}::text) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
      memberships: sql<Membership[]>`coalesce((
        select json_agg(json_build_object('enterpriseId', ${enterpriseMembers.enterpriseId}, 'role', ${enterpriseMembers.role})
          order by ${enterpriseMembers.createdAt}, ${enterpriseMembers.enterpriseId})
        from ${enterpriseMembers}
        where ${enterpriseMembers.userId} = ${users.id} and ${enterpriseMembers.status} = 'active'), '[]')`,
    })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        isNull(users.disabledAt),
        sessionVersion === undefined ? undefined : eq(users.sessionVersion, sessionVersion),
      ),
    );
  if (!user) return ANONYMOUS;
  const { id, ...rest } = user;
  return { kind: 'user', userId: id, ...rest };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws unless the viewer may perform the operation on the resource. */
export function authorize(viewer: Viewer, operation: Operation, resource?: Resource): void {
  if (can(viewer, operation, resource)) return;
  throw viewer.kind === 'anonymous' ? unauthenticated() : forbidden(operation);
}

export function actorId(viewer: Viewer): string | null {
  return viewer.kind === 'user' ? viewer.userId : null;
}
