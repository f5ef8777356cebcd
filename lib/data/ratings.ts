import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Tx } from '@/db/client';
import { caseRatings, cases, enterprises, ratingFollowUps, serviceItemVersions, userRoles, users } from '@/db/schema';
import { can, type Viewer } from '@/lib/auth/permissions';
import { caseTitle } from '@/lib/domain/case-title';
import { zoneDate } from '@/lib/domain/clock';
import {
  checkFollowUpChange,
  followUpDueOn,
  isBadRating,
  isFollowUpOverdue,
  isRatable,
  offeredFollowUpChanges,
  ratingEditableUntil,
  type FollowUpActor,
  type FollowUpChange,
  type FollowUpState,
} from '@/lib/domain/ratings';
import { DomainError, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { loadWorkingCalendar } from './calendar';
import { authorizeCaseRead, caseResource, notifyEnterprise } from './case-workflow';
import { notifyUsers } from './notify';
import { pairedOfficerOf } from './pairings';
import { currentInstant } from './now';
import { actorId, authorize } from './viewer';

const fieldError = (field: string, key: string) => new DomainError('invalid', key, { [field]: [key] });

/**
 * Who is told of a new follow-up: the enterprise's paired officer and every manager; every officer
 * when the enterprise has no officer yet (one of them takes it).
 */
async function followUpStaff(tx: Tx, enterpriseId: string): Promise<string[]> {
  const pairedOfficerId = await pairedOfficerOf(tx, enterpriseId);
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(isNull(users.disabledAt), inArray(userRoles.role, pairedOfficerId ? ['manager'] : ['officer', 'manager'])));
  return [...new Set([...(pairedOfficerId ? [pairedOfficerId] : []), ...rows.map((r) => r.id)])];
}

/**
 * A member of the case's enterprise rates it once it has ended (lib/domain/ratings.ts), on the
 * five national levels with an optional comment. One rating per case: the person who gave it
 * may change it for 24 hours, nobody else may add another. A rating of 2 or lower opens the
 * case's follow-up (if it has none yet), due in working days, and tells officers and managers.
 */
export async function rateCase(viewer: Viewer, input: { caseId: string; score: number; comment: string }, meta: RequestMeta) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    // The case row lock queues concurrent ratings of one case: the second sees the first.
    const [c] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for('update');
    if (!c) throw notFound('case');
    authorize(viewer, 'rating.give', caseResource(c));
    if (!isRatable(c.state)) throw fieldError('score', 'caseNotEnded');
    const now = currentInstant();
    const comment = input.comment.trim() || null;
    const [existing] = await tx.select().from(caseRatings).where(eq(caseRatings.caseId, c.id));
    if (existing && existing.ratedBy !== actorId(viewer)) throw fieldError('score', 'alreadyRated');
    if (existing && now > existing.editableUntil) throw fieldError('score', 'ratingEditClosed');
    const [rating] = existing
      ? await tx.update(caseRatings).set({ score: input.score, comment, updatedAt: now }).where(eq(caseRatings.caseId, c.id)).returning()
      : await tx
          .insert(caseRatings)
          .values({
            caseId: c.id,
            enterpriseId: c.enterpriseId,
            itemId: c.itemId,
            departmentId: c.departmentId,
            assigneeId: c.assigneeId,
            ratedBy: actorId(viewer)!,
            score: input.score,
            comment,
            editableUntil: ratingEditableUntil(now),
            createdAt: now,
            updatedAt: now,
          })
          .returning();
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'case.rate',
      entityType: 'case',
      entityId: c.id,
      before: existing ? { score: existing.score, comment: existing.comment } : undefined,
      after: { score: rating.score, comment: rating.comment },
    });
    if (isBadRating(rating.score)) {
      const dueOn = followUpDueOn(calendar, zoneDate(now));
      const [opened] = await tx
        .insert(ratingFollowUps)
        .values({ caseId: c.id, enterpriseId: c.enterpriseId, dueOn, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: ratingFollowUps.caseId })
        .returning({ id: ratingFollowUps.id });
      if (opened) {
        await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
          action: 'case.follow_up.open',
          entityType: 'case',
          entityId: c.id,
          after: { followUpId: opened.id, score: rating.score, dueOn },
        });
        await notifyUsers(tx, await followUpStaff(tx, c.enterpriseId), c.id, 'rating_follow_up_opened', { number: c.number, score: rating.score, dueOn });
      }
    }
    return { score: rating.score, editableUntil: rating.editableUntil.toISOString() };
  });
}

export type FollowUpView = {
  id: string;
  version: number;
  state: FollowUpState;
  dueOn: string;
  overdue: boolean;
  ownerId: string | null;
  ownerName: string | null;
  callbackAt: string | null;
  callbackNote: string | null;
  rectification: string | null;
  result: string | null;
  closedAt: string | null;
  applicantReply: string | null;
  applicantSatisfied: boolean | null;
  repliedAt: string | null;
};

