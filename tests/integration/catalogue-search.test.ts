import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departments } from '@/db/schema';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { listServices, updateServiceItem } from '@/lib/data/catalogue';
import { DEPARTMENT_ITEM_CODES, serviceItems, STAGE_ITEM_CODES } from '@/db/seed-data';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const codes = async (q: string, filter: { department?: string } = {}) =>
  (await listServices(ANONYMOUS, { q, ...filter })).map((s) => s.code);

const NAME = 'XC-MC-001';
const EST = 'XC-SL-002';
const PROJ = 'XC-JP-003';
const {
  fireDesignReview: FIRE_DESIGN,
  fireAcceptance: FIRE_ACCEPTANCE,
  constructionPermit: PERMIT,
  eiaApproval: EIA,
} = DEPARTMENT_ITEM_CODES;
const {
  construction_permit: PERMIT_STAGE,
  completion_acceptance: COMPLETION_STAGE,
  works_permit: WORKS_STAGE,
} = STAGE_ITEM_CODES;
const ALL = serviceItems.map((i) => i.code).sort();
const FOOD = 'XC-SP-001';

describe('catalogue search', () => {
  it('lists every item in code order without words, and with only filters', async () => {
    expect((await listServices(ANONYMOUS)).map((s) => s.code)).toEqual(ALL);
    expect((await listServices(ANONYMOUS, { q: '  ' })).map((s) => s.code)).toEqual(ALL);
    expect((await listServices(ANONYMOUS, { department: 'market' })).map((s) => s.code)).toEqual([NAME, EST, FOOD]);
  });

  it('finds an item by its department, a participating department’s task or a keyword, not only its name', async () => {
    // The fire brigade's own items, and the combined items it takes part in (its fire design documents are a material).
    expect(await codes('消防')).toEqual(
      expect.arrayContaining([PROJ, FIRE_DESIGN, FIRE_ACCEPTANCE, PERMIT_STAGE, COMPLETION_STAGE]),
    );
    expect(await codes('消防')).not.toContain(NAME);
    // 施工许可 is the housing bureau's task within the combined approval (and one of its keywords).
    expect(await codes('施工许可')).toEqual(expect.arrayContaining([PROJ, PERMIT, PERMIT_STAGE]));
    expect(await codes('施工许可')).not.toContain(EIA);
    // A keyword: the name reservation is the first step of starting a business, the establishment the second.
    expect(await codes('开办企业')).toEqual([NAME, EST]);
  });

  it('searches the English texts too, whatever their case, and requires every word', async () => {
    expect(await codes('fire')).toEqual(expect.arrayContaining([PROJ, FIRE_DESIGN, FIRE_ACCEPTANCE]));
    expect(await codes('FIRE design')).toEqual(expect.arrayContaining([PROJ, FIRE_DESIGN]));
    expect(await codes('FIRE design')).not.toContain(EST);
    expect(await codes('Articles of Association')).toEqual([EST]);
    expect(await codes('fire association')).toEqual([]);
  });

  it('finds an item by one of its materials or its lead department, in either language', async () => {
    expect(await codes('公司章程')).toEqual([EST]);
    expect(await codes('水土保持')).toEqual([EIA, PROJ, WORKS_STAGE]);
    // The food permit's summary names the bureau (it inspects the premises): a text match ranks before the department's.
    expect(await codes('市场监督管理局')).toEqual([FOOD, NAME, EST]);
    expect(await codes('Market Regulation')).toEqual([FOOD, NAME, EST]);
  });

  it('ranks the items named by the words first', async () => {
    // Named by the establishment item; only a material (建设单位营业执照) of the combined approval.
    const licence = await codes('营业执照');
    expect(licence[0]).toBe(EST);
    expect(licence).toContain(PROJ);
    // In the establishment's summary (住所, 经营范围 …) as well, but only the combined approval's name says 建设.
    // Many items hold 建设 in their texts; those named by it come before the combined approval's materials-only matches.
    const building = await listServices(ANONYMOUS, { q: '建设' });
    expect(building[0].name.zh).toContain('建设');
    expect(building.map((b) => b.code)).toContain(PROJ);
    expect(building.findIndex((b) => !b.name.zh.includes('建设'))).toBeGreaterThan(
      building.findLastIndex((b) => b.name.zh.includes('建设')),
    );
  });

  it('finds nothing for words no item holds, and takes LIKE wildcards literally', async () => {
    expect(await codes('潜水艇')).toEqual([]);
    expect(await codes('%')).toEqual([]);
    expect(await codes('_')).toEqual([]);
  });

  it('still matches the code and combines with the department filter', async () => {
    expect(await codes('xc-sl')).toEqual([EST]);
    expect(await codes('消防', { department: 'market' })).toEqual([]);
    expect(await codes('营业执照', { department: 'fire' })).toEqual(
      [PROJ, FIRE_DESIGN, FIRE_ACCEPTANCE, PERMIT_STAGE, COMPLETION_STAGE].sort(),
    );
  });

  it('follows an admin’s edit (a new version, its materials copied) and a department renamed', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const guide = { nameZh: '企业设立登记（新办营业执照）', summaryZh: '新办企业。', summaryEn: 'A new enterprise.' };
    await updateServiceItem(
      admin,
      EST,
      {
        ...guide,
        nameEn: 'Company founding registration',
        statutoryDays: 3,
        promisedDays: 1,
        feeYuan: 0,
        allowsTolerance: true,
        allowsPromise: true,
      },
      { ip: '127.0.0.1' },
    );
    expect(await codes('founding')).toEqual([EST]);
    // The copied materials are searchable in the new version.
    expect(await codes('公司章程')).toEqual([EST]);

    await test.db.update(departments).set({ nameEn: 'Zone Fire Station' }).where(eq(departments.code, 'fire'));
    expect(await codes('fire station')).toEqual(expect.arrayContaining([PROJ, FIRE_DESIGN, PERMIT_STAGE]));
    expect(await codes('fire station')).not.toContain(EIA);
  });

  it('finds an item by the keywords an admin gives it, which a later edit without keywords keeps', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    expect(await codes('潜水艇')).toEqual([]);
    const edit = {
      nameZh: '企业名称自主申报',
      nameEn: 'Enterprise name self-declaration',
      summaryZh: '自主申报企业名称。',
      summaryEn: 'Declare a company name.',
      statutoryDays: 3,
      promisedDays: 1,
      feeYuan: 0,
      allowsTolerance: false,
      allowsPromise: false,
    };
    await updateServiceItem(admin, NAME, { ...edit, keywords: '潜水艇\nsubmarine maker，核名' }, { ip: '127.0.0.1' });
    expect(await codes('潜水艇')).toEqual([NAME]);
    expect(await codes('submarine')).toEqual([NAME]);
    await updateServiceItem(admin, NAME, edit, { ip: '127.0.0.1' });
    expect(await codes('潜水艇')).toEqual([NAME]);
    await updateServiceItem(admin, NAME, { ...edit, keywords: '' }, { ip: '127.0.0.1' });
    expect(await codes('潜水艇')).toEqual([]);
  });

  it('uses the trigram index on the search text for words of three characters or more', async () => {
    // One transaction, so the planner setting and the query share a connection of the pool.
    const plan = await test.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(sql`explain select id from service_item_versions where search_text ilike '%公司章程%'`);
    });
    const lines = (plan as unknown as { rows: { 'QUERY PLAN': string }[] }).rows.map((r) => r['QUERY PLAN']);
    expect(lines.join('\n')).toContain('service_item_versions_search_trgm_idx');
  });
});
