import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  caseRatings,
  cases,
  enterpriseMembers,
  notifications,
  officerEnterprises,
  ratingFollowUps,
  userRoles,
  users,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { loadWorkingCalendar } from '@/lib/data/calendar';
import { atInstant } from '@/lib/data/now';
import { changeFollowUp, getCaseRating, listFollowUps, rateCase, replyToFollowUp } from '@/lib/data/ratings';
import { loadViewer } from '@/lib/data/viewer';
import { zoneDate } from '@/lib/domain/clock';
import { FOLLOW_UP_WORKING_DAYS } from '@/lib/domain/ratings';
import { isDomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Seeded cases in a state, each with two active members of its enterprise (a second one is added if needed). */
async function casesIn(state: 'completed' | 'refused' | 'denied' | 'in_review' | 'draft', count: number) {
  const rows = await test.db
    .select({ id: cases.id, enterpriseId: cases.enterpriseId })
    .from(cases)
    .where(eq(cases.state, state))
    .limit(count);
  if (rows.length < count) throw new Error(`the seed has fewer than ${count} ${state} cases`);
  return Promise.all(rows.map(async (r) => ({ ...r, members: await membersOf(r.enterpriseId) })));
}

async function membersOf(enterpriseId: string): Promise<Viewer[]> {
  const rows = await test.db
    .select({ userId: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.status, 'active')));
  const ids = rows.map((r) => r.userId);
  if (ids.length < 2) {
    const [user] = await test.db
      .insert(users)
      .values({ email: `member-${Math.random().toString(36).slice(2)}@onewindow.test`, name: '第二经办人', passwordHash: 'x' })
      .returning({ id: users.id });
    await test.db.insert(userRoles).values({ userId: user.id, role: 'applicant' });
    await test.db.insert(enterpriseMembers).values({ enterpriseId, userId: user.id, role: 'member', status: 'active' });
    ids.push(user.id);
  }
  return Promise.all(ids.map((id) => loadViewer(test.db, id)));
}

const ratingsOf = (caseId: string) => test.db.select().from(caseRatings).where(eq(caseRatings.caseId, caseId));
const followUpOf = async (caseId: string) =>
  (await test.db.select().from(ratingFollowUps).where(eq(ratingFollowUps.caseId, caseId)))[0];

describe('rating a case', () => {
  it('takes a rating of an ended case from a member of its enterprise only, never of a draft or an open case', async () => {
    const [open] = await casesIn('in_review', 1);
    expect(await failure(rateCase(open.members[0], { caseId: open.id, score: 5, comment: '' }, meta))).toEqual({
      code: 'invalid',
      fieldErrors: { score: ['caseNotEnded'] },
    });
    const [done] = await casesIn('completed', 1);
    const stranger = await test.viewerOf('applicant2@onewindow.test');
    const strangerIsMember = stranger.kind === 'user' && stranger.memberships.some((m) => m.enterpriseId === done.enterpriseId);
    if (!strangerIsMember)
      expect((await failure(rateCase(stranger, { caseId: done.id, score: 5, comment: '' }, meta))).code).toBe('forbidden');
    const officer = await test.viewerOf('officer@onewindow.test');
    expect((await failure(rateCase(officer, { caseId: done.id, score: 5, comment: '' }, meta))).code).toBe('forbidden');
  });

  it('keeps one rating per case: two at once leave one row, another member is refused', async () => {
    const [c] = await casesIn('refused', 1);
    const [a, b] = c.members;
    const results = await Promise.allSettled([
      rateCase(a, { caseId: c.id, score: 4, comment: '办理顺利' }, meta),
      rateCase(b, { caseId: c.id, score: 3, comment: '一般' }, meta),
    ]);
    expect(await ratingsOf(c.id)).toHaveLength(1);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.fieldErrors).toEqual({ score: ['alreadyRated'] });
  });

  it('lets the person who rated change it for 24 hours, then refuses with a clear message', async () => {
    const [c] = await casesIn('denied', 1);
    const rater = c.members[0];
    const yesterday = new Date(Date.now() - 25 * 3_600_000);
    await atInstant(yesterday, () => rateCase(rater, { caseId: c.id, score: 3, comment: '' }, meta));
    expect(await failure(rateCase(rater, { caseId: c.id, score: 4, comment: '' }, meta))).toEqual({
      code: 'invalid',
      fieldErrors: { score: ['ratingEditClosed'] },
    });
    expect((await getCaseRating(rater, c.id)).canRate).toBe(false);

    const [fresh] = await casesIn('completed', 2).then((all) => all.slice(1));
    await rateCase(fresh.members[0], { caseId: fresh.id, score: 3, comment: '' }, meta);
    expect((await getCaseRating(fresh.members[0], fresh.id)).canRate).toBe(true);
    await rateCase(fresh.members[0], { caseId: fresh.id, score: 5, comment: '改为非常满意' }, meta);
    const [rating] = await ratingsOf(fresh.id);
    expect({ score: rating.score, comment: rating.comment }).toEqual({ score: 5, comment: '改为非常满意' });
    expect(await followUpOf(fresh.id)).toBeUndefined();
  });
});

