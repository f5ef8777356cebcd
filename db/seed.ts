import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from './client';
import {
  caseNumberCounters,
  cases,
  NO_DUE_DATE,
  departments,
  enterpriseMembers,
  enterprises,
  projects,
  regionalAssessments,
  serviceItemDepartments,
  serviceItems,
  serviceItemVersions,
  serviceMaterials,
  userRoles,
  users,
} from './schema';
import * as data from './seed-data';
import { seedDemoNames } from './seed-names';
import { hashPassword } from '../lib/auth/password';
import { zoneDate } from '../lib/domain/clock';
import { addWorkingDays } from '../lib/domain/working-days';
import { FINAL_STATES, INTAKE_DAYS } from '../lib/domain/workflow';
import { appendAudit } from '../lib/data/audit';
import { issueNotices } from '../lib/data/notices';

export type SeedReport = { inserted: Record<string, number>; demoUsers: typeof data.demoUsers; demoPassword: string };

/**
 * Loads the demo zone: departments, the catalogue, enterprises of the zone's report, one
 * account per role, the zone's regional assessments, projects and a spread of cases. Idempotent: rows are matched by their natural
 * keys (codes, names, e-mails, case numbers) and never overwritten, so an admin's edits
 * survive a restart. One audit event records what a run added.
 */
