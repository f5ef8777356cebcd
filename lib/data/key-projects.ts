import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db/client';
import {
  cases,
  caseTasks,
  departments,
  enterprises,
  investmentReports,
  keyProjectAnnualPlans,
  keyProjectMilestones,
  keyProjects,
  keyProjectTeamMembers,
  officerEnterprises,
  projects,
  userRoles,
  users,
  type KeyProjectLevel,
  type KeyProjectProgramme,
} from '@/db/schema';
import { can, type Resource, type Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import {
  completedInYear,
  cumulativeByMonth,
  groupsOf,
  isBehindPlan,
  isMilestoneLate,
  monthsElapsed,
  totalsByGroup,
  totalsByLevel,
  type CumulativePoint,
  type GroupTotals,
  type KeyProjectGroup,
  type LevelTotals,
} from '@/lib/domain/key-projects';
import { OPEN_STATES } from '@/lib/domain/workflow';
import { conflict, DomainError, notFound, unauthenticated } from '@/lib/errors';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { currentInstant } from './now';
import { actorId, authorize } from './viewer';

const UUID = z.guid();

export type TeamMember = { userId: string; name: string; role: 'lead' | 'member'; department: { zh: string; en: string } | null };
export type MilestoneView = { id: string; name: string; plannedOn: string; actualOn: string | null; late: boolean };
export type KeyProjectSummary = {
  projectId: string;
  code: string;
  name: string;
  enterprise: { id: string; name: string };
  level: KeyProjectLevel;
  programme: KeyProjectProgramme;
  plannedYuan: number;
  annualPlanYuan: number;
  completedYuan: number;
  behindPlan: boolean;
  continuing: boolean;
  startedOn: string | null;
  leadOfficer: string | null;
  lateMilestones: MilestoneView[];
  /** Departments whose tasks on the project's open cases are still pending. */
  pendingDepartments: { zh: string; en: string }[];
};

type Loaded = KeyProjectSummary & {
  resource: Resource;
  team: TeamMember[];
  milestones: MilestoneView[];
  reports: { month: string; amountYuan: number }[];
};

function asOfToday() {
  const asOf = zoneDate(currentInstant());
  return { asOf, year: Number(asOf.slice(0, 4)) };
}

/** Every key project (or the one asked for) with its figures for `year` as of `asOf`, and what access needs. */
async function loadKeyProjects(db: Executor, asOf: string, year: number, projectId?: string): Promise<Loaded[]> {
  const rows = await db
    .select({
      k: keyProjects,
      code: projects.code,
      name: projects.name,
      enterpriseId: projects.enterpriseId,
      enterpriseName: enterprises.name,
      pairedOfficerId: officerEnterprises.officerId,
      annualPlanYuan: keyProjectAnnualPlans.planYuan,
    })
    .from(keyProjects)
    .innerJoin(projects, eq(projects.id, keyProjects.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(officerEnterprises, eq(officerEnterprises.enterpriseId, projects.enterpriseId))
    .leftJoin(
      keyProjectAnnualPlans,
      and(eq(keyProjectAnnualPlans.projectId, keyProjects.projectId), eq(keyProjectAnnualPlans.year, year)),
    )
    .where(projectId ? eq(keyProjects.projectId, projectId) : undefined)
    .orderBy(asc(keyProjects.programme), asc(keyProjects.level), desc(keyProjects.plannedYuan), asc(projects.code));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.k.projectId);
  const [reports, milestones, team, pending] = await Promise.all([
    db
      .select({ projectId: investmentReports.projectId, month: investmentReports.month, amountYuan: investmentReports.amountYuan })
      .from(investmentReports)
      .where(and(inArray(investmentReports.projectId, ids), isNull(investmentReports.supersededAt))),
    db
      .select()
      .from(keyProjectMilestones)
      .where(inArray(keyProjectMilestones.projectId, ids))
      .orderBy(asc(keyProjectMilestones.position), asc(keyProjectMilestones.plannedOn)),
    db
      .select({
        projectId: keyProjectTeamMembers.projectId,
        userId: users.id,
        name: users.name,
        role: keyProjectTeamMembers.role,
        departmentZh: departments.nameZh,
        departmentEn: departments.nameEn,
      })
      .from(keyProjectTeamMembers)
      .innerJoin(users, eq(users.id, keyProjectTeamMembers.userId))
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(inArray(keyProjectTeamMembers.projectId, ids))
      .orderBy(asc(keyProjectTeamMembers.role), asc(users.name)),
    db
      .selectDistinct({ projectId: cases.projectId, code: departments.code, zh: departments.nameZh, en: departments.nameEn })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
      .where(and(inArray(cases.projectId, ids), inArray(cases.state, [...OPEN_STATES]), eq(caseTasks.decision, 'pending')))
      .orderBy(asc(departments.code)),
  ]);
  const elapsed = monthsElapsed(year, asOf);
  return rows.map(({ k, ...r }) => {
    const own = reports.filter((x) => x.projectId === k.projectId);
    const completedYuan = completedInYear(own, year, asOf);
    const annualPlanYuan = r.annualPlanYuan ?? 0;
    const members = team.filter((t) => t.projectId === k.projectId);
    const milestoneViews = milestones
      .filter((m) => m.projectId === k.projectId)
      .map((m) => ({ id: m.id, name: m.name, plannedOn: m.plannedOn, actualOn: m.actualOn, late: isMilestoneLate(m, asOf) }));
    return {
      projectId: k.projectId,
      code: r.code,
      name: r.name,
      enterprise: { id: r.enterpriseId, name: r.enterpriseName },
      level: k.level,
      programme: k.programme,
      plannedYuan: k.plannedYuan,
      annualPlanYuan,
      completedYuan,
      behindPlan: isBehindPlan(completedYuan, annualPlanYuan, elapsed),
      continuing: k.continuing,
      startedOn: k.startedOn,
      leadOfficer: members.find((m) => m.role === 'lead')?.name ?? null,
      lateMilestones: milestoneViews.filter((m) => m.late),
      pendingDepartments: pending.filter((p) => p.projectId === k.projectId).map(({ zh, en }) => ({ zh, en })),
      resource: { enterpriseId: r.enterpriseId, pairedOfficerId: r.pairedOfficerId, teamMemberIds: members.map((m) => m.userId) },
      team: members.map((m) => ({
        userId: m.userId,
        name: m.name,
        role: m.role,
        department: m.departmentZh && m.departmentEn ? { zh: m.departmentZh, en: m.departmentEn } : null,
      })),
      milestones: milestoneViews,
      reports: own,
    };
  });
}

function summary({ resource: _r, team: _t, milestones: _m, reports: _p, ...s }: Loaded): KeyProjectSummary {
  return s;
}

export type KeyProjectBoard = {
  asOf: string;
  year: number;
  projects: KeyProjectSummary[];
  totalsByLevel: LevelTotals[];
  groups: GroupTotals[];
  /** Every listed project together, month by month: completed so far against the plans pro rata. */
  cumulative: CumulativePoint[];
};

/**
 * The key projects against plan (/dashboard/key-projects): managers and admins see all of them,
 * an officer those whose task force they are on or whose owner they are paired with.
 */
export async function listKeyProjects(viewer: Viewer): Promise<KeyProjectBoard> {
  authorize(viewer, 'keyProject.list');
  const db = await getDb();
  const { asOf, year } = asOfToday();
  const visible = (await loadKeyProjects(db, asOf, year)).filter((p) => can(viewer, 'keyProject.read', p.resource));
  const annualPlan = visible.reduce((sum, p) => sum + p.annualPlanYuan, 0);
  return {
    asOf,
    year,
    projects: visible.map(summary),
    totalsByLevel: totalsByLevel(visible),
    groups: totalsByGroup(visible),
    cumulative: cumulativeByMonth(
      visible.flatMap((p) => p.reports),
      annualPlan,
      year,
      asOf,
    ),
  };
}

export type InvestmentReportView = {
  id: string;
  month: string;
  amountYuan: number;
  note: string | null;
  correctionReason: string | null;
  supersedesId: string | null;
  supersededAt: string | null;
  reportedBy: string | null;
  reportedAt: string;
};

export type KeyProjectDetail = KeyProjectSummary & {
  asOf: string;
  year: number;
  team: TeamMember[];
  milestones: MilestoneView[];
  cumulative: CumulativePoint[];
  /** Every report, corrected ones included, newest month first and, within a month, newest first. */
  reports: InvestmentReportView[];
  may: { report: boolean; recordMilestone: boolean; manage: boolean };
};

/**
 * One key project with its report history, milestones and task force; null when the project is not a
 * key project. The project page asks `quietly`: staff who read the project but not its figures (a
 * reviewer of one of its cases) get null there rather than a refusal.
 */
export async function getKeyProject(
  viewer: Viewer,
  projectId: string,
  options: { quietly?: boolean } = {},
): Promise<KeyProjectDetail | null> {
  if (!UUID.safeParse(projectId).success) throw notFound('project');
  const db = await getDb();
  const { asOf, year } = asOfToday();
  const [loaded] = await loadKeyProjects(db, asOf, year, projectId);
  if (!loaded) {
    // Says only that this id is not a key project's, and only to someone signed in.
    if (viewer.kind !== 'user') throw unauthenticated();
    return null;
  }
  if (options.quietly && viewer.kind === 'user' && !can(viewer, 'keyProject.read', loaded.resource)) return null;
  authorize(viewer, 'keyProject.read', loaded.resource);
  const history = await db
    .select({ r: investmentReports, reportedBy: users.name })
    .from(investmentReports)
    .leftJoin(users, eq(users.id, investmentReports.reportedBy))
    .where(eq(investmentReports.projectId, projectId))
    .orderBy(desc(investmentReports.month), desc(investmentReports.reportedAt));
  return {
    ...summary(loaded),
    asOf,
    year,
    team: loaded.team,
    milestones: loaded.milestones,
    cumulative: cumulativeByMonth(loaded.reports, loaded.annualPlanYuan, year, asOf),
    reports: history.map(({ r, reportedBy }) => ({
      id: r.id,
      month: r.month,
      amountYuan: r.amountYuan,
      note: r.note,
      correctionReason: r.correctionReason,
      supersedesId: r.supersedesId,
      supersededAt: r.supersededAt?.toISOString() ?? null,
      reportedBy,
      reportedAt: r.reportedAt.toISOString(),
    })),
    may: {
      report: can(viewer, 'keyProject.report', loaded.resource),
      recordMilestone: can(viewer, 'keyProject.milestone', loaded.resource),
      manage: can(viewer, 'keyProject.manage', loaded.resource),
    },
  };
}

/** The access facts of one key project (for the checks of a change), or notFound. */
async function keyProjectResource(db: Executor, projectId: string): Promise<Resource> {
  if (!UUID.safeParse(projectId).success) throw notFound('keyProject');
  const [row] = await db
    .select({ enterpriseId: projects.enterpriseId, pairedOfficerId: officerEnterprises.officerId })
    .from(keyProjects)
    .innerJoin(projects, eq(projects.id, keyProjects.projectId))
    .leftJoin(officerEnterprises, eq(officerEnterprises.enterpriseId, projects.enterpriseId))
    .where(eq(keyProjects.projectId, projectId));
  if (!row) throw notFound('keyProject');
  const team = await db
    .select({ userId: keyProjectTeamMembers.userId })
    .from(keyProjectTeamMembers)
    .where(eq(keyProjectTeamMembers.projectId, projectId));
  return { ...row, teamMemberIds: team.map((t) => t.userId) };
}

const fieldError = (field: string, key: string) => new DomainError('invalid', key, { [field]: [key] });

export type KeyProjectSettings = {
  projectId: string;
  level: KeyProjectLevel;
  programme: KeyProjectProgramme;
  plannedYuan: number;
  continuing: boolean;
  startedOn: string | null;
  year: number;
  annualPlanYuan: number;
};

/** Marks a project key, or edits its level, programme, planned investment, start and one year's plan. */
export async function saveKeyProject(viewer: Viewer, input: KeyProjectSettings, meta: RequestMeta): Promise<void> {
  authorize(viewer, 'keyProject.manage');
  if (!UUID.safeParse(input.projectId).success) throw notFound('project');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [project] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId));
    if (!project) throw notFound('project');
    const [before] = await tx.select().from(keyProjects).where(eq(keyProjects.projectId, input.projectId)).for('update');
    const values = {
      level: input.level,
      programme: input.programme,
      plannedYuan: input.plannedYuan,
      continuing: input.continuing,
      startedOn: input.startedOn,
    };
    await tx
      .insert(keyProjects)
      .values({ projectId: input.projectId, ...values, markedBy: actorId(viewer), markedAt: currentInstant() })
      .onConflictDoUpdate({ target: keyProjects.projectId, set: values });
    await tx
      .insert(keyProjectAnnualPlans)
      .values({ projectId: input.projectId, year: input.year, planYuan: input.annualPlanYuan })
      .onConflictDoUpdate({
        target: [keyProjectAnnualPlans.projectId, keyProjectAnnualPlans.year],
        set: { planYuan: input.annualPlanYuan },
      });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: before ? 'keyProject.update' : 'keyProject.mark',
      entityType: 'project',
      entityId: input.projectId,
      before: before ?? undefined,
      after: input,
    });
  });
}