describe('a bad rating and its follow-up', () => {
  let c: { id: string; enterpriseId: string; members: Viewer[] };
  let officer: Viewer;
  let manager: Viewer;

  beforeAll(async () => {
    [c] = await casesIn('completed', 3).then((all) => all.slice(2));
    officer = await test.viewerOf('officer@onewindow.test');
    manager = await test.viewerOf('manager@onewindow.test');
    // The case picked may belong to an enterprise a demo establishment created, which has no officer yet.
    if (officer.kind === 'user')
      await test.db
        .insert(officerEnterprises)
        .values({ enterpriseId: c.enterpriseId, officerId: officer.userId })
        .onConflictDoNothing();
  });

  it("opens a follow-up due in working days and tells the enterprise's paired officer and managers", async () => {
    await rateCase(c.members[0], { caseId: c.id, score: 1, comment: '材料被退回三次' }, meta);
    const calendar = await loadWorkingCalendar(test.db);
    const followUp = await followUpOf(c.id);
    expect(followUp.state).toBe('open');
    expect(followUp.ownerId).toBeNull();
    expect(followUp.dueOn).toBe(calendar.addWorkingDays(zoneDate(new Date()), FOLLOW_UP_WORKING_DAYS).date);
    const told = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, c.id), eq(notifications.kind, 'rating_follow_up_opened')));
    const ids = told.map((n) => n.userId);
    const [paired] = await test.db
      .select({ id: officerEnterprises.officerId })
      .from(officerEnterprises)
      .where(eq(officerEnterprises.enterpriseId, c.enterpriseId));
    expect(ids).toContain(paired.id);
    expect(ids).toContain(manager.kind === 'user' && manager.userId);
    // Changing the rating within the day does not open a second one.
    await rateCase(c.members[0], { caseId: c.id, score: 2, comment: '材料被退回三次' }, meta);
    expect(await test.db.select().from(ratingFollowUps).where(eq(ratingFollowUps.caseId, c.id))).toHaveLength(1);
    const listed = (await listFollowUps(officer)).find((f) => f.caseId === c.id)!;
    expect(listed.offered).toEqual(['take']);
    expect(listed.score).toBe(2);
  });

  it('is taken, called back, rectified and closed by its owner, each step audited', async () => {
    const step = async (viewer: Viewer, change: 'take' | 'call_back' | 'rectify' | 'close', text = '', calledAt?: string) => {
      const f = await followUpOf(c.id);
      return changeFollowUp(viewer, { followUpId: f.id, version: f.version, change, text, calledAt }, meta);
    };
    // Nobody records a callback before taking it.
    expect((await failure(step(officer, 'call_back', '已回访'))).code).toBe('invalid');
    await step(officer, 'take');
    expect((await followUpOf(c.id)).ownerId).toBe(officer.kind === 'user' && officer.userId);
    expect(await failure(step(officer, 'call_back', ''))).toEqual({ code: 'invalid', fieldErrors: { text: ['required'] } });
    expect(await failure(step(officer, 'call_back', '已回访', new Date(Date.now() + 3_600_000).toISOString()))).toEqual({
      code: 'invalid',
      fieldErrors: { calledAt: ['notInFuture'] },
    });
    const calledAt = new Date(Date.now() - 3_600_000).toISOString();
    await step(officer, 'call_back', '电话回访，企业反映材料清单不清楚', calledAt);
    // Another officer or manager may take it over, but not record its steps.
    expect((await failure(step(manager, 'rectify', '修订清单'))).code).toBe('invalid');
    await step(officer, 'rectify', '修订材料清单并培训窗口人员');
    await step(officer, 'close', '已整改，清单已更新');
    const closed = await followUpOf(c.id);
    expect(closed).toMatchObject({
      state: 'closed',
      callbackNote: '电话回访，企业反映材料清单不清楚',
      rectification: '修订材料清单并培训窗口人员',
      result: '已整改，清单已更新',
    });
    expect(closed.callbackAt?.toISOString()).toBe(calledAt);
    const actions = await test.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, c.id),
          inArray(auditEvents.action, [
            'case.follow_up.take',
            'case.follow_up.call_back',
            'case.follow_up.rectify',
            'case.follow_up.close',
          ]),
        ),
      );
    expect(actions).toHaveLength(4);
    const result = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.caseId, c.id), eq(notifications.kind, 'rating_follow_up_result')));
    expect(result.length).toBeGreaterThan(0);
  });

  it('is reopened with a new due date when the enterprise is not satisfied, and stays closed when it is', async () => {
    const applicant = c.members[1];
    let f = await followUpOf(c.id);
    expect((await getCaseRating(applicant, c.id)).canReply).toBe(true);
    expect(
      await failure(replyToFollowUp(applicant, { followUpId: f.id, version: f.version, satisfied: false, reply: '' }, meta)),
    ).toEqual({
      code: 'invalid',
      fieldErrors: { reply: ['required'] },
    });
    // Another enterprise's member may not reply.
    const stranger = await test.viewerOf('applicant2@onewindow.test');
    if (stranger.kind === 'user' && !stranger.memberships.some((m) => m.enterpriseId === c.enterpriseId)) {
      expect(
        (await failure(replyToFollowUp(stranger, { followUpId: f.id, version: f.version, satisfied: true, reply: '' }, meta)))
          .code,
      ).toBe('forbidden');
    }
    // A due date in the past, so that reopening visibly moves it.
    await test.db.update(ratingFollowUps).set({ dueOn: '2026-01-05' }).where(eq(ratingFollowUps.id, f.id));
    await replyToFollowUp(applicant, { followUpId: f.id, version: f.version, satisfied: false, reply: '问题仍未解决' }, meta);
    f = await followUpOf(c.id);
    const calendar = await loadWorkingCalendar(test.db);
    expect(f).toMatchObject({ state: 'reopened', applicantSatisfied: false, applicantReply: '问题仍未解决' });
    expect(f.dueOn).toBe(calendar.addWorkingDays(zoneDate(new Date()), FOLLOW_UP_WORKING_DAYS).date);
    expect(f.ownerId).toBe(officer.kind === 'user' && officer.userId);
    const reopened = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, c.id), eq(notifications.kind, 'rating_follow_up_reopened')));
    expect(reopened.map((n) => n.userId)).toEqual([officer.kind === 'user' && officer.userId]);
    // Back to its owner: called back again and closed; this time the enterprise is satisfied.
    for (const [change, text] of [
      ['call_back', '再次回访'],
      ['close', '已当面解决'],
    ] as const) {
      const now = await followUpOf(c.id);
      await changeFollowUp(officer, { followUpId: now.id, version: now.version, change, text }, meta);
    }
    f = await followUpOf(c.id);
    expect(f.applicantSatisfied).toBeNull();
    await replyToFollowUp(applicant, { followUpId: f.id, version: f.version, satisfied: true, reply: '' }, meta);
    f = await followUpOf(c.id);
    expect(f).toMatchObject({ state: 'closed', applicantSatisfied: true });
    // One reply per result.
    expect(
      (await failure(replyToFollowUp(applicant, { followUpId: f.id, version: f.version, satisfied: false, reply: '反悔' }, meta)))
        .code,
    ).toBe('invalid');
    expect((await getCaseRating(applicant, c.id)).canReply).toBe(false);
  });
});