export async function seedDemoData(db: Database): Promise<SeedReport> {
  const inserted: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const depts = await tx
      .insert(departments)
      .values(data.departments.map((d) => ({ ...d })))
      .onConflictDoNothing({ target: departments.code })
      .returning({ id: departments.id });
    inserted.departments = depts.length;
    const deptIds = new Map(
      (await tx.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]),
    );
    const deptId = (code: string) => {
      const id = deptIds.get(code);
      if (!id) throw new Error(`seed: unknown department ${code}`);
      return id;
    };

    inserted.serviceItems = 0;
    for (const item of data.serviceItems) {
      const [created] = await tx
        .insert(serviceItems)
        .values({ code: item.code, currentVersion: 1 })
        .onConflictDoNothing({ target: serviceItems.code })
        .returning({ id: serviceItems.id });
      if (!created) {
        // Keywords came after the first catalogues: an item seeded before gets the demo ones, unless it has some.
        await tx
          .update(serviceItemVersions)
          .set({ keywords: item.keywords })
          .where(
            and(
              inArray(
                serviceItemVersions.itemId,
                tx.select({ id: serviceItems.id }).from(serviceItems).where(eq(serviceItems.code, item.code)),
              ),
              sql`cardinality(${serviceItemVersions.keywords}) = 0`,
            ),
          );
        continue;
      }
      inserted.serviceItems += 1;
      const { code: _code, leadDepartmentCode, departments: itemDepts, materials, ...content } = item;
      const [version] = await tx
        .insert(serviceItemVersions)
        .values({ ...content, itemId: created.id, version: 1, leadDepartmentId: deptId(leadDepartmentCode) })
        .returning({ id: serviceItemVersions.id });
      await tx.insert(serviceItemDepartments).values(
        itemDepts.map((d, i) => ({
          versionId: version.id,
          departmentId: deptId(d.code),
          task: d.task,
          timeLimitDays: d.timeLimitDays,
          sortOrder: i,
        })),
      );
      await tx.insert(serviceMaterials).values(materials.map((m, i) => ({ ...m, versionId: version.id, sortOrder: i })));
    }

    const ents = await tx
      .insert(enterprises)
      .values(data.enterprises.map((e) => ({ ...e })))
      .onConflictDoNothing({ target: enterprises.name })
      .returning({ id: enterprises.id });
    inserted.enterprises = ents.length;
    const entIds = new Map(
      (
        await tx
          .select({ id: enterprises.id, name: enterprises.name })
          .from(enterprises)
          .where(
            inArray(
              enterprises.name,
              data.enterprises.map((e) => e.name),
            ),
          )
      ).map((e) => [e.name, e.id]),
    );

    const existingEmails = new Set(
      (
        await tx
          .select({ email: users.email })
          .from(users)
          .where(
            inArray(
              sql`lower(${users.email})`,
              data.demoUsers.map((u) => u.email.toLowerCase()),
            ),
          )
      ).map((u) => u.email.toLowerCase()),
    );
    inserted.users = 0;
    for (const demo of data.demoUsers) {
      if (existingEmails.has(demo.email.toLowerCase())) continue;
      const [user] = await tx
        .insert(users)
        .values({
          email: demo.email,
          name: demo.name,
          passwordHash: await hashPassword(demo.password),
          departmentId: demo.departmentCode ? deptId(demo.departmentCode) : null,
        })
        .returning({ id: users.id });
      await tx.insert(userRoles).values(demo.roles.map((role) => ({ userId: user.id, role })));
      if (demo.enterpriseName) {
        const enterpriseId = entIds.get(demo.enterpriseName);
        if (!enterpriseId) throw new Error(`seed: unknown enterprise ${demo.enterpriseName}`);
        await tx.insert(enterpriseMembers).values({ enterpriseId, userId: user.id, role: 'owner', status: 'active' });
      }
      inserted.users += 1;
    }

    const userIds = new Map(
      (
        await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(
            inArray(
              users.email,
              data.demoUsers.map((u) => u.email),
            ),
          )
      ).map((u) => [u.email, u.id]),
    );
    const assessments = await tx
      .insert(regionalAssessments)
      .values(data.regionalAssessments.map((a) => ({ ...a })))
      .onConflictDoNothing({ target: regionalAssessments.documentNumber })
      .returning({ id: regionalAssessments.id });
    inserted.regionalAssessments = assessments.length;
    const insertedProjects = await tx
      .insert(projects)
      .values(
        data.demoProjects.map(({ enterpriseName, createdByKey, ...p }) => {
          const enterpriseId = entIds.get(enterpriseName);
          const creator = data.demoUsers.find((u) => u.key === createdByKey);
          if (!enterpriseId || !creator) throw new Error(`seed: project ${p.code} refers to unknown data`);
          return { ...p, enterpriseId, createdBy: userIds.get(creator.email) ?? null };
        }),
      )
      .onConflictDoNothing({ target: projects.code })
      .returning({ id: projects.id });
    inserted.projects = insertedProjects.length;
    const projectIds = new Map(
      (
        await tx
          .select({ id: projects.id, code: projects.code })
          .from(projects)
          .where(
            inArray(
              projects.code,
              data.demoProjects.map((p) => p.code),
            ),
          )
      ).map((p) => [p.code, p.id]),
    );

    const items = await tx
      .select({
        id: serviceItems.id,
        code: serviceItems.code,
        versionId: serviceItemVersions.id,
        leadDepartmentId: serviceItemVersions.leadDepartmentId,
        statutoryDays: serviceItemVersions.statutoryDays,
        promisedDays: serviceItemVersions.promisedDays,
      })
      .from(serviceItems)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.itemId, serviceItems.id))
      .where(eq(serviceItemVersions.version, 1));
    const itemByCode = new Map(items.map((i) => [i.code, i]));
    const demoCases = data.demoCases.map((c) => {
      const item = itemByCode.get(c.itemCode);
      const enterpriseId = entIds.get(c.enterpriseName);
      if (!item || !enterpriseId) throw new Error(`seed: case ${c.number} refers to unknown data`);
      const applicant = c.applicantKey ? data.demoUsers.find((u) => u.key === c.applicantKey) : undefined;
      const accepted = c.acceptedAt ? zoneDate(new Date(c.acceptedAt)) : null;
      const legalDeadline = accepted ? addWorkingDays(accepted, item.statutoryDays) : null;
      const serviceDeadline = accepted ? addWorkingDays(accepted, item.promisedDays) : null;
      // The same working date the engine would keep for a case in this state.
      const dueOn =
        c.state === 'submitted'
          ? addWorkingDays(zoneDate(new Date(c.submittedAt)), INTAKE_DAYS)
          : ['accepted', 'in_review', 'approved'].includes(c.state) && serviceDeadline
            ? serviceDeadline
            : NO_DUE_DATE;
      return {
        legalDeadline,
        serviceDeadline,
        dueOn,
        number: c.number,
        itemId: item.id,
        itemVersionId: item.versionId,
        enterpriseId,
        projectId: c.projectCode ? (projectIds.get(c.projectCode) ?? null) : null,
        applicantId: applicant ? (userIds.get(applicant.email) ?? null) : null,
        departmentId: item.leadDepartmentId,
        state: c.state,
        subject: c.subject,
        formData: c.formData,
        submittedAt: new Date(c.submittedAt),
        acceptedAt: c.acceptedAt ? new Date(c.acceptedAt) : null,
        completedAt: c.completedAt ? new Date(c.completedAt) : null,
        // A case that has ended stopped its clocks then (a withdrawal without a date: at its last step).
        closedAt: FINAL_STATES.includes(c.state) ? new Date(c.completedAt ?? c.acceptedAt ?? c.submittedAt) : null,
        createdAt: new Date(c.submittedAt),
      };
    });
    const insertedCases = await tx
      .insert(cases)
      .values(demoCases)
      .onConflictDoNothing({ target: cases.number })
      .returning({ id: cases.id, state: cases.state, acceptedAt: cases.acceptedAt, completedAt: cases.completedAt });
    inserted.cases = insertedCases.length;
    // The notices the demo cases were issued, numbered in the order they were issued.
    const demoNotices = insertedCases.flatMap((c) => [
      ...(c.acceptedAt ? [{ caseId: c.id, kind: 'acceptance' as const, at: c.acceptedAt }] : []),
      ...(c.state === 'refused' && c.completedAt ? [{ caseId: c.id, kind: 'refusal' as const, at: c.completedAt }] : []),
    ]);
    demoNotices.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const n of demoNotices) await issueNotices(tx, { caseId: n.caseId, kinds: [n.kind], at: n.at });
    // New submissions continue after the demo numbers of each year.
    const lastByYear = new Map<number, number>();
    for (const c of data.demoCases) {
      const [, year, n] = c.number.split('-').map(Number);
      lastByYear.set(year, Math.max(lastByYear.get(year) ?? 0, n));
    }
    for (const [year, last] of lastByYear) {
      await tx
        .insert(caseNumberCounters)
        .values({ year, last })
        .onConflictDoUpdate({
          target: caseNumberCounters.year,
          set: { last: sql`greatest(${caseNumberCounters.last}, ${last})` },
        });
    }

    if (Object.values(inserted).some((n) => n > 0)) {
      await appendAudit(
        tx,
        { actorId: null, ip: null },
        { action: 'system.seed', entityType: 'system', entityId: 'demo-data', after: inserted },
      );
    }
  });
  inserted.enterpriseNames = await seedDemoNames(db);
  return { inserted, demoUsers: data.demoUsers, demoPassword: data.DEMO_PASSWORD };
}
