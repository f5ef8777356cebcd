import { describe, expect, it } from 'vitest';
import { commitmentWording, mayBecome, type CommitmentStatus } from './tolerance-commitment';

const input = {
  enterpriseName: '河南鸿之业新材料有限公司',
  caseNumber: 'XC-2026-000123',
  itemName: { zh: '企业设立登记', en: 'Company establishment registration' },
  items: [
    { requirement: { zh: '住所使用证明', en: 'Proof of domicile' }, dueDate: '2026-12-01' },
    { requirement: { zh: '任职文件', en: 'Appointment documents' }, dueDate: '2027-01-15' },
  ],
};

describe('commitmentWording', () => {
  const wording = commitmentWording(input);

  it('names the enterprise, the item and the case in both languages', () => {
    expect(wording.zh).toContain('河南鸿之业新材料有限公司');
    expect(wording.zh).toContain('“企业设立登记”');
    expect(wording.zh).toContain('XC-2026-000123');
    expect(wording.en).toContain('"Company establishment registration" (case XC-2026-000123)');
  });

  it('lists every material with its own due date, in order', () => {
    expect(wording.zh).toContain('1. 住所使用证明，于2026年12月1日前补交；');
    expect(wording.zh).toContain('2. 任职文件，于2027年1月15日前补交；');
    expect(wording.en).toContain('1. Proof of domicile, to be supplied by 1 December 2026;');
    expect(wording.en).toContain('2. Appointment documents, to be supplied by 15 January 2027;');
    expect(wording.zh.indexOf('住所使用证明')).toBeLessThan(wording.zh.indexOf('任职文件'));
  });

  it('states truthfulness, suspension of the case or its result, and the credit consequence', () => {
    expect(wording.zh).toMatch(/真实、合法、有效/);
    expect(wording.zh).toMatch(/暂停办理本件.*已作出办理结果的，该结果同时暂停/);
    expect(wording.zh).toMatch(/失信记录.*不再适用容缺受理和告知承诺/);
    expect(wording.en).toMatch(/true, lawful and valid/);
    expect(wording.en).toMatch(/case is suspended; a result already issued is suspended/);
    expect(wording.en).toMatch(/credit record.*may not use tolerance or promise-based approval/);
  });

  it('changes with what is tolerated: another date gives another text', () => {
    const later = commitmentWording({ ...input, items: [{ ...input.items[0], dueDate: '2026-12-02' }] });
    expect(later.zh).toContain('2026年12月2日');
    expect(later.zh).not.toContain('任职文件');
  });
});

describe('commitment status rules', () => {
  // Written independently of the module: [from, to, allowed].
  const TABLE: [CommitmentStatus, Exclude<CommitmentStatus, 'proposed'>, boolean][] = [
    ['proposed', 'signed', true],
    ['proposed', 'accepted', false],
    ['proposed', 'withdrawn', true],
    ['signed', 'signed', false],
    ['signed', 'accepted', true],
    ['signed', 'withdrawn', true],
    ['accepted', 'signed', false],
    ['accepted', 'accepted', false],
    ['accepted', 'withdrawn', false],
    ['withdrawn', 'signed', false],
    ['withdrawn', 'accepted', false],
    ['withdrawn', 'withdrawn', false],
  ];
  it.each(TABLE)('%s → %s: %s', (from, to, allowed) => {
    expect(mayBecome(from, to)).toBe(allowed);
  });
});
