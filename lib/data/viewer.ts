import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { enterpriseMembers, userRoles, users } from '@/db/schema';
import { ANONYMOUS, can, type Operation, type Resource, type Viewer } from '@/lib/auth/permissions';
import { forbidden, unauthenticated } from '@/lib/errors';

/**
 * Builds the viewer from the database, never from the session token alone: a role taken
 * away or a disabled account takes effect on the next request, not the next sign-in.
 */
export async function loadViewer(db: Executor, userId: string | null | undefined): Promise<Viewer> {
  if (!userId) return ANONYMOUS;
  const [user] = await db
    .select({ id: users.id, name: users.name, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return ANONYMOUS;
  const [roles, memberships] = await Promise.all([
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)),
    db
      .select({ enterpriseId: enterpriseMembers.enterpriseId, role: enterpriseMembers.role })
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.userId, userId), eq(enterpriseMembers.status, 'active'))),
  ]);
  return {
    kind: 'user',
    userId: user.id,
    name: user.name,
    roles: roles.map((r) => r.role),
    departmentId: user.departmentId,
    memberships,
  };
}

/** Throws unless the viewer may perform the operation on the resource. */
export function authorize(viewer: Viewer, operation: Operation, resource?: Resource): void {
  if (can(viewer, operation, resource)) return;
  throw viewer.kind === 'anonymous' ? unauthenticated() : forbidden(operation);
}

export function actorId(viewer: Viewer): string | null {
  return viewer.kind === 'user' ? viewer.userId : null;
}
