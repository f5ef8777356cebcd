import 'server-only';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { departments, serviceItemDepartments, serviceItems, serviceItemVersions, serviceMaterials } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { containsPattern, parseKeywords, searchTerms } from '@/lib/domain/catalogue-search';
import { DomainError, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { ServiceItemUpdate } from '@/lib/validation/catalogue';
import { appendAudit } from './audit';
import type { RequestMeta } from './accounts';
import { actorId, authorize } from './viewer';

export type DepartmentSummary = { id: string; code: string; name: Bilingual };

export type ServiceSummary = {
  code: string;
  version: number;
  name: Bilingual;
  summary: Bilingual;
  kind: 'licence' | 'registration' | 'filing' | 'combined';
  audience: 'enterprise' | 'project' | 'individual';
  leadDepartment: DepartmentSummary;
  statutoryDays: number;
  promisedDays: number;
  feeYuan: number;
  allowsTolerance: boolean;
  allowsPromise: boolean;
};

export type MaterialView = {
  code: string;
  name: Bilingual;
  description: Bilingual | null;
  required: boolean;
  core: boolean;
  eLicenceType: string | null;
  /** The regional assessment kind that waives it where a valid one covers the project's parcel. */
  waivedByAssessment: string | null;
  templateUrl: string | null;
  maxSizeMb: number;
  departmentCodes: string[];
};

export type ServiceGuide = ServiceSummary & {
  legalBasis: Bilingual[];
  conditions: Bilingual[];
  promiseClauses: Bilingual[];
  howToApply: Bilingual[];
  /** Search words the texts lack, in either language. */
  keywords: string[];
  formKey: string;
  departments: (DepartmentSummary & { task: Bilingual; timeLimitDays: number })[];
  materials: MaterialView[];
  publishedAt: string;
};

export type CatalogueFilter = { q?: string; department?: string; audience?: ServiceSummary['audience'] };

const summaryColumns = {
  code: serviceItems.code,
  version: serviceItemVersions.version,
  nameZh: serviceItemVersions.nameZh,
  nameEn: serviceItemVersions.nameEn,
  summary: serviceItemVersions.summary,
  kind: serviceItemVersions.kind,
  audience: serviceItemVersions.audience,
  deptId: departments.id,
  deptCode: departments.code,
  deptZh: departments.nameZh,
  deptEn: departments.nameEn,
  statutoryDays: serviceItemVersions.statutoryDays,
  promisedDays: serviceItemVersions.promisedDays,
  feeYuan: serviceItemVersions.feeYuan,
  allowsTolerance: serviceItemVersions.allowsTolerance,
  allowsPromise: serviceItemVersions.allowsPromise,
};

type SummaryRow = Awaited<ReturnType<typeof currentVersions>>[number];

function toSummary(r: SummaryRow): ServiceSummary {
  return {
    code: r.code,
    version: r.version,
    name: { zh: r.nameZh, en: r.nameEn },
    summary: r.summary,
    kind: r.kind,
    audience: r.audience,
    leadDepartment: { id: r.deptId, code: r.deptCode, name: { zh: r.deptZh, en: r.deptEn } },
    statutoryDays: r.statutoryDays,
    promisedDays: r.promisedDays,
    feeYuan: r.feeYuan,
    allowsTolerance: r.allowsTolerance,
    allowsPromise: r.allowsPromise,
  };
}

/** The current version of each item, joined to its lead department. */
const currentVersions = (db: Executor) =>
  db
    .select(summaryColumns)
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
    )
    .innerJoin(departments, eq(departments.id, serviceItemVersions.leadDepartmentId));

/**
 * Public: the catalogue, filterable by department and audience and searchable by words. Each
 * word must occur in the item's code or its search text — names, summary, keywords, departments
 * and their tasks, materials, in both languages (kept by triggers, see the schema) — through the
 * trigram index: narrowed for words of 3+ characters, a rechecked scan below (两字词 such as 消防
 * stay correct; the catalogue is small). Items whose name holds every word come first, then those
 * whose own texts (summary, keywords) do, then the rest; by code within each.
 */
