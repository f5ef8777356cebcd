import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { enterpriseMembers, enterpriseNames, enterprises, obligations } from '@/db/schema';
import { DomainError, notFound } from '@/lib/errors';
import { appendAudit, type AuditContext } from './audit';

/*
 * The enterprise being established (DESIGN §6). An establishment case is filed from one of the
 * applicant's enterprises (it holds the reserved name), but the licence is never that
 * enterprise's: submitting the case creates the new enterprise (设立中, under the reserved name),
 * makes the applicant its owner and moves the case, its reserved name and its obligations to it.
 * An enterprise that invests in the new company is only a shareholder in the form's answers.
 */

export type EstablishmentCase = {
  id: string;
  enterpriseId: string;
  applicantId: string | null;
  formData: Record<string, unknown>;
};

/**
 * The enterprise the establishment case establishes, created on first call inside the caller's
 * transaction (idempotent: the enterprise records its case). When the case's own enterprise
 * already carries the reserved name and has no credit code, it is the company being
 * established (one registered under its future name) and is marked so. Otherwise a new
 * enterprise is created with the applicant (when a member of the filing enterprise; else that
 * enterprise's owners) as owner,
 * and the reserved name and the case's obligations move to it; the caller moves the case.
 * Throws DomainError('invalid', { enterpriseName: ['enterpriseNameTaken'] }) when another
 * enterprise already has the name.
 */
export async function establishEnterpriseForCase(
  tx: Executor,
  c: EstablishmentCase,
  audit: AuditContext,
): Promise<{ id: string; created: boolean }> {
  // The case's current enterprise is locked first, so that two calls for one case queue here
  // and the second sees the enterprise the first created.
  const [filing] = await tx
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(eq(enterprises.id, c.enterpriseId))
    .for('update');
  if (!filing) throw notFound('enterprise');
  const [existing] = await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.establishmentCaseId, c.id));
  if (existing) return { id: existing.id, created: false };
  const name = typeof c.formData.enterpriseName === 'string' ? c.formData.enterpriseName.trim() : '';
  if (!name) throw new DomainError('invalid', 'establishment name', { enterpriseName: ['required'] });
  if (filing.name === name && !filing.creditCode) {
    await tx.update(enterprises).set({ status: 'establishing', establishmentCaseId: c.id }).where(eq(enterprises.id, filing.id));
    await appendAudit(tx, audit, {
      action: 'enterprise.establish',
      entityType: 'enterprise',
      entityId: filing.id,
      after: { name, caseId: c.id, status: 'establishing', created: false },
    });
    return { id: filing.id, created: false };
  }

  const address = typeof c.formData.address === 'string' ? c.formData.address : null;
  const [created] = await tx
    .insert(enterprises)
    .values({ name, status: 'establishing', establishmentCaseId: c.id, address })
    .onConflictDoNothing({ target: enterprises.name })
    .returning({ id: enterprises.id });
  if (!created) throw new DomainError('invalid', 'enterprise name taken', { enterpriseName: ['enterpriseNameTaken'] });

  // The applicant owns it when they act for the filing enterprise (a clerk who entered a walk-in
  // application does not); otherwise the filing enterprise's owners do.
  const filingMembers = await tx
    .select({ userId: enterpriseMembers.userId, role: enterpriseMembers.role })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, filing.id), eq(enterpriseMembers.status, 'active')));
  const owners = filingMembers.some((m) => m.userId === c.applicantId)
    ? [c.applicantId!]
    : filingMembers.filter((m) => m.role === 'owner').map((m) => m.userId);
  if (owners.length) {
    await tx
      .insert(enterpriseMembers)
      .values(owners.map((userId) => ({ enterpriseId: created.id, userId, role: 'owner' as const, status: 'active' as const })))
      .onConflictDoNothing();
  }
  const movedName = await tx
    .update(enterpriseNames)
    .set({ enterpriseId: created.id })
    .where(
      and(
        eq(enterpriseNames.enterpriseId, filing.id),
        eq(enterpriseNames.fullName, name),
        inArray(enterpriseNames.status, ['reserved', 'registered']),
      ),
    )
    .returning({ id: enterpriseNames.id });
  await tx.update(obligations).set({ enterpriseId: created.id }).where(eq(obligations.caseId, c.id));
  await appendAudit(tx, audit, {
    action: 'enterprise.establish',
    entityType: 'enterprise',
    entityId: created.id,
    after: {
      name,
      caseId: c.id,
      status: 'establishing',
      created: true,
      filedBy: filing.id,
      owners,
      nameId: movedName[0]?.id ?? null,
    },
  });
  return { id: created.id, created: true };
}
