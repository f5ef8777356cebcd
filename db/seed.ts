import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from './client';
import {
  officerEnterprises,
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
import { seedDemoCases } from './seed-cases';
import { seedDemoNames } from './seed-names';
import { seedEnterpriseService } from './seed-service';
import { seedKeyProjects } from './seed-key-projects';
import { hashPassword } from '../lib/auth/password';
import { appendAudit } from '../lib/data/audit';
import { numberClauses } from '../lib/domain/promises';

export type SeedReport = { inserted: Record<string, number>; demoUsers: typeof data.demoUsers; demoPassword: string };

/**
 * Loads the demo zone: departments, the catalogue, enterprises of the zone's report, one
 * account per role (and an agent per other enterprise), the zone's regional assessments,
 * projects, the names registry, and a spread of cases replayed through the real workflow
 * (db/seed-cases.ts). Idempotent: rows are matched by their natural keys (codes, names,
 * e-mails, the demo cases' submission keys) and never overwritten, so an admin's edits
 * survive a restart. One audit event records what a run added.
 *
 * The workflow opens the process database itself: install `db`'s handle with
 * `installDatabaseHandle` before calling this.
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
      const { code: _code, leadDepartmentCode, departments: itemDepts, materials, promiseClauses, ...content } = item;
      const [version] = await tx
        .insert(serviceItemVersions)
        .values({
          ...content,
          promiseClauses: numberClauses(promiseClauses),
          itemId: created.id,
          version: 1,
          leadDepartmentId: deptId(leadDepartmentCode),
        })
        .returning({ id: serviceItemVersions.id });
      await tx.insert(serviceItemDepartments).values(
        itemDepts.map((d, i) => ({
          versionId: version.id,
          departmentId: deptId(d.code),
          task: d.task,
          itemCode: d.itemCode ?? null,
          veto: d.veto ?? data.departments.find((x) => x.code === d.code)?.hasVeto ?? false,
          legalDays: d.legalDays ?? d.timeLimitDays,
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
              [...data.demoUsers, ...data.enterpriseAgents].map((u) => u.email.toLowerCase()),
            ),
          )
      ).map((u) => u.email.toLowerCase()),
    );
    inserted.users = 0;
    // Every demo account has the demo password: hashed once (argon2id is slow on purpose).
    const passwordHash = await hashPassword(data.DEMO_PASSWORD);
    for (const demo of [...data.demoUsers, ...data.enterpriseAgents]) {
      if (existingEmails.has(demo.email.toLowerCase())) continue;
      const [user] = await tx
        .insert(users)
        .values({
          email: demo.email,
          name: demo.name,
          passwordHash,
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
    const pairings = await tx
      .insert(officerEnterprises)
      .values(
        data.demoPairings.map(({ officerKey, enterpriseName }) => {
          const enterpriseId = entIds.get(enterpriseName);
          const officer = data.demoUsers.find((u) => u.key === officerKey);
          const officerId = officer && userIds.get(officer.email);
          if (!enterpriseId || !officerId) throw new Error(`seed: pairing of ${enterpriseName} refers to unknown data`);
          return { enterpriseId, officerId };
        }),
      )
      .onConflictDoNothing({ target: officerEnterprises.enterpriseId })
      .returning({ id: officerEnterprises.enterpriseId });
    inserted.officerPairings = pairings.length;
    Object.assign(inserted, await seedEnterpriseService(tx, { passwordHash, departmentId: deptId('enterprise-service') }));
    inserted.keyProjects = await seedKeyProjects(tx);
    if (Object.values(inserted).some((n) => n > 0)) {
      await appendAudit(
        tx,
        { actorId: null, ip: null },
        { action: 'system.seed', entityType: 'system', entityId: 'demo-data', after: inserted },
      );
    }
  });
  inserted.enterpriseNames = await seedDemoNames(db);
  inserted.cases = await seedDemoCases(db);
  return { inserted, demoUsers: data.demoUsers, demoPassword: data.DEMO_PASSWORD };
}
