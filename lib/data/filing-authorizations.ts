import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { enterprises, filingAuthorizations, officerEnterprises, serviceItems, storedFiles, users } from '@/db/schema';
import { can, type Viewer } from '@/lib/auth/permissions';
import { containsPattern } from '@/lib/domain/catalogue-search';
import { zoneDate } from '@/lib/domain/clock';
import { authorizationStatus } from '@/lib/domain/filing-authorization';
import { conflict, DomainError, forbidden, notFound, unauthenticated } from '@/lib/errors';
import { materialUploadRule } from '@/lib/storage/rules';
import type { IncomingFile } from '@/lib/storage/incoming';
import { filingAuthorizationSchema } from '@/lib/validation/filing-authorization';
import { z } from 'zod';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { storeUploadedFile } from './files';
import { enterpriseServiceResource } from './filing-checks';
import { currentInstant } from './now';
import { authorize } from './viewer';

/** A signed authorization scan: a PDF or an image, as an ordinary material. */
const SCAN_RULE = materialUploadRule(20);

/**
 * The registered enterprises the viewer may file for, by name or credit code: every one for a
 * window clerk; a paired officer's own enterprises for an officer.
 */
export async function searchEnterprisesForFiling(viewer: Viewer, q: string, limit = 20) {
  if (viewer.kind !== 'user') throw unauthenticated();
  const anyEnterprise = can(viewer, 'case.fileOnBehalf');
  if (!anyEnterprise && !can(viewer, 'case.fileOnBehalf', { pairedOfficerId: viewer.userId })) throw forbidden('case.fileOnBehalf');
  const db = await getDb();
  const pattern = q.trim() ? containsPattern(q.trim()) : null;
  const paired = db.select({ id: officerEnterprises.enterpriseId }).from(officerEnterprises).where(eq(officerEnterprises.officerId, viewer.userId));
  return db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(
      and(
        eq(enterprises.status, 'registered'),
        anyEnterprise ? undefined : inArray(enterprises.id, paired),
        pattern ? or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern)) : undefined,
      ),
    )
    .orderBy(asc(enterprises.name))
    .limit(limit);
}

/**
 * An enterprise's authorizations, newest first, each with its agent, scan and standing today;
 * `usable` marks those the viewer may file under today (for an item in scope), `revocable` those they may revoke.
 */
export async function listAuthorizations(viewer: Viewer, enterpriseId: string) {
  if (!z.guid().safeParse(enterpriseId).success) throw notFound('enterprise');
  const db = await getDb();
  const resource = await enterpriseServiceResource(db, enterpriseId);
  authorize(viewer, 'authorization.read', resource);
  const mayRecord = can(viewer, 'authorization.record', resource);
  const [enterprise] = await db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId));
  if (!enterprise) throw notFound('enterprise');
  const rows = await db
    .select({
      a: filingAuthorizations,
      agentName: users.name,
      fileName: storedFiles.originalName,
    })
    .from(filingAuthorizations)
    .innerJoin(users, eq(users.id, filingAuthorizations.agentId))
    .innerJoin(storedFiles, eq(storedFiles.id, filingAuthorizations.fileId))
    .where(eq(filingAuthorizations.enterpriseId, enterpriseId))
    .orderBy(desc(filingAuthorizations.recordedAt));
  const today = zoneDate(currentInstant());
  const viewerId = viewer.kind === 'user' ? viewer.userId : null;
  return {
    enterprise,
    /** The viewer may record (and revoke) the enterprise's authorizations. */
    mayRecord,
    authorizations: rows.map(({ a, agentName, fileName }) => {
      const status = authorizationStatus(a, today);
      return {
        id: a.id,
        agent: { id: a.agentId, name: agentName },
        principalName: a.principalName,
        serviceCodes: a.serviceCodes,
        validFrom: a.validFrom,
        validUntil: a.validUntil,
        status,
        file: { id: a.fileId, name: fileName },
        recordedAt: a.recordedAt.toISOString(),
        usable: status === 'valid' && a.agentId === viewerId,
        revocable: mayRecord && !a.revokedAt,
      };
    }),
  };
}

/**
 * Records the enterprise's authorization of the viewer (a window clerk, or its paired officer) to
 * file on its behalf, with the signed scan: checked before any bytes are stored, then stored and
 * recorded in one transaction with the scan's file row.
 */
export async function recordAuthorization(viewer: Viewer, input: Record<string, unknown> & IncomingFile, meta: RequestMeta) {
  if (viewer.kind !== 'user') throw unauthenticated();
  const parsed = filingAuthorizationSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('invalid', 'authorization', z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  const terms = parsed.data;
  const check = async () => {
    const db = await getDb();
    authorize(viewer, 'authorization.record', await enterpriseServiceResource(db, terms.enterpriseId));
    const [enterprise] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, terms.enterpriseId));
    if (!enterprise) throw notFound('enterprise');
    const codes = [...new Set(terms.serviceCodes)];
    const known = codes.length ? await db.select({ code: serviceItems.code }).from(serviceItems).where(inArray(serviceItems.code, codes)) : [];
    if (known.length !== codes.length) throw new DomainError('invalid', 'service codes', { serviceCodes: ['unknownService'] });
    return SCAN_RULE;
  };
  return storeUploadedFile(viewer, input, check, async (tx, fileId, file) => {
    const [created] = await tx
      .insert(filingAuthorizations)
      .values({
        enterpriseId: terms.enterpriseId,
        agentId: viewer.userId,
        principalName: terms.principalName,
        serviceCodes: [...new Set(terms.serviceCodes)],
        validFrom: terms.validFrom,
        validUntil: terms.validUntil,
        fileId,
        recordedBy: viewer.userId,
        recordedAt: currentInstant(),
      })
      .returning({ id: filingAuthorizations.id });
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'authorization.record',
      entityType: 'enterprise',
      entityId: terms.enterpriseId,
      after: { authorizationId: created.id, agentId: viewer.userId, ...terms, fileId, name: file.name, sha256: file.sha256 },
    });
    return created;
  });
}

/** Revokes an authorization (the enterprise withdrew it): nothing more is filed or submitted under it. */
export async function revokeAuthorization(viewer: Viewer, input: { authorizationId: string }, meta: RequestMeta) {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!z.guid().safeParse(input.authorizationId).success) throw notFound('authorization');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [a] = await tx.select().from(filingAuthorizations).where(eq(filingAuthorizations.id, input.authorizationId)).for('update');
    if (!a) throw notFound('authorization');
    authorize(viewer, 'authorization.record', await enterpriseServiceResource(tx, a.enterpriseId));
    if (a.revokedAt) throw conflict('authorizationRevoked');
    const revokedAt = currentInstant();
    await tx.update(filingAuthorizations).set({ revokedAt }).where(eq(filingAuthorizations.id, a.id));
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'authorization.revoke',
      entityType: 'enterprise',
      entityId: a.enterpriseId,
      after: { authorizationId: a.id, agentId: a.agentId },
    });
    return { id: a.id, revokedAt: revokedAt.toISOString() };
  });
}
