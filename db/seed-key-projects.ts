import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from './client';
import {
  enterpriseMembers,
  enterprises,
  investmentReports,
  keyProjectAnnualPlans,
  keyProjectMilestones,
  keyProjects,
  keyProjectTeamMembers,
  projects,
  userRoles,
  users,
  type KeyProjectLevel,
  type KeyProjectProgramme,
} from './schema';
import { areaM2, type PolygonGeometry } from '../lib/domain/geometry';
import { makeProjectCode, type ProjectIndustry } from '../lib/domain/project-code';
import type { ProjectStage } from '../lib/domain/project-stages';

/*
 * The zone's key projects and urban-upgrading projects with the report's figures exactly (DESIGN
 * §11), as of the end of November 2026: 12 provincial and municipal key projects (5 provincial),
 * 21.78 bn planned, 8.53 bn this year's plan, 9.16 bn completed (provincial: 18.47 / 6.5 / 7.05 bn);
 * 22 urban-upgrading projects (3 continuing, 19 new, 18 started), 4.796 / 2.481 / 2.11 bn. Each
 * project's completed figure is split into monthly reports that add up to it exactly.
 */

export const KEY_PROJECT_YEAR = 2026;
/** The last month reported in the seed: the report's "by the end of November". */
const LAST_MONTH = 11;
const M = 1_000_000;

/** The zone's own platform company that carries the urban-upgrading works. */
export const PLATFORM_COMPANY = '许昌经济技术开发区投资发展有限公司';
const HONGZHIYE = '河南鸿之业新材料有限公司';
const DEMO_OFFICER = 'officer@onewindow.test';

type SeedKeyProject = {
  /** An existing demo project (db/seed-data.ts demoProjects) by code, or a new one to create. */
  code: string;
  create?: {
    enterpriseName: string;
    name: string;
    industry: ProjectIndustry;
    stage: ProjectStage;
    floorAreaM2: number;
    parcel: PolygonGeometry;
    year: number;
    type?: '01' | '03';
  };
  level: KeyProjectLevel;
  programme: KeyProjectProgramme;
  plannedM: number;
  annualPlanM: number;
  completedM: number;
  continuing: boolean;
  startedOn: string | null;
  /** The milestone "main structure topped out" is late: planned at the end of September, not reached. */
  lateTopping?: boolean;
};

function block(west: number, south: number, east: number, north: number): PolygonGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

let keySerial = 200;
/** A new key project of a demo enterprise, on its own block of the zone's southern row. */
function newKey(
  enterpriseName: string,
  name: string,
  industry: ProjectIndustry,
  floorAreaM2: number,
  figures: Omit<SeedKeyProject, 'code' | 'create' | 'programme'>,
): SeedKeyProject {
  keySerial += 1;
  const i = keySerial - 201;
  const year = figures.continuing ? 2025 : 2026;
  const west = 113.825 + i * 0.006;
  return {
    code: makeProjectCode({ year, industry, serial: keySerial }),
    create: {
      enterpriseName,
      name,
      industry,
      stage: 'construction_permit',
      floorAreaM2,
      parcel: block(west, 33.992, west + 0.004, 33.996),
      year,
    },
    programme: 'key',
    ...figures,
  };
}

