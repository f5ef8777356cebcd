import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { departments, serviceItemDepartments, serviceItems, serviceItemVersions, serviceMaterials, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { containsPattern, parseKeywords, searchTerms } from '@/lib/domain/catalogue-search';
import { DomainError, notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import { compositionProblems } from '@/lib/domain/stage-composition';
import { numberClauses, type PromiseClause } from '@/lib/domain/promises';
import {
  serviceItemSchema,
  type ServiceItemFormValues,
  type ServiceItemInput,
  type ServiceItemUpdate,
} from '@/lib/validation/catalogue';
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
  promiseClauses: PromiseClause[];
  howToApply: Bilingual[];
  /** Search words the texts lack, in either language. */
  keywords: string[];
  formKey: string;
  /** The project stage a combined item files for; null for other items and for one serving every stage. */
  stage: string | null;
  departments: (DepartmentSummary & {
    task: Bilingual;
    /** The department item the task decides, with its current name (a stage item's parts). */
    item: { code: string; name: Bilingual } | null;
    /** Its denial ends the combined case at once (DESIGN §7). */
    veto: boolean;
    legalDays: number;
    timeLimitDays: number;
  })[];
  /** The combined items whose departments decide this item: the stages that bundle it. */
  bundledIn: { code: string; name: Bilingual; stage: string | null }[];
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
  stage: serviceItemVersions.stage,
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
        itemCode: serviceItemDepartments.itemCode,
        veto: serviceItemDepartments.veto,
        legalDays: serviceItemDepartments.legalDays,
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
  const bundled = depts.flatMap((d) => (d.itemCode ? [d.itemCode] : []));
  const [bundledItems, bundledIn] = await Promise.all([
    bundled.length ? currentVersions(db).where(inArray(serviceItems.code, bundled)) : [],
    // Current versions only: a stage that bundled the item once but no longer does is not named.
    currentVersions(db)
      .innerJoin(serviceItemDepartments, eq(serviceItemDepartments.versionId, serviceItemVersions.id))
      .where(eq(serviceItemDepartments.itemCode, code))
      .orderBy(asc(serviceItems.code)),
  ]);
  const bundledNames = new Map(bundledItems.map((i) => [i.code, { zh: i.nameZh, en: i.nameEn }]));
  return {
    ...toSummary(row),
    stage: row.v.stage,
    bundledIn: bundledIn.map((i) => ({ code: i.code, name: { zh: i.nameZh, en: i.nameEn }, stage: i.stage })),
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
      item: d.itemCode ? { code: d.itemCode, name: bundledNames.get(d.itemCode) ?? { zh: d.itemCode, en: d.itemCode } } : null,
      veto: d.veto,
      legalDays: d.legalDays,
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

/** Admin: the version history of an item — who published which version when (null: the seed). */
export async function listServiceVersions(viewer: Viewer, code: string) {
  authorize(viewer, 'catalogue.manage');
  const db = await getDb();
  const rows = await db
    .select({
      version: serviceItemVersions.version,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      createdAt: serviceItemVersions.createdAt,
      publishedBy: users.name,
    })
    .from(serviceItemVersions)
    .innerJoin(serviceItems, eq(serviceItems.id, serviceItemVersions.itemId))
    .leftJoin(users, eq(users.id, serviceItemVersions.createdBy))
    .where(eq(serviceItems.code, code))
    .orderBy(desc(serviceItemVersions.version));
  return rows.map(({ nameZh, nameEn, ...r }) => ({ ...r, name: { zh: nameZh, en: nameEn } as Bilingual }));
}

/** The current version of an item as the admin form edits it (every part; '' for "none"). */
async function editableItem(db: Executor, code: string): Promise<ServiceItemFormValues & { baseVersion: number }> {
  const [row] = await db
    .select({ v: serviceItemVersions, leadDepartmentCode: departments.code })
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
    )
    .innerJoin(departments, eq(departments.id, serviceItemVersions.leadDepartmentId))
    .where(eq(serviceItems.code, code));
  if (!row) throw notFound('service');
  const { v } = row;
  const [depts, materials] = await Promise.all([
    db
      .select({ d: serviceItemDepartments, departmentCode: departments.code })
      .from(serviceItemDepartments)
      .innerJoin(departments, eq(departments.id, serviceItemDepartments.departmentId))
      .where(eq(serviceItemDepartments.versionId, v.id))
      .orderBy(asc(serviceItemDepartments.sortOrder)),
    db.select().from(serviceMaterials).where(eq(serviceMaterials.versionId, v.id)).orderBy(asc(serviceMaterials.sortOrder)),
  ]);
  return {
    code,
    baseVersion: v.version,
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    summaryZh: v.summary.zh,
    summaryEn: v.summary.en,
    keywords: v.keywords.join('\n'),
    kind: v.kind,
    audience: v.audience,
    leadDepartmentCode: row.leadDepartmentCode,
    formKey: v.formKey,
    // Stored as text; the schema checks it again on publishing.
    stage: (v.stage ?? '') as ServiceItemFormValues['stage'],
    statutoryDays: v.statutoryDays,
    promisedDays: v.promisedDays,
    feeYuan: v.feeYuan,
    allowsTolerance: v.allowsTolerance,
    allowsPromise: v.allowsPromise,
    legalBasis: v.legalBasis,
    conditions: v.conditions,
    howToApply: v.howToApply,
    promiseClauses: v.promiseClauses,
    departments: depts.map(({ d, departmentCode }) => ({
      departmentCode,
      taskZh: d.task.zh,
      taskEn: d.task.en,
      itemCode: d.itemCode ?? '',
      veto: d.veto,
      legalDays: d.legalDays,
      timeLimitDays: d.timeLimitDays,
    })),
    materials: materials.map((m) => ({
      code: m.code,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      descriptionZh: m.description?.zh ?? '',
      descriptionEn: m.description?.en ?? '',
      required: m.required,
      core: m.core,
      eLicenceType: m.eLicenceType ?? '',
      templateUrl: m.templateUrl ?? '',
      waivedByAssessment: (m.waivedByAssessment ?? '') as ServiceItemFormValues['materials'][number]['waivedByAssessment'],
      maxSizeMb: m.maxSizeMb,
      departmentCodes: m.departmentCodes,
      drawingSet: m.drawingSet,
    })),
  };
}

/** Admin: an item's current version, every part of it, as the catalogue form starts from. */
export async function getServiceItemForEdit(viewer: Viewer, code: string) {
  authorize(viewer, 'catalogue.manage');
  return editableItem(await getDb(), code);
}

type Snapshotted = Pick<ServiceItemInput, 'nameZh' | 'nameEn' | 'kind' | 'allowsTolerance' | 'allowsPromise'> & {
  statutoryDays: unknown;
  promisedDays: unknown;
  feeYuan: unknown;
  stage: string | null;
  departments: { departmentCode: string; itemCode: string | null; veto: boolean; legalDays: unknown; timeLimitDays: unknown }[];
  materials: { code: string; required: boolean; core: boolean; departmentCodes: string[]; drawingSet: boolean; waivedByAssessment: string | null }[];
};

/** What the audit trail keeps of a version, stored or as published ('' and null both "none"): enough to see what a publish changed. */
function auditSnapshot(version: number, item: Snapshotted) {
  return {
    version,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    kind: item.kind,
    stage: item.stage || null,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    feeYuan: item.feeYuan,
    allowsTolerance: item.allowsTolerance,
    allowsPromise: item.allowsPromise,
    departments: item.departments.map((d) => ({
      departmentCode: d.departmentCode,
      itemCode: d.itemCode || null,
      veto: d.veto,
      legalDays: d.legalDays,
      timeLimitDays: d.timeLimitDays,
    })),
    materials: item.materials.map((m) => ({
      code: m.code,
      required: m.required,
      core: m.core,
      departmentCodes: m.departmentCodes,
      drawingSet: m.drawingSet,
      waivedByAssessment: m.waivedByAssessment || null,
    })),
  };
}

/**
 * Admin: publishes an item — a new one (`baseVersion` null) or a new version of an existing
 * one, made current. Older versions stay as they were, so cases keep the version they were
 * filed under (DESIGN §2); the search text follows by trigger. Refused with field errors when
 * the composition does not hold against the catalogue (lib/domain/stage-composition.ts), when
 * a new item's code is taken, or when the item moved on since `baseVersion` (two admins at once).
 */
export async function publishServiceItem(viewer: Viewer, input: ServiceItemInput, meta: RequestMeta) {
  authorize(viewer, 'catalogue.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const deptIds = new Map(
      (await tx.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]),
    );
    const kinds = new Map(
      (
        await tx
          .select({ code: serviceItems.code, kind: serviceItemVersions.kind })
          .from(serviceItems)
          .innerJoin(
            serviceItemVersions,
            and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
          )
      ).map((r) => [r.code, r.kind]),
    );
    kinds.set(input.code, input.kind);
    const problems = compositionProblems(input, kinds);
    if (!deptIds.has(input.leadDepartmentCode)) problems.leadDepartmentCode = ['unknownDepartment'];
    input.departments.forEach((d, i) => {
      if (!deptIds.has(d.departmentCode)) problems[`departments.${i}.departmentCode`] = ['unknownDepartment'];
    });
    if (Object.keys(problems).length) throw new DomainError('invalid', 'catalogue item composition', problems);

    let itemId: string;
    let before: ReturnType<typeof auditSnapshot> | null = null;
    if (input.baseVersion === null) {
      const [created] = await tx
        .insert(serviceItems)
        .values({ code: input.code, currentVersion: 1 })
        .onConflictDoNothing({ target: serviceItems.code })
        .returning({ id: serviceItems.id });
      if (!created) throw new DomainError('conflict', 'item code taken', { code: ['itemCodeTaken'] });
      itemId = created.id;
    } else {
      const [item] = await tx.select().from(serviceItems).where(eq(serviceItems.code, input.code)).for('update');
      if (!item) throw notFound('service');
      if (input.baseVersion !== item.currentVersion) throw new DomainError('staleVersion');
      itemId = item.id;
      before = auditSnapshot(item.currentVersion, await editableItem(tx, input.code));
    }
    const version = (input.baseVersion ?? 0) + 1;
    const [created] = await tx
      .insert(serviceItemVersions)
      .values({
        itemId,
        version,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        summary: { zh: input.summaryZh, en: input.summaryEn },
        kind: input.kind,
        audience: input.audience,
        leadDepartmentId: deptIds.get(input.leadDepartmentCode)!,
        legalBasis: input.legalBasis,
        conditions: input.conditions,
        statutoryDays: input.statutoryDays,
        promisedDays: input.promisedDays,
        feeYuan: input.feeYuan,
        allowsTolerance: input.allowsTolerance,
        allowsPromise: input.allowsPromise,
        promiseClauses: numberClauses(input.promiseClauses),
        formKey: input.formKey,
        stage: input.stage,
        howToApply: input.howToApply,
        keywords: parseKeywords(input.keywords),
        createdBy: actorId(viewer),
      })
      .returning({ id: serviceItemVersions.id });
    if (input.departments.length)
      await tx.insert(serviceItemDepartments).values(
        input.departments.map((d, i) => ({
          versionId: created.id,
          departmentId: deptIds.get(d.departmentCode)!,
          task: { zh: d.taskZh, en: d.taskEn },
          itemCode: d.itemCode,
          veto: d.veto,
          legalDays: d.legalDays,
          timeLimitDays: d.timeLimitDays,
          sortOrder: i,
        })),
      );
    if (input.materials.length)
      await tx.insert(serviceMaterials).values(
        input.materials.map((m, i) => ({
          versionId: created.id,
          code: m.code,
          nameZh: m.nameZh,
          nameEn: m.nameEn,
          description: m.descriptionZh ? { zh: m.descriptionZh, en: m.descriptionEn } : null,
          required: m.required,
          core: m.core,
          eLicenceType: m.eLicenceType,
          waivedByAssessment: m.waivedByAssessment,
          templateUrl: m.templateUrl,
          maxSizeMb: m.maxSizeMb,
          departmentCodes: m.departmentCodes,
          drawingSet: m.drawingSet,
          sortOrder: i,
        })),
      );
    await tx.update(serviceItems).set({ currentVersion: version }).where(eq(serviceItems.id, itemId));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: before ? 'catalogue.item.update' : 'catalogue.item.create',
      entityType: 'service_item',
      entityId: input.code,
      before,
      after: auditSnapshot(version, input),
    });
    return { code: input.code, version };
  });
}

/**
 * Admin edit of an item's wording, limits, fee and flags alone: publishes a new version with
 * everything else as the current one has it (keywords too, when left out).
 */
export async function updateServiceItem(
  viewer: Viewer,
  code: string,
  update: ServiceItemUpdate,
  meta: RequestMeta,
  expectedVersion?: number,
) {
  authorize(viewer, 'catalogue.manage');
  const current = await editableItem(await getDb(), code);
  const changed = { ...current, ...update, keywords: update.keywords ?? current.keywords };
  const input = serviceItemSchema.parse({ ...changed, baseVersion: expectedVersion ?? current.baseVersion });
  return publishServiceItem(viewer, input, meta);
}

/** Admin: the catalogue with current version numbers — the public list, behind the admin check. */
export async function listServicesForAdmin(viewer: Viewer): Promise<ServiceSummary[]> {
  authorize(viewer, 'catalogue.manage');
  return listServices(viewer);
}
