import { and, eq, inArray, isNotNull, ne, notInArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  caseRatings,
  cases,
  enterpriseMembers,
  enterpriseProblems,
  enterprises,
  keyProjectMilestones,
  keyProjects,
  notifications,
  officerEnterprises,
  projects,
  userRoles,
  users,
} from '@/db/schema';
import { SERVICE_ENTERPRISE_COUNT, SERVICE_OFFICER_COUNT } from '@/db/seed-service';
import type { Viewer } from '@/lib/auth/permissions';
import { urgeCase } from '@/lib/data/case-urge';
import { listObligations } from '@/lib/data/obligations';
import { getOfficerHome } from '@/lib/data/officer-home';
import { listPairings, pairEnterprise, pairPark } from '@/lib/data/pairings';
import { rateCase } from '@/lib/data/ratings';
import { loadViewer } from '@/lib/data/viewer';
import { isDomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const HONGZHIYE = '河南鸿之业新材料有限公司';
const JULING = '许昌巨领能源科技有限公司';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

const idOf = (v: Viewer) => (v.kind === 'user' ? v.userId : '');

async function enterpriseId(name: string) {
  const [e] = await test.db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, name));
  return e.id;
}

async function officerOf(enterpriseIdValue: string) {
  const [p] = await test.db
    .select({ id: officerEnterprises.officerId })
    .from(officerEnterprises)
    .where(eq(officerEnterprises.enterpriseId, enterpriseIdValue));
  return p?.id ?? null;
}

let officer: Viewer;
let otherOfficer: Viewer;
let admin: Viewer;
let hongzhiye: string;
let juling: string;

beforeAll(async () => {
  officer = await test.viewerOf('officer@onewindow.test');
  admin = await test.viewerOf('admin@onewindow.test');
  hongzhiye = await enterpriseId(HONGZHIYE);
  juling = await enterpriseId(JULING);
  otherOfficer = await loadViewer(test.db, (await officerOf(juling))!);
});

describe('the seeded one-on-one service', () => {
  it('has 20 officers and 113 enterprises across the five parks, each paired with one', async () => {
    const officers = await test.db.select().from(userRoles).where(eq(userRoles.role, 'officer'));
    expect(officers).toHaveLength(SERVICE_OFFICER_COUNT);
    // Beside them, the enterprises the demo establishment cases set up (no park yet).
    expect(await test.db.select().from(enterprises).where(isNotNull(enterprises.park))).toHaveLength(SERVICE_ENTERPRISE_COUNT);
    const pairings = await test.db.select().from(officerEnterprises);
    expect(pairings).toHaveLength(SERVICE_ENTERPRISE_COUNT);
    expect(new Set(pairings.map((p) => p.officerId)).size).toBe(SERVICE_OFFICER_COUNT);
    const parks = await test.db.selectDistinct({ park: enterprises.park }).from(enterprises).where(isNotNull(enterprises.park));
    expect(parks).toHaveLength(5);
  });

  it('keeps the demo officer on 鸿之业 (and a few more), never on 巨领', async () => {
    expect(await officerOf(hongzhiye)).toBe(idOf(officer));
    expect(await officerOf(juling)).not.toBe(idOf(officer));
    expect(idOf(otherOfficer)).not.toBe('');
    const mine = await test.db
      .select()
      .from(officerEnterprises)
      .where(eq(officerEnterprises.officerId, idOf(officer)));
    expect(mine.length).toBeGreaterThan(1);
  });
});

describe("the officer's home", () => {
  it("shows only the officer's enterprises and their work", async () => {
    const home = await getOfficerHome(officer);
    const names = new Set(home.enterprises.map((e) => e.name));
    expect(names.has(HONGZHIYE)).toBe(true);
    expect(names.has(JULING)).toBe(false);
    expect(home.cases.length).toBeGreaterThan(0);
    for (const c of home.cases) expect(names.has(c.enterpriseName)).toBe(true);
    for (const p of home.projects) expect(names.has(p.enterpriseName)).toBe(true);
    const other = await getOfficerHome(otherOfficer);
    expect(other.enterprises.map((e) => e.name)).toContain(JULING);
    expect(other.cases.some((c) => c.enterpriseName === HONGZHIYE)).toBe(false);
  });

  it('lists open problems and late milestones of its enterprises only', async () => {
    const dueOn = '2026-01-05';
    await test.db.insert(enterpriseProblems).values([
      { enterpriseId: hongzhiye, kind: 'utilities', title: '用电增容迟迟未批', description: '增容申请已两月', dueOn },
      { enterpriseId: juling, kind: 'land', title: '巨领的用地问题', description: '用地指标', dueOn },
    ]);
    const [project] = await test.db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.enterpriseId, hongzhiye))
      .limit(1);
    if (project) {
      await test.db
        .insert(keyProjects)
        .values({ projectId: project.id, level: 'municipal', plannedYuan: 400_000_000 })
        .onConflictDoNothing();
      await test.db.insert(keyProjectMilestones).values({ projectId: project.id, name: '主体封顶', plannedOn: '2026-01-10' });
    }
    const home = await getOfficerHome(officer);
    expect(home.problems.map((p) => p.title)).toEqual(['用电增容迟迟未批']);
    expect(home.problems[0].overdue).toBe(true);
    if (project) {
      expect(home.milestones.map((m) => m.name)).toContain('主体封顶');
      expect(home.projects.find((p) => p.id === project.id)?.keyLevel).toBe('municipal');
    }
    expect((await getOfficerHome(otherOfficer)).problems.map((p) => p.title)).toEqual(['巨领的用地问题']);
  });

  it("reads the obligations ledger of the officer's enterprises only", async () => {
    const mine = new Set((await getOfficerHome(officer)).enterprises.map((e) => e.id));
    for (const row of await listObligations(officer)) expect(mine.has(row.enterprise.id)).toBe(true);
  });
});

