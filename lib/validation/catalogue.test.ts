import { describe, expect, it } from 'vitest';
import { serviceItemSchema, type ServiceItemFormValues } from './catalogue';

type Material = ServiceItemFormValues['materials'][number];
const material = (code: string, more: Partial<Material> = {}): Material => ({
  code,
  nameZh: '施工图设计文件',
  nameEn: 'Construction drawings',
  descriptionZh: '',
  descriptionEn: '',
  required: true,
  core: true,
  eLicenceType: '',
  templateUrl: '',
  waivedByAssessment: '',
  maxSizeMb: 50,
  departmentCodes: ['fire'],
  drawingSet: false,
  ...more,
});

const item: ServiceItemFormValues = {
  code: 'xc-jp-109',
  baseVersion: null,
  nameZh: '施工许可阶段联合审批',
  nameEn: 'Combined approval: construction permit stage',
  summaryZh: '并联审查。',
  summaryEn: 'Reviewed in parallel.',
  keywords: '',
  kind: 'combined',
  audience: 'project',
  leadDepartmentCode: 'window',
  formKey: 'combined-project',
  stage: 'construction_permit',
  statutoryDays: 15,
  promisedDays: 10,
  feeYuan: 0,
  allowsTolerance: true,
  allowsPromise: false,
  legalBasis: [{ zh: '《中华人民共和国消防法》', en: 'Fire Protection Law of the PRC' }],
  conditions: [],
  howToApply: [],
  promiseClauses: [],
  departments: [
    {
      departmentCode: 'fire',
      taskZh: '消防设计审查',
      taskEn: 'Fire design review',
      itemCode: 'XC-XF-001',
      veto: true,
      legalDays: 15,
      timeLimitDays: 10,
    },
  ],
  materials: [material('construction-drawings', { drawingSet: true, templateUrl: 'https://example.org/sample.pdf' })],
};

describe('serviceItemSchema', () => {
  it('reads a form as the data layer stores it: codes normalised, blanks as none', () => {
    const parsed = serviceItemSchema.parse({ ...item, materials: [material('fire-design')] });
    expect(parsed.code).toBe('XC-JP-109');
    expect(parsed.stage).toBe('construction_permit');
    expect(parsed.materials[0]).toMatchObject({ eLicenceType: null, templateUrl: null, waivedByAssessment: null });
    expect(serviceItemSchema.parse({ ...item, stage: '' }).stage).toBeNull();
  });

  it('keeps the catalogue rule that the promise never exceeds the law', () => {
    const result = serviceItemSchema.safeParse({ ...item, promisedDays: 20 });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['promisedDays'], message: 'promisedWithinStatutory' }),
    ]);
  });

  it('reports composition problems on the field they concern', () => {
    const result = serviceItemSchema.safeParse({
      ...item,
      departments: [{ ...item.departments[0], legalDays: 5 }],
      materials: [material('a', { drawingSet: true }), material('b', { drawingSet: true, departmentCodes: ['eco'] })],
    });
    const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['departments.0.legalDays', 'legalBelowPromised'],
        ['materials.1.departmentCodes', 'materialDepartmentNotTaking'],
        ['materials.1.drawingSet', 'drawingSetTwice'],
      ]),
    );
  });

  it('refuses malformed codes, a template that is not a web address, and a description in one language only', () => {
    const issues = (values: Partial<ServiceItemFormValues>) =>
      serviceItemSchema.safeParse({ ...item, ...values }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ code: 'XC JP' })).toEqual([['code', 'itemCodeFormat']]);
    expect(issues({ materials: [material('Drawings')] })).toEqual([['materials.0.code', 'materialCodeFormat']]);
    expect(issues({ materials: [material('d', { templateUrl: 'javascript:alert(1)' })] })).toEqual([
      ['materials.0.templateUrl', 'url'],
    ]);
    expect(issues({ materials: [material('d', { descriptionZh: '说明' })] })).toEqual([
      ['materials.0.descriptionEn', 'bothLanguages'],
    ]);
  });
});
