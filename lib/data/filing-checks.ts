import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { filingAuthorizations } from '@/db/schema';
import type { Resource } from '@/lib/auth/permissions';
import { authorizationRefusal } from '@/lib/domain/filing-authorization';
import { DomainError } from '@/lib/errors';
import { pairedOfficerOf } from './pairings';

/** An enterprise as the permission table sees it for agent service: with its paired officer, if it has one. */
export async function enterpriseServiceResource(db: Executor, enterpriseId: string): Promise<Resource> {
  return { enterpriseId, pairedOfficerId: await pairedOfficerOf(db, enterpriseId) };
}

/**
 * Refuses, with the reason on the `authorizationId` field, unless the authorization lets this
 * agent file this item for this enterprise today (lib/domain/filing-authorization.ts).
 */
export async function requireValidAuthorization(
  db: Executor,
  authorizationId: string,
  use: { agentId: string; enterpriseId: string; serviceCode: string; today: string },
): Promise<void> {
  const [authorization] = await db.select().from(filingAuthorizations).where(eq(filingAuthorizations.id, authorizationId));
  const refusal = authorization ? authorizationRefusal(authorization, use) : 'authorizationMissing';
  if (refusal) throw new DomainError('invalid', refusal, { authorizationId: [refusal] });
}