const KEY_PROJECTS: SeedKeyProject[] = [
  // Provincial (5): 18.47 bn planned, 6.5 bn this year, 7.05 bn completed.
  {
    code: '2026-411071-38-03-000103', // 巨领 500MWh储能电池生产基地项目
    level: 'provincial',
    programme: 'key',
    plannedM: 5000,
    annualPlanM: 1800,
    completedM: 2050,
    continuing: false,
    startedOn: '2026-03-18',
  },
  newKey('许昌鸿钧飞机制造有限公司', '军民融合通用航空产业基地项目', '37', 420_000, {
    level: 'provincial',
    plannedM: 6000,
    annualPlanM: 2000,
    completedM: 1600,
    continuing: true,
    startedOn: '2025-08-08',
    lateTopping: true,
  }),
  newKey('许继电气股份有限公司', '智能电网装备产业园项目', '38', 260_000, {
    level: 'provincial',
    plannedM: 3200,
    annualPlanM: 1100,
    completedM: 1500,
    continuing: true,
    startedOn: '2025-05-20',
  }),
  newKey('西继迅达（许昌）电梯有限公司', '电梯智能制造基地项目', '34', 210_000, {
    level: 'provincial',
    plannedM: 2270,
    annualPlanM: 900,
    completedM: 1200,
    continuing: true,
    startedOn: '2025-10-10',
  }),
  newKey('许昌瑞达生物医药有限公司', '生物医药产业园创新药生产基地项目', '27', 150_000, {
    level: 'provincial',
    plannedM: 2000,
    annualPlanM: 700,
    completedM: 700,
    continuing: false,
    startedOn: '2026-01-12',
  }),
  // Municipal (7): 3.31 bn planned, 2.03 bn this year, 2.11 bn completed.
  {
    code: '2025-411071-30-03-000101', // 鸿之业 新型绿色建材产业园项目（一期）
    level: 'municipal',
    programme: 'key',
    plannedM: 250,
    annualPlanM: 120,
    completedM: 80,
    continuing: true,
    startedOn: '2025-11-08',
    lateTopping: true,
  },
  newKey('许昌中锋数控科技有限公司', '智能数控机床产业化项目', '34', 68_000, {
    level: 'municipal',
    plannedM: 500,
    annualPlanM: 350,
    completedM: 420,
    continuing: false,
    startedOn: '2026-01-20',
  }),
  newKey('晶锐科技有限公司', '电子专用材料生产线项目', '39', 90_000, {
    level: 'municipal',
    plannedM: 800,
    annualPlanM: 500,
    completedM: 550,
    continuing: true,
    startedOn: '2025-09-01',
  }),
  newKey('许昌鑫达电力设备有限公司', '输变电设备扩能项目', '38', 56_000, {
    level: 'municipal',
    plannedM: 500,
    annualPlanM: 300,
    completedM: 200,
    continuing: false,
    startedOn: '2026-02-15',
    lateTopping: true,
  }),
  newKey('许昌渊鸿商贸有限公司', '一峰仓储物流中心项目', '59', 120_000, {
    level: 'municipal',
    plannedM: 560,
    annualPlanM: 360,
    completedM: 400,
    continuing: false,
    startedOn: '2026-01-08',
  }),
  newKey('许继电气股份有限公司', '配电物联网设备产业化项目', '38', 45_000, {
    level: 'municipal',
    plannedM: 350,
    annualPlanM: 150,
    completedM: 160,
    continuing: false,
    startedOn: '2026-03-02',
  }),
  newKey('西继迅达（许昌）电梯有限公司', '电梯部件配套产业园项目', '34', 52_000, {
    level: 'municipal',
    plannedM: 350,
    annualPlanM: 250,
    completedM: 300,
    continuing: false,
    startedOn: '2026-01-15',
  }),
];

/** Urban upgrading (城市提质): name, estimate, this year's plan, done (millions), continuing, started on. */
const URBAN: [string, number, number, number, boolean, string | null][] = [
  ['长安大道东延道路工程', 520, 290, 230, true, '2025-04-10'],
  ['区域污水管网改造工程', 380, 160, 170, true, '2025-06-18'],
  ['魏武大道综合管廊工程', 460, 260, 190, true, '2025-09-05'],
  ['瑞祥路快速化改造工程', 300, 190, 140, false, '2026-03-01'],
  ['清潩河滨河公园提质工程', 260, 190, 150, false, '2026-03-15'],
  ['电力装备产业园道路提升工程', 240, 130, 120, false, '2026-03-20'],
  ['智能装备产业园配套道路工程', 220, 120, 125, false, '2026-04-01'],
  ['生物医药产业园雨污分流工程', 200, 110, 95, false, '2026-04-08'],
  ['电梯产业园标准化厂房配套工程', 210, 120, 130, false, '2026-04-15'],
  ['电子商务产业园停车场建设工程', 150, 80, 85, false, '2026-04-22'],
  ['永昌大道绿化提升工程', 180, 95, 100, false, '2026-05-06'],
  ['新兴路路灯亮化工程', 90, 60, 62, false, '2026-05-12'],
  ['华佗路人行道改造工程', 120, 70, 50, false, '2026-05-20'],
  ['公租房小区配套提升工程', 230, 110, 115, false, '2026-06-01'],
  ['智慧城市综合管理平台', 160, 90, 92, false, '2026-06-10'],
  ['阳光大道交通信号改造工程', 110, 65, 66, false, '2026-06-18'],
  ['中心片区供热管网工程', 250, 120, 110, false, '2026-07-01'],
  ['邻里中心建设工程', 170, 91, 80, false, '2026-07-15'],
  ['创业路排水防涝工程', 136, 40, 0, false, null],
  ['许继大道口袋公园工程', 80, 35, 0, false, null],
  ['长村张片区道路工程', 150, 30, 0, false, null],
  ['物流大道拓宽工程', 180, 25, 0, false, null],
];