const owner = alias(users, 'follow_up_owner');

const followUpColumns = {
  f: ratingFollowUps,
  ownerName: owner.name,
};

function followUpView(row: { f: typeof ratingFollowUps.$inferSelect; ownerName: string | null }, today: string): FollowUpView {
  const f = row.f;
  return {
    id: f.id,
    version: f.version,
    state: f.state,
    dueOn: f.dueOn,
    overdue: isFollowUpOverdue(f, today),
    ownerId: f.ownerId,
    ownerName: row.ownerName,
    callbackAt: f.callbackAt?.toISOString() ?? null,
    callbackNote: f.callbackNote,
    rectification: f.rectification,
    result: f.result,
    closedAt: f.closedAt?.toISOString() ?? null,
    applicantReply: f.applicantReply,
    applicantSatisfied: f.applicantSatisfied,
    repliedAt: f.repliedAt?.toISOString() ?? null,
  };
}

/**
 * The rating of a case as its page shows it: the rating if given, whether this viewer may
 * rate (or still change) it, and the follow-up with what the enterprise may reply.
 */
export async function getCaseRating(viewer: Viewer, caseId: string) {
  const db = await getDb();
  const [c] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!c) throw notFound('case');
  authorizeCaseRead(viewer, caseResource(c));
  const [[rating], [followUp]] = await Promise.all([
    db.select().from(caseRatings).where(eq(caseRatings.caseId, caseId)),
    db.select(followUpColumns).from(ratingFollowUps).leftJoin(owner, eq(owner.id, ratingFollowUps.ownerId)).where(eq(ratingFollowUps.caseId, caseId)),
  ]);
  const now = currentInstant();
  const mayRate = isRatable(c.state) && can(viewer, 'rating.give', caseResource(c));
  const view = followUp ? followUpView(followUp, zoneDate(now)) : null;
  return {
    ratable: isRatable(c.state),
    rating: rating
      ? { score: rating.score, comment: rating.comment, createdAt: rating.createdAt.toISOString(), editableUntil: rating.editableUntil.toISOString() }
      : null,
    /** Rate now (no rating yet), or change one's own within the day. */
    canRate: mayRate && (!rating || (rating.ratedBy === actorId(viewer) && now <= rating.editableUntil)),
    followUp: view,
    canReply:
      !!followUp &&
      can(viewer, 'followUp.reply', { enterpriseId: c.enterpriseId }) &&
      offeredFollowUpChanges(followUp.f.state, 'applicant').length > 0 &&
      followUp.f.applicantSatisfied === null,
  };
}

export type FollowUpListItem = FollowUpView & {
  caseId: string;
  number: string | null;
  title: Bilingual;
  enterpriseName: string;
  score: number;
  comment: string | null;
  ratedAt: string;
  /** The steps this viewer may take on it now. */
  offered: FollowUpChange[];
};

/** The follow-ups for officers and managers: the unclosed ones first, the most urgent first. */
export async function listFollowUps(viewer: Viewer, limit = 200): Promise<FollowUpListItem[]> {
  authorize(viewer, 'followUp.list');
  const db = await getDb();
  const rows = await db
    .select({
      ...followUpColumns,
      caseId: cases.id,
      number: cases.number,
      subject: cases.subject,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      enterpriseName: enterprises.name,
      score: caseRatings.score,
      comment: caseRatings.comment,
      ratedAt: caseRatings.createdAt,
    })
    .from(ratingFollowUps)
    .innerJoin(cases, eq(cases.id, ratingFollowUps.caseId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, ratingFollowUps.enterpriseId))
    .innerJoin(caseRatings, eq(caseRatings.caseId, ratingFollowUps.caseId))
    .leftJoin(owner, eq(owner.id, ratingFollowUps.ownerId))
    .orderBy(sql`${ratingFollowUps.state} = 'closed'`, asc(ratingFollowUps.dueOn), asc(ratingFollowUps.createdAt))
    .limit(limit);
  const today = zoneDate(currentInstant());
  const me = actorId(viewer);
  return rows.map((r) => ({
    ...followUpView(r, today),
    caseId: r.caseId,
    number: r.number,
    title: caseTitle({ zh: r.nameZh, en: r.nameEn }, r.subject),
    enterpriseName: r.enterpriseName,
    score: r.score,
    comment: r.comment,
    ratedAt: r.ratedAt.toISOString(),
    offered: offeredFollowUpChanges(r.f.state, r.f.ownerId === me ? 'owner' : 'staff'),
  }));
}

