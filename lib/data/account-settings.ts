import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { notFound } from '@/lib/errors';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { authorize } from './viewer';

/** The signed-in user's own settings page: who they are and whether they want non-essential e-mail. */
export async function getAccountSettings(viewer: Viewer) {
  authorize(viewer, 'account.settings');
  if (viewer.kind !== 'user') throw notFound('user');
  const db = await getDb();
  const [user] = await db
    .select({ email: users.email, name: users.name, emailOptional: users.emailOptional })
    .from(users)
    .where(eq(users.id, viewer.userId));
  if (!user) throw notFound('user');
  return user;
}

/** Turns non-essential e-mail on or off for the viewer themselves; essential mail is always sent. */
export async function updateMailPreference(viewer: Viewer, input: { emailOptional: boolean }, meta: RequestMeta) {
  authorize(viewer, 'account.settings');
  if (viewer.kind !== 'user') throw notFound('user');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ emailOptional: users.emailOptional }).from(users).where(eq(users.id, viewer.userId)).for('update');
    if (!before) throw notFound('user');
    if (before.emailOptional === input.emailOptional) return;
    await tx.update(users).set({ emailOptional: input.emailOptional }).where(eq(users.id, viewer.userId));
    await appendAudit(
      tx,
      { actorId: viewer.userId, ip: meta.ip },
      { action: 'user.mailPreference', entityType: 'user', entityId: viewer.userId, before, after: { emailOptional: input.emailOptional } },
    );
  });
  return { emailOptional: input.emailOptional };
}
