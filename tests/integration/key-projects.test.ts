import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, investmentReports, keyProjectMilestones, projects } from '@/db/schema';
import {
  correctInvestmentReport,
  getKeyProject,
  keyProjectsPayload,
  listKeyProjects,
  listTaskForceCandidates,
  recordMilestone,
  reportInvestment,
  setTaskForce,
} from '@/lib/data/key-projects';
import { atInstant } from '@/lib/data/now';
import { seedKeyProjects } from '@/db/seed-key-projects';
import { isDomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const as = (email: string) => test.viewerOf(email);
// The report's figures are "by the end of November 2026".
const endOfNovember = new Date('2026-11-30T12:00:00+08:00');
const BATTERY_BASE = '2026-411071-38-03-000103';
const HONGZHIYE_PHASE_ONE = '2025-411071-30-03-000101';

async function projectIdOf(code: string) {
  const [p] = await test.db.select({ id: projects.id }).from(projects).where(eq(projects.code, code));
  return p.id;
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

describe('key projects (DESIGN §7, §11)', () => {
  it("the seeded monthly reports add up to the report's figures exactly", async () => {
    const payload = await atInstant(endOfNovember, async () => keyProjectsPayload(await as('manager@onewindow.test')));
    expect(payload.asOf).toBe('2026-11-30');
    expect(payload.groups).toEqual([
      {
        group: 'key',
        count: 12,
        plannedYuan: 21_780_000_000,
        annualPlanYuan: 8_530_000_000,
        completedYuan: 9_160_000_000,
      },
      {
        group: 'provincial',
        count: 5,
        plannedYuan: 18_470_000_000,
        annualPlanYuan: 6_500_000_000,
        completedYuan: 7_050_000_000,
      },
      {
        group: 'urban_upgrading',
        count: 22,
        plannedYuan: 4_796_000_000,
        annualPlanYuan: 2_481_000_000,
        completedYuan: 2_110_000_000,
      },
    ]);
    expect(payload.projects).toHaveLength(34);
    expect(payload.projects.every((p) => Number.isInteger(p.completedYuan) && Number.isInteger(p.plannedYuan))).toBe(true);
    // Some are behind plan, some not.
    expect(payload.projects.some((p) => p.behindPlan)).toBe(true);
    expect(payload.projects.some((p) => !p.behindPlan)).toBe(true);
    const hongzhiye = payload.projects.find((p) => p.code === HONGZHIYE_PHASE_ONE);
    expect(hongzhiye).toMatchObject({ level: 'municipal', group: 'key', officer: '陈志强', behindPlan: true });
    expect(Object.keys(payload).sort()).toEqual(['asOf', 'groups', 'projects']);
    expect(Object.keys(payload.projects[0]).sort()).toEqual(
      ['annualPlanYuan', 'behindPlan', 'code', 'completedYuan', 'group', 'level', 'name', 'officer', 'plannedYuan'].sort(),
    );
  });

  it('the urban-upgrading projects: 3 continuing, 19 new, 18 started; late milestones are shown', async () => {
    const board = await atInstant(endOfNovember, async () => listKeyProjects(await as('manager@onewindow.test')));
    const urban = board.projects.filter((p) => p.programme === 'urban_upgrading');
    expect(urban.filter((p) => p.continuing)).toHaveLength(3);
    expect(urban.filter((p) => !p.continuing)).toHaveLength(19);
    expect(urban.filter((p) => p.startedOn)).toHaveLength(18);
    expect(board.projects.some((p) => p.lateMilestones.length > 0)).toBe(true);
    expect(board.cumulative).toHaveLength(11);
    expect(board.cumulative.at(-1)?.completedYuan).toBe(9_160_000_000 + 2_110_000_000);
    // The battery base's construction permit application waits for the departments.
    const battery = board.projects.find((p) => p.code === BATTERY_BASE);
    expect(battery?.pendingDepartments.length).toBeGreaterThan(0);
  });

  it('seeding again adds nothing', async () => {
    expect(await test.db.transaction((tx) => seedKeyProjects(tx))).toBe(0);
  });

  it('a correction keeps the old figure in the history and the total uses the new one', async () => {
    const owner = await as('applicant2@onewindow.test');
    const projectId = await projectIdOf(BATTERY_BASE);
    const before = await atInstant(endOfNovember, () => getKeyProject(owner, projectId));
    const november = before!.reports.find((r) => r.month === '2026-11-01' && !r.supersededAt)!;
    const corrected = await correctInvestmentReport(
      owner,
      { reportId: november.id, amountYuan: november.amountYuan + 12_345, reason: '补报设备安装投资' },
      meta,
    );
    const after = await atInstant(endOfNovember, () => getKeyProject(owner, projectId));
    expect(after!.completedYuan).toBe(before!.completedYuan + 12_345);
    const old = after!.reports.find((r) => r.id === november.id)!;
    expect(old.amountYuan).toBe(november.amountYuan);
    expect(old.supersededAt).not.toBeNull();
    expect(after!.reports.find((r) => r.id === corrected.id)).toMatchObject({
      supersedesId: november.id,
      correctionReason: '补报设备安装投资',
      supersededAt: null,
    });
    // The old one cannot be corrected again; a reported month is corrected, not reported twice.
    expect(await refusal(correctInvestmentReport(owner, { reportId: november.id, amountYuan: 1, reason: 'x' }, meta))).toBe(
      'conflict',
    );
    expect(await refusal(reportInvestment(owner, { projectId, month: '2026-11-01', amountYuan: 1 }, meta))).toBe('conflict');
    const current = await test.db
      .select({ id: investmentReports.id })
      .from(investmentReports)
      .where(
        and(
          eq(investmentReports.projectId, projectId),
          eq(investmentReports.month, '2026-11-01'),
          isNull(investmentReports.supersededAt),
        ),
      );
    expect(current).toEqual([{ id: corrected.id }]);
    const [audit] = await test.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'keyProject.correctReport'), eq(auditEvents.entityId, projectId)));
    expect(audit).toBeDefined();
    // Another enterprise cannot report on it.
    expect(
      await refusal(
        reportInvestment(await as('applicant@onewindow.test'), { projectId, month: '2026-10-01', amountYuan: 1 }, meta),
      ),
    ).toBe('forbidden');
  });

  it('an officer sees only the projects of their task force or their paired enterprises', async () => {
    const officer = await as('officer@onewindow.test');
    const board = await listKeyProjects(officer);
    expect(board.projects.map((p) => p.code)).toEqual([HONGZHIYE_PHASE_ONE]);
    expect(await refusal(getKeyProject(officer, await projectIdOf(BATTERY_BASE)))).toBe('forbidden');
    const own = await getKeyProject(officer, await projectIdOf(HONGZHIYE_PHASE_ONE));
    expect(own?.may).toEqual({ report: true, recordMilestone: true, manage: false });
    // As the task force's lead, the officer records the late milestone reached.
    const late = own!.milestones.find((m) => m.late)!;
    await recordMilestone(officer, { milestoneId: late.id, actualOn: '2026-11-20' }, meta);
    const [row] = await test.db
      .select({ actualOn: keyProjectMilestones.actualOn })
      .from(keyProjectMilestones)
      .where(eq(keyProjectMilestones.id, late.id));
    expect(row.actualOn).toBe('2026-11-20');
    // Applicants and the window have no list.
    expect(await refusal(listKeyProjects(await as('applicant@onewindow.test')))).toBe('forbidden');
    expect(await refusal(keyProjectsPayload(await as('clerk@onewindow.test')))).toBe('forbidden');
  });

  it("the task force is chosen from the active officers (who alone may lead) and the departments' staff", async () => {
    const officer = await as('officer@onewindow.test');
    const reviewer = await as('reviewer@onewindow.test');
    const manager = await as('manager@onewindow.test');
    if (officer.kind !== 'user' || reviewer.kind !== 'user' || manager.kind !== 'user')
      throw new Error('seed is missing personas');
    const candidates = await listTaskForceCandidates(manager);
    expect(candidates.find((c) => c.id === officer.userId)).toMatchObject({ officer: true });
    expect(candidates.find((c) => c.id === reviewer.userId)).toMatchObject({ officer: false, department: expect.anything() });
    expect(candidates.some((c) => c.id === manager.userId)).toBe(false);
    expect(await refusal(listTaskForceCandidates(await as('officer@onewindow.test')))).toBe('forbidden');
    // The server holds to it too: a reviewer cannot lead, though they may be a member.
    const projectId = await projectIdOf(HONGZHIYE_PHASE_ONE);
    const ledByReviewer = await setTaskForce(manager, { projectId, leadId: reviewer.userId, memberIds: [] }, meta).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(ledByReviewer) && ledByReviewer.fieldErrors).toEqual({ leadId: ['leadNotOfficer'] });
    await setTaskForce(manager, { projectId, leadId: officer.userId, memberIds: [reviewer.userId] }, meta);
    expect((await getKeyProject(manager, projectId))!.team.map((m) => [m.role, m.userId]).sort()).toEqual(
      [
        ['lead', officer.userId],
        ['member', reviewer.userId],
      ].sort(),
    );
  });
});
