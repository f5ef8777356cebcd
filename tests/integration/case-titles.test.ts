import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft } from '@/lib/data/case-workflow';
import { listServiceVersions, updateServiceItem } from '@/lib/data/catalogue';
import { listIntakeQueue, listMyCases } from '@/lib/data/cases';
import { pickLanguage } from '@/lib/i18n/config';
import { setUpTestDatabase } from './harness';
import { enterpriseOf } from './licence-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };

const EST = { zh: '企业设立登记（新办营业执照）', en: 'Enterprise establishment registration (new business licence)' };

describe('case titles and item names in the reader’s language', () => {
  it('titles every listed case with its item’s name in both languages, then its subject', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const mine = await listMyCases(applicant);
    const establishment = mine.find((c) => c.service.code === 'XC-SL-002')!;
    expect(establishment.title.zh.startsWith(`${EST.zh}：`)).toBe(true);
    expect(establishment.title.en.startsWith(`${EST.en}: `)).toBe(true);
    // The subject (the proposed enterprise) is the same in both.
    expect(establishment.title.en.slice(EST.en.length + 2)).toBe(establishment.title.zh.slice(EST.zh.length + 1));
    expect(pickLanguage(establishment.title, 'en')).not.toContain('设立登记');

    const clerk = await test.viewerOf('clerk@onewindow.test');
    const queue = await listIntakeQueue(clerk, { state: 'submitted' });
    expect(queue.items.length).toBeGreaterThan(0);
    for (const c of queue.items) {
      expect(c.title.en.startsWith(c.service.name.en)).toBe(true);
      expect(c.title.zh.startsWith(c.service.name.zh)).toBe(true);
    }

    const detail = await getCaseDetail(clerk, queue.items[0].id);
    expect(detail.title).toEqual(queue.items[0].title);
  });

  it('titles a new draft with the item alone, and keeps the name of the version it was filed under', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const admin = await test.viewerOf('admin@onewindow.test');
    const draft = await createDraft(applicant, { serviceCode: 'XC-MC-001', enterpriseId: enterpriseOf(applicant) }, meta);
    const before = await getCaseDetail(applicant, draft.id);
    expect(before.title).toEqual({ zh: '企业名称自主申报', en: 'Enterprise name self-declaration' });

    await updateServiceItem(
      admin,
      'XC-MC-001',
      {
        nameZh: '企业名称自主申报（新）',
        nameEn: 'Company name self-declaration',
        summaryZh: '自主申报企业名称。',
        summaryEn: 'Declare a company name.',
        statutoryDays: 3,
        promisedDays: 1,
        feeYuan: 0,
        allowsTolerance: false,
        allowsPromise: false,
      },
      meta,
    );
    expect((await getCaseDetail(applicant, draft.id)).title).toEqual(before.title);

    // The admin's version history names every version in both languages.
    const versions = await listServiceVersions(admin, 'XC-MC-001');
    expect(versions.map((v) => v.name)).toEqual([
      { zh: '企业名称自主申报（新）', en: 'Company name self-declaration' },
      { zh: '企业名称自主申报', en: 'Enterprise name self-declaration' },
    ]);
  });
});