const URBAN_PROJECTS: SeedKeyProject[] = URBAN.map(([name, plannedM, annualPlanM, completedM, continuing, startedOn], i) => {
  const year = continuing ? 2025 : 2026;
  // Two rows of small blocks in the middle of the zone.
  const west = 113.825 + (i % 11) * 0.005;
  const south = i < 11 ? 34.0 : 34.004;
  return {
    code: makeProjectCode({ year, industry: '48', serial: 301 + i, type: '01' }),
    create: {
      enterpriseName: PLATFORM_COMPANY,
      name,
      industry: '48',
      stage: startedOn ? 'construction_permit' : 'land_planning',
      floorAreaM2: 0,
      parcel: block(west, south, west + 0.003, south + 0.0015),
      year,
      type: '01',
    },
    level: 'zone',
    programme: 'urban_upgrading',
    plannedM,
    annualPlanM,
    completedM,
    continuing,
    startedOn,
  };
});

export const SEED_KEY_PROJECTS = [...KEY_PROJECTS, ...URBAN_PROJECTS];

// Investment grows through the year: the share of each month (January … November).
const MONTH_WEIGHTS = [5, 6, 8, 9, 9, 10, 10, 11, 11, 11, 10];

/** Splits `total` over the months from `first` to November by MONTH_WEIGHTS; the last takes the remainder, so they add up exactly. */
export function monthlySplit(total: number, first: number): { month: number; amount: number }[] {
  const months = Array.from({ length: LAST_MONTH - first + 1 }, (_, i) => first + i);
  const weightSum = months.reduce((sum, m) => sum + MONTH_WEIGHTS[m - 1], 0);
  const split = months.map((m) => ({ month: m, amount: Math.floor((total * MONTH_WEIGHTS[m - 1]) / weightSum) }));
  split[split.length - 1].amount += total - split.reduce((sum, s) => sum + s.amount, 0);
  return split;
}

const monthDate = (m: number) => `${KEY_PROJECT_YEAR}-${String(m).padStart(2, '0')}-01`;

/**
 * Inserts the key projects (and their projects, the platform company, plans, milestones, task
 * forces and monthly reports) that are not there yet. Idempotent: a project already marked key
 * is left as it is. Task forces: the demo officer leads the 鸿之业 project; the other officers, in
 * e-mail order, lead the rest in turn (none while the demo officer is the only one); two reviewers
 * from the departments join each. Returns how many projects were marked key.
 */
