import 'server-only';
import { and, asc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  cases,
  enterpriseProblems,
  enterprises,
  keyProjectMilestones,
  keyProjects,
  obligations,
  officerEnterprises,
  projects,
  ratingFollowUps,
} from '@/db/schema';
import type { KeyProjectLevel } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { addCalendarDays, zoneDate } from '@/lib/domain/clock';
import { OWED_STATES } from '@/lib/domain/obligation-states';
import { listOpenCasesOfEnterprises, type CaseListItem } from './cases';
import { authorize } from './viewer';

/** How far ahead an obligation counts as due soon on the officer's home. */
const OBLIGATION_HORIZON_DAYS = 14;

export type OfficerHome = {
  today: string;
  enterprises: { id: string; name: string; park: string | null; industry: string | null; openCases: number }[];
  projects: { id: string; code: string; name: string; enterpriseName: string; stage: string; keyLevel: KeyProjectLevel | null }[];
  cases: CaseListItem[];
  obligations: { id: string; caseId: string; caseNumber: string | null; enterpriseName: string; requirement: string; dueDate: string; overdue: boolean }[];
  followUps: { id: string; caseId: string; caseNumber: string | null; enterpriseName: string; state: string; dueOn: string; overdue: boolean }[];
  problems: { id: string; title: string; kind: string; state: string; enterpriseName: string; dueOn: string; overdue: boolean }[];
  milestones: { id: string; name: string; plannedOn: string; projectId: string; projectName: string; enterpriseName: string }[];
};

/**
 * The officer's home (one-on-one service, DESIGN §7): the enterprises paired with them, their
 * projects (key ones marked), and what needs attention there — open cases with their clocks,
 * obligations due within two weeks or overdue, bad ratings to follow up, problems open and
 * milestones of key projects past their planned date. Each list comes most urgent first.
 */
export async function getOfficerHome(viewer: Viewer): Promise<OfficerHome> {
  authorize(viewer, 'officer.home');
  const officerId = viewer.kind === 'user' ? viewer.userId : '';
  const db = await getDb();
  const today = zoneDate(new Date());
  const ents = await db
    .select({ id: enterprises.id, name: enterprises.name, park: enterprises.park, industry: enterprises.industry })
    .from(officerEnterprises)
    .innerJoin(enterprises, eq(enterprises.id, officerEnterprises.enterpriseId))
    .where(eq(officerEnterprises.officerId, officerId))
    .orderBy(asc(enterprises.name));
  const ids = ents.map((e) => e.id);
  if (!ids.length)
    return { today, enterprises: [], projects: [], cases: [], obligations: [], followUps: [], problems: [], milestones: [] };

  const [caseList, projectRows, obligationRows, followUpRows, problemRows, milestoneRows] = await Promise.all([
    listOpenCasesOfEnterprises(ids),
    db
      .select({
        id: projects.id,
        code: projects.code,
        name: projects.name,
        enterpriseName: enterprises.name,
        stage: projects.stage,
        keyLevel: keyProjects.level,
      })
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .leftJoin(keyProjects, eq(keyProjects.projectId, projects.id))
      .where(inArray(projects.enterpriseId, ids))
      .orderBy(sql`${keyProjects.level} is null`, asc(projects.name)),
    db
      .select({
        id: obligations.id,
        caseId: obligations.caseId,
        caseNumber: cases.number,
        enterpriseName: enterprises.name,
        requirement: obligations.requirement,
        dueDate: obligations.dueDate,
      })
      .from(obligations)
      .innerJoin(cases, eq(cases.id, obligations.caseId))
      .innerJoin(enterprises, eq(enterprises.id, obligations.enterpriseId))
      .where(
        and(
          inArray(obligations.enterpriseId, ids),
          inArray(obligations.status, [...OWED_STATES]),
          lt(obligations.dueDate, addCalendarDays(today, OBLIGATION_HORIZON_DAYS + 1)),
        ),
      )
      .orderBy(asc(obligations.dueDate)),
    db
      .select({
        id: ratingFollowUps.id,
        caseId: ratingFollowUps.caseId,
        caseNumber: cases.number,
        enterpriseName: enterprises.name,
        state: ratingFollowUps.state,
        dueOn: ratingFollowUps.dueOn,
      })
      .from(ratingFollowUps)
      .innerJoin(cases, eq(cases.id, ratingFollowUps.caseId))
      .innerJoin(enterprises, eq(enterprises.id, ratingFollowUps.enterpriseId))
      .where(and(inArray(ratingFollowUps.enterpriseId, ids), ne(ratingFollowUps.state, 'closed')))
      .orderBy(asc(ratingFollowUps.dueOn)),
    db
      .select({
        id: enterpriseProblems.id,
        title: enterpriseProblems.title,
        kind: enterpriseProblems.kind,
        state: enterpriseProblems.state,
        enterpriseName: enterprises.name,
        dueOn: enterpriseProblems.dueOn,
      })
      .from(enterpriseProblems)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseProblems.enterpriseId))
      .where(and(inArray(enterpriseProblems.enterpriseId, ids), inArray(enterpriseProblems.state, ['open', 'in_progress'])))
      .orderBy(asc(enterpriseProblems.dueOn)),
    db
      .select({
        id: keyProjectMilestones.id,
        name: keyProjectMilestones.name,
        plannedOn: keyProjectMilestones.plannedOn,
        projectId: projects.id,
        projectName: projects.name,
        enterpriseName: enterprises.name,
      })
      .from(keyProjectMilestones)
      .innerJoin(projects, eq(projects.id, keyProjectMilestones.projectId))
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .where(
        and(inArray(projects.enterpriseId, ids), lt(keyProjectMilestones.plannedOn, today), isNull(keyProjectMilestones.actualOn)),
      )
      .orderBy(asc(keyProjectMilestones.plannedOn)),
  ]);

  const openCases = new Map<string, number>();
  for (const c of caseList) openCases.set(c.enterpriseName, (openCases.get(c.enterpriseName) ?? 0) + 1);
  return {
    today,
    enterprises: ents.map((e) => ({ ...e, openCases: openCases.get(e.name) ?? 0 })),
    projects: projectRows,
    // Red first, then yellow, then the rest, each by date: the queue's order of urgency.
    cases: [...caseList].sort((a, b) => CLOCK_ORDER[a.clock] - CLOCK_ORDER[b.clock]),
    obligations: obligationRows.map((o) => ({ ...o, overdue: o.dueDate < today })),
    followUps: followUpRows.map((f) => ({ ...f, overdue: f.dueOn < today })),
    problems: problemRows.map((p) => ({ ...p, overdue: p.dueOn < today })),
    milestones: milestoneRows,
  };
}

const CLOCK_ORDER = { red: 0, yellow: 1, green: 2, none: 3 } as const;
