import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, cases, serviceItems, serviceItemVersions } from '@/db/schema';
import { DEPARTMENT_ITEM_CODES, STAGE_ITEM_CODES } from '@/db/seed-data';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft } from '@/lib/data/case-workflow';
import {
  getServiceGuide,
  getServiceItemForEdit,
  listServices,
  listServiceVersions,
  publishServiceItem,
} from '@/lib/data/catalogue';
import { serviceItemSchema, type ServiceItemFormValues } from '@/lib/validation/catalogue';
import { setUpTestDatabase } from './harness';
import { enterpriseOf, failure } from './licence-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const STAGE = STAGE_ITEM_CODES.construction_permit;

/** The item as the admin form starts from it, changed as the admin changes it, parsed as the action parses it. */
async function edited(code: string, change: (v: ServiceItemFormValues) => ServiceItemFormValues) {
  const admin = await test.viewerOf('admin@onewindow.test');
  return serviceItemSchema.parse(change(await getServiceItemForEdit(admin, code)));
}

describe('catalogue editing', () => {
  it('publishes every part of an item as a new version, named in the history, audited', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const before = await getServiceGuide(ANONYMOUS, STAGE);
    const input = await edited(STAGE, (v) => ({
      ...v,
      keywords: `${v.keywords}\n开工证`,
      departments: [...v.departments].reverse().map((d) => (d.departmentCode === 'housing' ? { ...d, legalDays: 10 } : d)),
      materials: [
        ...v.materials.map((m) =>
          m.code === 'construction-drawings'
            ? { ...m, nameZh: '施工图设计文件（含消防专篇）', templateUrl: 'https://example.org/drawings.pdf' }
            : m,
        ),
        {
          code: 'quality-supervision',
          nameZh: '工程质量安全监督手续',
          nameEn: 'Quality and safety supervision registration',
          descriptionZh: '',
          descriptionEn: '',
          required: false,
          core: false,
          eLicenceType: '',
          templateUrl: '',
          waivedByAssessment: '',
          maxSizeMb: 10,
          departmentCodes: ['housing'],
          drawingSet: false,
        },
      ],
    }));
    const { version } = await publishServiceItem(admin, input, meta);
    expect(version).toBe(before.version + 1);

    const after = await getServiceGuide(ANONYMOUS, STAGE);
    expect(after.version).toBe(version);
    expect(after.departments.map((d) => d.code)).toEqual(['housing', 'nrp', 'fire']);
    expect(after.departments[0]).toMatchObject({ legalDays: 10, item: { code: DEPARTMENT_ITEM_CODES.constructionPermit } });
    expect(after.departments.find((d) => d.code === 'fire')?.veto).toBe(true);
    expect(after.materials.find((m) => m.code === 'construction-drawings')).toMatchObject({
      name: { zh: '施工图设计文件（含消防专篇）' },
      templateUrl: 'https://example.org/drawings.pdf',
    });
    expect(after.materials.at(-1)?.code).toBe('quality-supervision');
    // The old version is untouched.
    const old = await getServiceGuide(ANONYMOUS, STAGE, before.version);
    expect(old.materials.map((m) => m.code)).toEqual(before.materials.map((m) => m.code));
    expect(old.departments.map((d) => d.code)).toEqual(['fire', 'nrp', 'housing']);
    // Search follows the new version (the trigger keeps its text).
    expect((await listServices(ANONYMOUS, { q: '开工证' })).map((s) => s.code)).toEqual([STAGE]);

    const [latest] = await listServiceVersions(admin, STAGE);
    expect(latest).toMatchObject({ version, publishedBy: expect.any(String) });
    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'catalogue.item.update'), eq(auditEvents.entityId, STAGE)));
    expect(event.before).toMatchObject({ version: before.version });
    expect(event.after).toMatchObject({ version });
  });

  it('keeps a draft filed before a publish on the version, and the materials, it was filed under', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const code = DEPARTMENT_ITEM_CODES.fireDesignReview;
    const draft = await createDraft(applicant, { serviceCode: code, enterpriseId: enterpriseOf(applicant) }, meta);
    const filedUnder = (await getCaseDetail(applicant, draft.id)).materials.map((m) => m.code);
    expect(filedUnder).toContain('fire-design');

    await publishServiceItem(
      admin,
      await edited(code, (v) => ({ ...v, materials: v.materials.filter((m) => m.code !== 'fire-design') })),
      meta,
    );
    expect((await getServiceGuide(ANONYMOUS, code)).materials.map((m) => m.code)).not.toContain('fire-design');
    expect((await getCaseDetail(applicant, draft.id)).materials.map((m) => m.code)).toEqual(filedUnder);
    const [row] = await test.db
      .select({ version: serviceItemVersions.version })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(eq(cases.id, draft.id));
    expect(row.version).toBe(1);
  });

  it('adds a new item, usable at once, and refuses a code already taken', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const base = await edited(DEPARTMENT_ITEM_CODES.civilDefenceApproval, (v) => v);
    const created = await publishServiceItem(
      admin,
      {
        ...base,
        code: 'XC-RF-002',
        baseVersion: null,
        nameZh: '人防工程竣工验收备案',
        nameEn: 'Civil air defence completion filing',
      },
      meta,
    );
    expect(created).toEqual({ code: 'XC-RF-002', version: 1 });
    expect((await getServiceGuide(ANONYMOUS, 'XC-RF-002')).name.zh).toBe('人防工程竣工验收备案');
    const [event] = await test.db.select().from(auditEvents).where(eq(auditEvents.action, 'catalogue.item.create'));
    expect(event).toMatchObject({ entityId: 'XC-RF-002', before: null });

    const taken = await failure(publishServiceItem(admin, { ...base, code: 'XC-RF-002', baseVersion: null }, meta));
    expect(taken).toMatchObject({ code: 'conflict', fieldErrors: { code: ['itemCodeTaken'] } });
  });

  it('refuses a composition that does not hold against the catalogue, with field errors, and publishes nothing', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const before = await getServiceGuide(ANONYMOUS, STAGE);
    const input = await edited(STAGE, (v) => ({
      ...v,
      departments: v.departments.map((d, i) =>
        i === 0 ? { ...d, itemCode: 'XC-XF-999' } : i === 1 ? { ...d, itemCode: 'XC-JP-003' } : d,
      ),
    }));
    const error = await failure(publishServiceItem(admin, input, meta));
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors).toEqual({
      'departments.0.itemCode': ['bundledItemUnknown'],
      'departments.1.itemCode': ['bundledItemCombined'],
    });
    const unknownDepartment = await failure(
      publishServiceItem(admin, { ...(await edited(STAGE, (v) => v)), leadDepartmentCode: 'nowhere' }, meta),
    );
    expect(unknownDepartment.fieldErrors).toEqual({ leadDepartmentCode: ['unknownDepartment'] });
    expect((await getServiceGuide(ANONYMOUS, STAGE)).version).toBe(before.version);
  });

  it('refuses a publish begun on an older version', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const input = await edited(STAGE, (v) => v);
    await publishServiceItem(admin, input, meta);
    expect((await failure(publishServiceItem(admin, input, meta))).code).toBe('staleVersion');
  });

  it('refuses everyone but an admin, before reading anything', async () => {
    const input = await edited(STAGE, (v) => v);
    for (const email of [
      'applicant@onewindow.test',
      'clerk@onewindow.test',
      'reviewer@onewindow.test',
      'manager@onewindow.test',
    ]) {
      const viewer = await test.viewerOf(email);
      expect((await failure(publishServiceItem(viewer, input, meta))).code, email).toBe('forbidden');
      expect((await failure(getServiceItemForEdit(viewer, STAGE))).code, email).toBe('forbidden');
    }
    expect((await failure(publishServiceItem(ANONYMOUS, input, meta))).code).toBe('unauthenticated');
    const [item] = await test.db.select().from(serviceItems).where(eq(serviceItems.code, STAGE));
    expect(item.currentVersion).toBe((await getServiceGuide(ANONYMOUS, STAGE)).version);
  });
});