/** Adds a milestone with its planned date. */
export async function addMilestone(
  viewer: Viewer,
  input: { projectId: string; name: string; plannedOn: string },
  meta: RequestMeta,
): Promise<{ id: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    authorize(viewer, 'keyProject.manage', await keyProjectResource(tx, input.projectId));
    const [last] = await tx
      .select({ position: keyProjectMilestones.position })
      .from(keyProjectMilestones)
      .where(eq(keyProjectMilestones.projectId, input.projectId))
      .orderBy(desc(keyProjectMilestones.position))
      .limit(1);
    const [created] = await tx
      .insert(keyProjectMilestones)
      .values({ ...input, position: (last?.position ?? -1) + 1 })
      .returning({ id: keyProjectMilestones.id });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'keyProject.addMilestone',
      entityType: 'project',
      entityId: input.projectId,
      after: { id: created.id, ...input },
    });
    return created;
  });
}

/** Sets the task force: one lead officer (or none) and members from the departments. */
export async function setTaskForce(
  viewer: Viewer,
  input: { projectId: string; leadId: string | null; memberIds: string[] },
  meta: RequestMeta,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const resource = await keyProjectResource(tx, input.projectId);
    authorize(viewer, 'keyProject.manage', resource);
    const memberIds = [...new Set(input.memberIds)].filter((id) => id !== input.leadId);
    const wanted = [...(input.leadId ? [input.leadId] : []), ...memberIds];
    if (wanted.some((id) => !UUID.safeParse(id).success)) throw fieldError('memberIds', 'unknownUser');
    const known = wanted.length ? await tx.select({ id: users.id }).from(users).where(inArray(users.id, wanted)) : [];
    if (known.length !== wanted.length) throw fieldError('memberIds', 'unknownUser');
    // "One project, one team" is led by a service officer: the form offers only officers, the server holds to it.
    if (input.leadId) {
      const [lead] = await tx
        .select({ id: userRoles.userId })
        .from(userRoles)
        .innerJoin(users, eq(users.id, userRoles.userId))
        .where(and(eq(userRoles.userId, input.leadId), eq(userRoles.role, 'officer'), isNull(users.disabledAt)));
      if (!lead) throw fieldError('leadId', 'leadNotOfficer');
    }
    await tx.delete(keyProjectTeamMembers).where(eq(keyProjectTeamMembers.projectId, input.projectId));
    if (wanted.length) {
      await tx.insert(keyProjectTeamMembers).values([
        ...(input.leadId ? [{ projectId: input.projectId, userId: input.leadId, role: 'lead' as const }] : []),
        ...memberIds.map((userId) => ({ projectId: input.projectId, userId, role: 'member' as const })),
      ]);
    }
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'keyProject.setTaskForce',
      entityType: 'project',
      entityId: input.projectId,
      before: { teamMemberIds: resource.teamMemberIds },
      after: { leadId: input.leadId, memberIds },
    });
  });
}