describe('urging a case (催办)', () => {
  async function assignedCaseOf(enterprise: string) {
    const [c] = await test.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.enterpriseId, enterprise), inArray(cases.state, ['submitted', 'accepted', 'in_review'])))
      .limit(1);
    const [clerk] = await test.db.select({ id: users.id }).from(users).where(eq(users.email, 'clerk@onewindow.test'));
    await test.db.update(cases).set({ assigneeId: clerk.id }).where(eq(cases.id, c.id));
    return { caseId: c.id, assigneeId: clerk.id };
  }

  it("the paired officer urges the assignee: in the timeline and the assignee's notifications", async () => {
    const { caseId, assigneeId } = await assignedCaseOf(hongzhiye);
    await urgeCase(officer, { caseId, note: '企业急需开工，请加快' }, meta);
    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.urge')));
    expect(event.actorId).toBe(idOf(officer));
    expect(event.after).toMatchObject({ assigneeId, reason: '企业急需开工，请加快' });
    const told = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, caseId), eq(notifications.kind, 'case_urged')));
    expect(told.map((n) => n.userId)).toEqual([assigneeId]);
  });

  it('another officer may not urge it, nor the demo officer a case of an enterprise not paired with them', async () => {
    const { caseId } = await assignedCaseOf(hongzhiye);
    expect(await refusal(urgeCase(otherOfficer, { caseId, note: '' }, meta))).toBe('forbidden');
    const julingCase = await assignedCaseOf(juling);
    expect(await refusal(urgeCase(officer, { caseId: julingCase.caseId, note: '' }, meta))).toBe('forbidden');
    await urgeCase(otherOfficer, { caseId: julingCase.caseId, note: '' }, meta);
  });
});

describe('bad-rating follow-ups', () => {
  it("go to the enterprise's paired officer (and managers), not to every officer", async () => {
    const [c] = await test.db
      .select({ id: cases.id, enterpriseId: cases.enterpriseId })
      .from(cases)
      .where(
        and(
          eq(cases.state, 'completed'),
          ne(cases.enterpriseId, hongzhiye),
          inArray(cases.enterpriseId, test.db.select({ id: officerEnterprises.enterpriseId }).from(officerEnterprises)),
          notInArray(cases.id, test.db.select({ id: caseRatings.caseId }).from(caseRatings)),
        ),
      )
      .limit(1);
    const [member] = await test.db
      .select({ userId: enterpriseMembers.userId })
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, c.enterpriseId), eq(enterpriseMembers.status, 'active')));
    await rateCase(await loadViewer(test.db, member.userId), { caseId: c.id, score: 1, comment: '' }, meta);
    const told = (
      await test.db
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(and(eq(notifications.caseId, c.id), eq(notifications.kind, 'rating_follow_up_opened')))
    ).map((n) => n.userId);
    const paired = await officerOf(c.enterpriseId);
    expect(told).toContain(paired);
    expect(told).not.toContain(idOf(officer));
    const officers = (await test.db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, 'officer'))).map(
      (o) => o.id,
    );
    expect(told.filter((id) => officers.includes(id))).toEqual([paired]);
  });
});

describe('pairing officers with enterprises', () => {
  const PARK = '生物医药产业园';

  it('admins pair a whole park at once: its unpaired enterprises, or all of them', async () => {
    const target = idOf(await test.viewerOf('officer20@onewindow.test'));
    const parkEnterprises = (await listPairings(admin, { park: PARK })).rows;
    expect(parkEnterprises.length).toBeGreaterThan(10);
    // Every one is paired already: "unpaired" takes none.
    expect(await pairPark(admin, { park: PARK, officerId: target, scope: 'unpaired' }, meta)).toEqual({ paired: 0 });
    await test.db.delete(officerEnterprises).where(eq(officerEnterprises.enterpriseId, parkEnterprises[0].enterpriseId));
    expect(await pairPark(admin, { park: PARK, officerId: target, scope: 'unpaired' }, meta)).toEqual({ paired: 1 });
    expect(await pairPark(admin, { park: PARK, officerId: target, scope: 'all' }, meta)).toEqual({
      paired: parkEnterprises.length,
    });
    const after = (await listPairings(admin, { park: PARK })).rows;
    expect(after.every((r) => r.officerId === target)).toBe(true);
    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'enterprise.pair_park'), eq(auditEvents.entityId, PARK)))
      .orderBy(auditEvents.seq);
    expect(event.actorId).toBe(idOf(admin));
    // Other parks are untouched.
    expect(await officerOf(hongzhiye)).toBe(idOf(officer));
  });

  it('admins change one pairing; only admins manage, and only officers may be paired', async () => {
    const ruida = await enterpriseId('许昌瑞达生物医药有限公司');
    await pairEnterprise(admin, { enterpriseId: ruida, officerId: idOf(officer) }, meta);
    expect(await officerOf(ruida)).toBe(idOf(officer));
    expect(await refusal(pairEnterprise(officer, { enterpriseId: ruida, officerId: idOf(officer) }, meta))).toBe('forbidden');
    expect(await refusal(pairEnterprise(admin, { enterpriseId: ruida, officerId: idOf(admin) }, meta))).toBe('invalid');
    expect(await refusal(pairPark(officer, { park: PARK, officerId: idOf(officer), scope: 'all' }, meta))).toBe('forbidden');
  });
});