export async function seedKeyProjects(tx: Executor): Promise<number> {
  await tx
    .insert(enterprises)
    .values({
      name: PLATFORM_COMPANY,
      industry: '城市基础设施投资建设',
      // The zone's own company, in no park and paired with no officer: the 113 served enterprises are the parks'.
      park: null,
      address: '河南省许昌经济技术开发区长安大道1688号',
    })
    .onConflictDoNothing({ target: enterprises.name });
  const entNames = [...new Set(SEED_KEY_PROJECTS.flatMap((p) => (p.create ? [p.create.enterpriseName] : [])))];
  const entIds = new Map(
    (
      await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, entNames))
    ).map((e) => [e.name, e.id]),
  );
  const toCreate = SEED_KEY_PROJECTS.flatMap((p) => (p.create ? [{ ...p.create, code: p.code, plannedM: p.plannedM }] : []));
  await tx
    .insert(projects)
    .values(
      toCreate.map(({ enterpriseName, plannedM, year: _year, type: _type, ...p }, i) => {
        const enterpriseId = entIds.get(enterpriseName);
        if (!enterpriseId) throw new Error(`seed: key project ${p.code} of unknown enterprise ${enterpriseName}`);
        return {
          ...p,
          enterpriseId,
          siteParcel: `许经开〔${p.code.slice(0, 4)}〕${p.industry === '48' ? '市政' : '工业'}-${String(101 + i).padStart(3, '0')}`,
          totalInvestmentYuan: plannedM * M,
          landAreaM2: Math.round(areaM2(p.parcel)),
        };
      }),
    )
    .onConflictDoNothing({ target: projects.code });

  const projectRows = await tx
    .select({ id: projects.id, code: projects.code, enterpriseId: projects.enterpriseId, enterpriseName: enterprises.name })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(
      inArray(
        projects.code,
        SEED_KEY_PROJECTS.map((p) => p.code),
      ),
    );
  const byCode = new Map(projectRows.map((p) => [p.code, p]));
  const marked = await tx
    .insert(keyProjects)
    .values(
      SEED_KEY_PROJECTS.map((p) => {
        const row = byCode.get(p.code);
        if (!row) throw new Error(`seed: key project ${p.code} has no project`);
        return {
          projectId: row.id,
          level: p.level,
          programme: p.programme,
          plannedYuan: p.plannedM * M,
          continuing: p.continuing,
          startedOn: p.startedOn,
        };
      }),
    )
    .onConflictDoNothing({ target: keyProjects.projectId })
    .returning({ projectId: keyProjects.projectId });
  if (!marked.length) return 0;
  const fresh = new Set(marked.map((m) => m.projectId));
  const seeded = SEED_KEY_PROJECTS.map((p, index) => ({ ...p, index, row: byCode.get(p.code)! })).filter((p) =>
    fresh.has(p.row.id),
  );

  const staff = async (role: 'officer' | 'reviewer') =>
    tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
      .orderBy(asc(users.email));
  const [officers, reviewers] = await Promise.all([staff('officer'), staff('reviewer')]);
  const demoOfficer = officers.find((o) => o.email === DEMO_OFFICER);
  const otherOfficers = officers.filter((o) => o.email !== DEMO_OFFICER);
  const owners = new Map(
    (
      await tx
        .select({ enterpriseId: enterpriseMembers.enterpriseId, userId: enterpriseMembers.userId })
        .from(enterpriseMembers)
        .where(and(eq(enterpriseMembers.role, 'owner'), eq(enterpriseMembers.status, 'active')))
        .orderBy(asc(enterpriseMembers.createdAt))
    )
      .reverse()
      .map((m) => [m.enterpriseId, m.userId]),
  );

  await tx
    .insert(keyProjectAnnualPlans)
    .values(seeded.map((p) => ({ projectId: p.row.id, year: KEY_PROJECT_YEAR, planYuan: p.annualPlanM * M })));

  const team = seeded.flatMap((p) => {
    const lead = p.row.enterpriseName === HONGZHIYE ? demoOfficer : otherOfficers[p.index % Math.max(otherOfficers.length, 1)];
    const members = reviewers.length ? [reviewers[p.index % reviewers.length], reviewers[(p.index + 3) % reviewers.length]] : [];
    return [
      ...(lead ? [{ projectId: p.row.id, userId: lead.id, role: 'lead' as const }] : []),
      ...[...new Set(members.map((m) => m.id))].map((userId) => ({ projectId: p.row.id, userId, role: 'member' as const })),
    ];
  });
  if (team.length) await tx.insert(keyProjectTeamMembers).values(team).onConflictDoNothing();

  await tx.insert(keyProjectMilestones).values(
    seeded.flatMap((p) => {
      const started = p.startedOn;
      const year = Number(p.code.slice(0, 4));
      return [
        {
          projectId: p.row.id,
          name: '开工建设',
          position: 0,
          plannedOn: started ?? '2026-10-31',
          actualOn: started,
        },
        ...(p.programme === 'key'
          ? [
              {
                projectId: p.row.id,
                name: '主体封顶',
                position: 1,
                plannedOn: '2026-09-30',
                actualOn: p.lateTopping ? null : '2026-09-26',
              },
            ]
          : []),
        {
          projectId: p.row.id,
          name: p.programme === 'key' ? '竣工投产' : '完工验收',
          position: 2,
          plannedOn: `${year + 2}-06-30`,
          actualOn: null,
        },
      ];
    }),
  );

  const reports = seeded.flatMap((p) => {
    if (!p.completedM) return [];
    const started = p.startedOn && p.startedOn > `${KEY_PROJECT_YEAR}` ? Number(p.startedOn.slice(5, 7)) : 1;
    const reportedBy = owners.get(p.row.enterpriseId) ?? null;
    return monthlySplit(p.completedM * M, started).map(({ month, amount }) => ({
      id: randomUUID(),
      projectId: p.row.id,
      month: monthDate(month),
      amountYuan: amount,
      reportedBy,
      reportedAt: new Date(`${monthDate(month).slice(0, 8)}25T10:00:00+08:00`),
    }));
  });
  // One corrected report, so the history shows how a correction reads: the September figure of the
  // smart-grid park first counted an equipment prepayment.
  const smartGrid = seeded.find((p) => p.code === KEY_PROJECTS[2].code);
  const september = smartGrid && reports.find((r) => r.projectId === smartGrid.row.id && r.month === monthDate(9));
  const superseded = september && {
    ...september,
    id: randomUUID(),
    amountYuan: september.amountYuan + 30 * M,
    reportedAt: new Date('2026-09-25T10:00:00+08:00'),
    supersededAt: new Date('2026-10-09T09:30:00+08:00'),
  };
  if (september && superseded) {
    Object.assign(september, {
      supersedesId: superseded.id,
      correctionReason: '剔除设备预付款3000万元（未到货，不计入完成投资）',
      reportedAt: new Date('2026-10-09T09:30:00+08:00'),
    });
  }
  await tx.insert(investmentReports).values(superseded ? [superseded, ...reports] : reports);
  return marked.length;
}