async function lockFollowUp(tx: Tx, followUpId: string) {
  const [f] = await tx.select().from(ratingFollowUps).where(eq(ratingFollowUps.id, followUpId)).for('update');
  if (!f) throw notFound('followUp');
  const [c] = await tx.select({ id: cases.id, number: cases.number }).from(cases).where(eq(cases.id, f.caseId));
  return { f, number: c.number };
}

export type FollowUpStaffChange = 'take' | 'call_back' | 'rectify' | 'close';

/**
 * An officer or manager works a follow-up: takes it (becomes its owner), records the
 * callback (what was said, and when the call was), the rectification, and the result, which
 * closes it and asks the enterprise for its reply. Each step is audited; the version the
 * officer saw must still be current.
 */
export async function changeFollowUp(
  viewer: Viewer,
  input: { followUpId: string; version: number; change: FollowUpStaffChange; text: string; calledAt?: string },
  meta: RequestMeta,
) {
  authorize(viewer, 'followUp.act');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { f, number } = await lockFollowUp(tx, input.followUpId);
    if (f.version !== input.version) throw new DomainError('staleVersion');
    const actor: FollowUpActor = f.ownerId === actorId(viewer) ? 'owner' : 'staff';
    const text = input.text.trim();
    const check = checkFollowUpChange(input.change, f.state, actor, { text });
    if (!check.ok) throw check.reason === 'textRequired' ? fieldError('text', 'required') : new DomainError('invalid', check.reason);
    const now = currentInstant();
    const changes: Partial<typeof ratingFollowUps.$inferInsert> = { state: check.to, version: f.version + 1, updatedAt: now };
    if (input.change === 'take') changes.ownerId = actorId(viewer);
    if (input.change === 'call_back') {
      const calledAt = input.calledAt ? new Date(input.calledAt) : now;
      if (calledAt > now) throw fieldError('calledAt', 'notInFuture');
      Object.assign(changes, { callbackAt: calledAt, callbackNote: text });
    }
    if (input.change === 'rectify') changes.rectification = text;
    // A new result asks for a new reply.
    if (input.change === 'close') Object.assign(changes, { result: text, closedAt: now, applicantSatisfied: null, applicantReply: null, repliedAt: null });
    await tx.update(ratingFollowUps).set(changes).where(eq(ratingFollowUps.id, f.id));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: `case.follow_up.${input.change}`,
      entityType: 'case',
      entityId: f.caseId,
      before: { followUpId: f.id, state: f.state, ownerId: f.ownerId },
      after: {
        followUpId: f.id,
        state: check.to,
        ownerId: changes.ownerId ?? f.ownerId,
        ...(input.change === 'take' ? {} : { text }),
        ...(changes.callbackAt ? { calledAt: changes.callbackAt.toISOString() } : {}),
      },
    });
    if (input.change === 'close') await notifyEnterprise(tx, f.enterpriseId, f.caseId, 'rating_follow_up_result', { number });
    return { id: f.id, version: f.version + 1, state: check.to };
  });
}

/**
 * The enterprise replies to the result: satisfied (it stays closed), or not, saying why —
 * then it is reopened, back to its owner with a new due date.
 */
export async function replyToFollowUp(
  viewer: Viewer,
  input: { followUpId: string; version: number; satisfied: boolean; reply: string },
  meta: RequestMeta,
) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const { f, number } = await lockFollowUp(tx, input.followUpId);
    authorize(viewer, 'followUp.reply', { enterpriseId: f.enterpriseId });
    if (f.version !== input.version) throw new DomainError('staleVersion');
    const reply = input.reply.trim();
    const change = input.satisfied ? 'reply_satisfied' : 'reply_unsatisfied';
    const check = checkFollowUpChange(change, f.state, 'applicant', { text: reply, replied: f.applicantSatisfied !== null });
    if (!check.ok) throw check.reason === 'textRequired' ? fieldError('reply', 'required') : new DomainError('invalid', check.reason);
    const now = currentInstant();
    const dueOn = check.to === 'reopened' ? followUpDueOn(calendar, zoneDate(now)) : f.dueOn;
    await tx
      .update(ratingFollowUps)
      .set({
        state: check.to,
        dueOn,
        applicantSatisfied: input.satisfied,
        applicantReply: reply || null,
        repliedAt: now,
        version: f.version + 1,
        updatedAt: now,
      })
      .where(eq(ratingFollowUps.id, f.id));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: `case.follow_up.${change}`,
      entityType: 'case',
      entityId: f.caseId,
      before: { followUpId: f.id, state: f.state },
      after: { followUpId: f.id, state: check.to, satisfied: input.satisfied, reply: reply || null, dueOn },
    });
    if (check.to === 'reopened') {
      await notifyUsers(tx, f.ownerId ? [f.ownerId] : await followUpStaff(tx, f.enterpriseId), f.caseId, 'rating_follow_up_reopened', { number, dueOn });
    }
    return { id: f.id, version: f.version + 1, state: check.to, dueOn };
  });
}