export type TaskForceCandidate = { id: string; name: string; officer: boolean; department: { zh: string; en: string } | null };

/** Who may join a task force: active officers (the only possible leads) and the departments' clerks and reviewers. */
export async function listTaskForceCandidates(viewer: Viewer): Promise<TaskForceCandidate[]> {
  authorize(viewer, 'keyProject.manage');
  const db = await getDb();
  const hasRole = (roles: string[]) =>
    sql<boolean>`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role}::text in ${roles})`;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      officer: hasRole(['officer']),
      departmentZh: departments.nameZh,
      departmentEn: departments.nameEn,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(isNull(users.disabledAt), hasRole(['officer', 'clerk', 'reviewer'])))
    .orderBy(asc(departments.sortOrder), asc(users.name));
  return rows.map(({ departmentZh, departmentEn, ...r }) => ({
    ...r,
    department: departmentZh && departmentEn ? { zh: departmentZh, en: departmentEn } : null,
  }));
}

/**
 * Reports a month's investment completed. A month already reported is corrected instead
 * (correctInvestmentReport), with a reason: a figure is never silently overwritten.
 */
export async function reportInvestment(
  viewer: Viewer,
  input: { projectId: string; month: string; amountYuan: number; note?: string | null },
  meta: RequestMeta,
): Promise<{ id: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    authorize(viewer, 'keyProject.report', await keyProjectResource(tx, input.projectId));
    if (input.month > zoneDate(currentInstant())) throw fieldError('month', 'futureMonth');
    const [existing] = await tx
      .select({ id: investmentReports.id })
      .from(investmentReports)
      .where(
        and(
          eq(investmentReports.projectId, input.projectId),
          eq(investmentReports.month, input.month),
          isNull(investmentReports.supersededAt),
        ),
      );
    if (existing) throw conflict('monthReported', { month: ['monthReported'] });
    const [created] = await tx
      .insert(investmentReports)
      .values({
        projectId: input.projectId,
        month: input.month,
        amountYuan: input.amountYuan,
        note: input.note ?? null,
        reportedBy: actorId(viewer),
        reportedAt: currentInstant(),
      })
      .returning({ id: investmentReports.id });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'keyProject.report',
      entityType: 'project',
      entityId: input.projectId,
      after: { reportId: created.id, month: input.month, amountYuan: input.amountYuan },
    });
    return created;
  });
}