export async function listServices(viewer: Viewer, filter: CatalogueFilter = {}): Promise<ServiceSummary[]> {
  authorize(viewer, 'catalogue.read');
  const db = await getDb();
  const conditions = [];
  const patterns = searchTerms(filter.q ?? '').map(containsPattern);
  const v = serviceItemVersions;
  const allIn = (text: SQL) => sql.join(
    patterns.map((p) => sql`${text} ilike ${p}`),
    sql` and `,
  );
  for (const p of patterns) conditions.push(or(ilike(v.searchText, p), ilike(serviceItems.code, p)));
  const rank = patterns.length
    ? [
        sql`case when ${allIn(sql`concat_ws(' ', ${v.nameZh}, ${v.nameEn}, ${serviceItems.code})`)} then 0
               when ${allIn(sql`concat_ws(' ', ${v.nameZh}, ${v.nameEn}, ${serviceItems.code}, ${v.summary}->>'zh', ${v.summary}->>'en', array_to_string(${v.keywords}, ' '))`)} then 1
               else 2 end`,
      ]
    : [];
  if (filter.audience) conditions.push(eq(serviceItemVersions.audience, filter.audience));
  if (filter.department) {
    // An item belongs to every department taking part in it, not only its lead.
    conditions.push(
      or(
        eq(departments.code, filter.department),
        inArray(
          serviceItemVersions.id,
          db
            .select({ id: serviceItemDepartments.versionId })
            .from(serviceItemDepartments)
            .innerJoin(departments, eq(departments.id, serviceItemDepartments.departmentId))
            .where(eq(departments.code, filter.department)),
        ),
      ),
    );
  }
  const rows = await currentVersions(db)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(...rank, asc(serviceItems.code));
  return rows.map(toSummary);
}

export async function listDepartments(): Promise<DepartmentSummary[]> {
  const db = await getDb();
  const rows = await db.select().from(departments).orderBy(asc(departments.sortOrder), asc(departments.code));
  return rows.map((d) => ({ id: d.id, code: d.code, name: { zh: d.nameZh, en: d.nameEn } }));
}

/** Public: the guide (办事指南) of an item, from its current version — or a given one. */
export async function getServiceGuide(viewer: Viewer, code: string, version?: number): Promise<ServiceGuide> {
  authorize(viewer, 'catalogue.read');
  const db = await getDb();
  const [row] = await db
    .select({ ...summaryColumns, v: serviceItemVersions })
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(
        eq(serviceItemVersions.itemId, serviceItems.id),
        version ? eq(serviceItemVersions.version, version) : eq(serviceItemVersions.version, serviceItems.currentVersion),
      ),
    )
    .innerJoin(departments, eq(departments.id, serviceItemVersions.leadDepartmentId))
    .where(eq(serviceItems.code, code));
  if (!row) throw notFound('service');
  const [depts, materials] = await Promise.all([
    db
      .select({
        id: departments.id,
        code: departments.code,
        nameZh: departments.nameZh,
        nameEn: departments.nameEn,
        task: serviceItemDepartments.task,
        timeLimitDays: serviceItemDepartments.timeLimitDays,
      })
      .from(serviceItemDepartments)
      .innerJoin(departments, eq(departments.id, serviceItemDepartments.departmentId))
      .where(eq(serviceItemDepartments.versionId, row.v.id))
      .orderBy(asc(serviceItemDepartments.sortOrder)),
    db
      .select()
      .from(serviceMaterials)
      .where(eq(serviceMaterials.versionId, row.v.id))
      .orderBy(asc(serviceMaterials.sortOrder)),
  ]);
  return {
    ...toSummary(row),
    legalBasis: row.v.legalBasis,
    conditions: row.v.conditions,
    promiseClauses: row.v.promiseClauses,
    howToApply: row.v.howToApply,
    keywords: row.v.keywords,
    formKey: row.v.formKey,
    publishedAt: row.v.createdAt.toISOString(),
    departments: depts.map((d) => ({
      id: d.id,
      code: d.code,
      name: { zh: d.nameZh, en: d.nameEn },
      task: d.task,
      timeLimitDays: d.timeLimitDays,
    })),
    materials: materials.map((m) => ({
      code: m.code,
      name: { zh: m.nameZh, en: m.nameEn },
      description: m.description,
      required: m.required,
      core: m.core,
      eLicenceType: m.eLicenceType,
      waivedByAssessment: m.waivedByAssessment,
      templateUrl: m.templateUrl,
      maxSizeMb: m.maxSizeMb,
      departmentCodes: m.departmentCodes,
    })),
  };
}

