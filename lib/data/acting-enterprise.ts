import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { enterprises, type EnterpriseStatus } from '@/db/schema';
import { can, type Viewer } from '@/lib/auth/permissions';
import { authorize } from './viewer';

/*
 * The enterprise an applicant acts for (DESIGN §6: a person who belongs to several enterprises
 * chooses which one; the header always shows it). The choice is only a preference kept in a
 * cookie: every read of it goes through here and falls back to an enterprise the viewer is an
 * active member of now, so a stale or forged cookie never widens what anyone may see.
 */

/** The cookie holding the chosen enterprise's id. */
export const ACTING_ENTERPRISE_COOKIE = 'ow_enterprise';

export type ActingEnterprise = { id: string; name: string; creditCode: string | null; status: EnterpriseStatus };
export type EnterpriseChoice = { current: ActingEnterprise | null; options: ActingEnterprise[] };

/**
 * The enterprises the viewer may act for (active memberships, by name) and the one they act
 * for: `chosen` when they may act for it, else the one they joined first. Nothing for viewers who may not act
 * for any enterprise (staff, anonymous, applicants without an active membership).
 */
export async function getActingEnterprise(viewer: Viewer, chosen: string | null | undefined): Promise<EnterpriseChoice> {
  if (viewer.kind !== 'user') return { current: null, options: [] };
  const ids = viewer.memberships.map((m) => m.enterpriseId).filter((id) => can(viewer, 'enterprise.actFor', { enterpriseId: id }));
  if (!ids.length) return { current: null, options: [] };
  const db = await getDb();
  const options = await db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, status: enterprises.status })
    .from(enterprises)
    .where(inArray(enterprises.id, ids))
    .orderBy(asc(enterprises.name));
  const current = options.find((o) => o.id === chosen) ?? options.find((o) => o.id === ids[0]) ?? options[0] ?? null;
  return { current, options };
}

/** Checks the viewer may act for the enterprise before the choice is remembered; returns its id. */
export function chooseActingEnterprise(viewer: Viewer, enterpriseId: string): string {
  authorize(viewer, 'enterprise.actFor', { enterpriseId });
  return enterpriseId;
}