/**
 * Corrects a month's report: the new figure is a new row that supersedes the old one, which is
 * kept (marked superseded) with its figure, so the history shows both and why.
 */
export async function correctInvestmentReport(
  viewer: Viewer,
  input: { reportId: string; amountYuan: number; reason: string },
  meta: RequestMeta,
): Promise<{ id: string }> {
  if (!UUID.safeParse(input.reportId).success) throw notFound('report');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(investmentReports).where(eq(investmentReports.id, input.reportId)).for('update');
    if (!old) throw notFound('report');
    authorize(viewer, 'keyProject.report', await keyProjectResource(tx, old.projectId));
    if (old.supersededAt) throw conflict('reportSuperseded');
    const now = currentInstant();
    await tx.update(investmentReports).set({ supersededAt: now }).where(eq(investmentReports.id, old.id));
    const [created] = await tx
      .insert(investmentReports)
      .values({
        projectId: old.projectId,
        month: old.month,
        amountYuan: input.amountYuan,
        note: old.note,
        correctionReason: input.reason,
        supersedesId: old.id,
        reportedBy: actorId(viewer),
        reportedAt: now,
      })
      .returning({ id: investmentReports.id });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'keyProject.correctReport',
      entityType: 'project',
      entityId: old.projectId,
      before: { reportId: old.id, month: old.month, amountYuan: old.amountYuan },
      after: { reportId: created.id, amountYuan: input.amountYuan, reason: input.reason },
    });
    return created;
  });
}