/** Admin: the version history of an item. */
export async function listServiceVersions(viewer: Viewer, code: string) {
  authorize(viewer, 'catalogue.manage');
  const db = await getDb();
  const rows = await db
    .select({
      version: serviceItemVersions.version,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      createdAt: serviceItemVersions.createdAt,
    })
    .from(serviceItemVersions)
    .innerJoin(serviceItems, eq(serviceItems.id, serviceItemVersions.itemId))
    .where(eq(serviceItems.code, code))
    .orderBy(sql`${serviceItemVersions.version} desc`);
  return rows.map(({ nameZh, nameEn, ...r }) => ({ ...r, name: { zh: nameZh, en: nameEn } as Bilingual }));
}

/**
 * Admin edit: writes a new version (a copy of the current one with the changes, its
 * departments and materials copied too) and makes it current. Cases filed earlier keep
 * pointing at the version they were filed under. With `expectedVersion`, an edit begun on
 * an older version than the current one is refused (two admins editing at once).
 */
export async function updateServiceItem(
  viewer: Viewer,
  code: string,
  update: ServiceItemUpdate,
  meta: RequestMeta,
  expectedVersion?: number,
) {
  authorize(viewer, 'catalogue.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(serviceItems).where(eq(serviceItems.code, code)).for('update');
    if (!item) throw notFound('service');
    if (expectedVersion !== undefined && expectedVersion !== item.currentVersion) throw new DomainError('staleVersion');
    const [current] = await tx
      .select()
      .from(serviceItemVersions)
      .where(and(eq(serviceItemVersions.itemId, item.id), eq(serviceItemVersions.version, item.currentVersion)));
    const nextVersion = item.currentVersion + 1;
    const { id: previousId, createdAt: _c, ...content } = current;
    const { summaryZh, summaryEn, keywords: keywordText, ...fields } = update;
    const summary = { zh: summaryZh, en: summaryEn };
    const keywords = keywordText === undefined ? current.keywords : parseKeywords(keywordText);
    const [created] = await tx
      .insert(serviceItemVersions)
      .values({
        ...content,
        ...fields,
        summary,
        keywords,
        version: nextVersion,
        createdBy: actorId(viewer),
      })
      .returning({ id: serviceItemVersions.id });
    const depts = await tx.select().from(serviceItemDepartments).where(eq(serviceItemDepartments.versionId, previousId));
    if (depts.length) await tx.insert(serviceItemDepartments).values(depts.map((d) => ({ ...d, versionId: created.id })));
    const materials = await tx.select().from(serviceMaterials).where(eq(serviceMaterials.versionId, previousId));
    if (materials.length)
      await tx.insert(serviceMaterials).values(materials.map(({ id: _id, ...m }) => ({ ...m, versionId: created.id })));
    await tx.update(serviceItems).set({ currentVersion: nextVersion }).where(eq(serviceItems.id, item.id));
    const pick = (v: typeof current) => ({
      nameZh: v.nameZh,
      nameEn: v.nameEn,
      summary: v.summary,
      statutoryDays: v.statutoryDays,
      promisedDays: v.promisedDays,
      feeYuan: v.feeYuan,
      allowsTolerance: v.allowsTolerance,
      allowsPromise: v.allowsPromise,
      keywords: v.keywords,
    });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'catalogue.item.update',
      entityType: 'service_item',
      entityId: code,
      before: { version: current.version, ...pick(current) },
      after: { version: nextVersion, ...pick({ ...current, ...fields, summary, keywords }) },
    });
    return { version: nextVersion };
  });
}

/** Admin: the catalogue with current version numbers — the public list, behind the admin check. */
export async function listServicesForAdmin(viewer: Viewer): Promise<ServiceSummary[]> {
  authorize(viewer, 'catalogue.manage');
  return listServices(viewer);
}
