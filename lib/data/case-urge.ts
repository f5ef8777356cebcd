import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { isFinalState } from '@/lib/domain/clock-state';
import type { CaseState } from '@/lib/domain/workflow';
import { DomainError, notFound } from '@/lib/errors';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { caseResource } from './case-workflow';
import { notifyUsers } from './notify';
import { pairedOfficerOf } from './pairings';
import { actorId, authorize } from './viewer';

/** Whether a case can be urged at all: submitted, not yet ended, and someone holds it. */
export function isUrgeable(c: { state: CaseState; assigneeId: string | null }): boolean {
  return c.state !== 'draft' && !isFinalState(c.state) && !!c.assigneeId;
}

/**
 * An officer urges (催办) the staff member holding a case of an enterprise paired with them (or a
 * manager does, for any case): the note goes into the case's timeline and to the assignee.
 */
export async function urgeCase(viewer: Viewer, input: { caseId: string; note: string }, meta: RequestMeta) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(cases).where(eq(cases.id, input.caseId));
    if (!c) throw notFound('case');
    authorize(viewer, 'case.urge', { ...caseResource(c), pairedOfficerId: await pairedOfficerOf(tx, c.enterpriseId) });
    if (!isUrgeable(c)) throw new DomainError('conflict', 'notUrgeable', { note: ['notUrgeable'] });
    const note = input.note.trim();
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.urge',
      entityType: 'case',
      entityId: c.id,
      after: { assigneeId: c.assigneeId, reason: note || null },
    });
    await notifyUsers(tx, [c.assigneeId!], c.id, 'case_urged', note ? { reason: note } : {});
    return { urged: c.assigneeId };
  });
}