/** Records the day a milestone was actually reached. */
export async function recordMilestone(
  viewer: Viewer,
  input: { milestoneId: string; actualOn: string },
  meta: RequestMeta,
): Promise<void> {
  if (!UUID.safeParse(input.milestoneId).success) throw notFound('milestone');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [milestone] = await tx
      .select()
      .from(keyProjectMilestones)
      .where(eq(keyProjectMilestones.id, input.milestoneId))
      .for('update');
    if (!milestone) throw notFound('milestone');
    authorize(viewer, 'keyProject.milestone', await keyProjectResource(tx, milestone.projectId));
    if (input.actualOn > zoneDate(currentInstant())) throw fieldError('actualOn', 'futureDate');
    await tx.update(keyProjectMilestones).set({ actualOn: input.actualOn }).where(eq(keyProjectMilestones.id, milestone.id));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'keyProject.milestone',
      entityType: 'project',
      entityId: milestone.projectId,
      before: { milestoneId: milestone.id, actualOn: milestone.actualOn },
      after: { milestoneId: milestone.id, actualOn: input.actualOn },
    });
  });
}

export type KeyProjectsPayload = {
  asOf: string;
  groups: { group: KeyProjectGroup; count: number; plannedYuan: number; annualPlanYuan: number; completedYuan: number }[];
  projects: {
    code: string;
    name: string;
    level: KeyProjectLevel;
    group: KeyProjectProgramme;
    plannedYuan: number;
    annualPlanYuan: number;
    completedYuan: number;
    officer: string | null;
    behindPlan: boolean;
  }[];
};

/**
 * GET /api/v1/key-projects: the zone's figures for its other systems (big screen, the province's
 * reporting) — every tracked project, whoever of the staff asks. A project's `group` is its
 * programme; the groups' totals count provincial projects under both 'key' and 'provincial'.
 */
export async function keyProjectsPayload(viewer: Viewer): Promise<KeyProjectsPayload> {
  authorize(viewer, 'keyProject.api');
  const db = await getDb();
  const { asOf, year } = asOfToday();
  const all = await loadKeyProjects(db, asOf, year);
  const tracked = all.filter((p) => groupsOf(p).length > 0);
  return {
    asOf,
    groups: totalsByGroup(tracked),
    projects: tracked.map((p) => ({
      code: p.code,
      name: p.name,
      level: p.level,
      group: p.programme,
      plannedYuan: p.plannedYuan,
      annualPlanYuan: p.annualPlanYuan,
      completedYuan: p.completedYuan,
      officer: p.leadOfficer,
      behindPlan: p.behindPlan,
    })),
  };
}
