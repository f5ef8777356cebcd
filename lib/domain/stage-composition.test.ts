import { describe, expect, it } from 'vitest';
import { compositionProblems, type CatalogueKinds, type ItemComposition } from './stage-composition';

const catalogue: CatalogueKinds = new Map([
  ['XC-XF-001', 'licence'],
  ['XC-GH-002', 'licence'],
  ['XC-ZJ-001', 'licence'],
  ['XC-JP-003', 'combined'],
]);

const dept = (departmentCode: string, itemCode: string | null, more: Partial<ItemComposition['departments'][number]> = {}) => ({
  departmentCode,
  itemCode,
  veto: false,
  legalDays: 15,
  timeLimitDays: 5,
  ...more,
});

const stageItem: ItemComposition = {
  kind: 'combined',
  stage: 'construction_permit',
  departments: [dept('fire', 'XC-XF-001', { veto: true }), dept('nrp', 'XC-GH-002'), dept('housing', 'XC-ZJ-001')],
  materials: [
    { code: 'joint-application', departmentCodes: ['fire', 'nrp', 'housing'], drawingSet: false },
    { code: 'construction-drawings', departmentCodes: ['fire', 'nrp', 'housing'], drawingSet: true },
    { code: 'power-of-attorney', departmentCodes: [], drawingSet: false },
  ],
};

const withDepartments = (...departments: ItemComposition['departments'][number][]) => ({
  ...stageItem,
  departments,
  materials: [],
});

describe('compositionProblems', () => {
  it('accepts a stage item whose parts hold together, and a plain department item', () => {
    expect(compositionProblems(stageItem, catalogue)).toEqual({});
    const licence: ItemComposition = {
      kind: 'licence',
      stage: null,
      departments: [dept('fire', null)],
      materials: [{ code: 'fire-design', departmentCodes: ['fire'], drawingSet: false }],
    };
    expect(compositionProblems(licence, catalogue)).toEqual({});
  });

  it('requires every bundled item to exist in the catalogue and to be a department item', () => {
    const item = withDepartments(dept('fire', 'XC-XF-999'), dept('nrp', 'XC-JP-003'), dept('housing', 'XC-ZJ-001'));
    expect(compositionProblems(item, catalogue)).toEqual({
      'departments.0.itemCode': ['bundledItemUnknown'],
      'departments.1.itemCode': ['bundledItemCombined'],
    });
    // Without the catalogue only the shape is checked.
    expect(compositionProblems(item)).toEqual({});
  });

  it('requires each department of a stage item to name the item it decides, and only combined items to bundle', () => {
    expect(compositionProblems(withDepartments(dept('fire', null)), catalogue)).toEqual({
      'departments.0.itemCode': ['bundledItemRequired'],
    });
    // A combined item for every stage may bundle no items (XC-JP-003).
    expect(compositionProblems({ ...withDepartments(dept('fire', null)), stage: null }, catalogue)).toEqual({});
    expect(
      compositionProblems({ ...withDepartments(dept('fire', 'XC-XF-001')), kind: 'licence', stage: null }, catalogue),
    ).toEqual({
      'departments.0.itemCode': ['bundledItemOutsideCombined'],
    });
  });

  it('refuses a stage on an item that is not combined, and an item without departments', () => {
    expect(compositionProblems({ kind: 'licence', stage: 'works_permit', departments: [], materials: [] })).toEqual({
      stage: ['stageOnlyCombined'],
      departments: ['departmentsRequired'],
    });
  });

  it('takes no department twice', () => {
    const item = withDepartments(dept('fire', 'XC-XF-001'), dept('fire', 'XC-GH-002'));
    expect(compositionProblems(item, catalogue)).toEqual({ 'departments.1.departmentCode': ['departmentTwice'] });
  });

  it('wants positive limits, the statutory one no shorter than the promised one', () => {
    const item = withDepartments(
      dept('fire', 'XC-XF-001', { timeLimitDays: 0 }),
      dept('nrp', 'XC-GH-002', { legalDays: 4, timeLimitDays: 5 }),
      dept('housing', 'XC-ZJ-001', { legalDays: 5, timeLimitDays: 5 }),
    );
    expect(compositionProblems(item, catalogue)).toEqual({
      'departments.0.timeLimitDays': ['min1'],
      'departments.1.legalDays': ['legalBelowPromised'],
    });
    expect(compositionProblems(withDepartments(dept('fire', 'XC-XF-001', { legalDays: 0 })))).toEqual({
      'departments.0.legalDays': ['min1'],
    });
  });

  it('gives a veto only within a combined item', () => {
    const licence: ItemComposition = {
      kind: 'licence',
      stage: null,
      departments: [dept('fire', null, { veto: true })],
      materials: [],
    };
    expect(compositionProblems(licence)).toEqual({ 'departments.0.veto': ['vetoOutsideCombined'] });
  });

  it('has each material reviewed only by departments taking part, under a code of its own', () => {
    const item = {
      ...stageItem,
      materials: [
        { code: 'eia', departmentCodes: ['eco'], drawingSet: false },
        { code: 'eia', departmentCodes: ['fire'], drawingSet: false },
      ],
    };
    expect(compositionProblems(item, catalogue)).toEqual({
      'materials.0.departmentCodes': ['materialDepartmentNotTaking'],
      'materials.1.code': ['materialCodeTwice'],
    });
  });

  it('allows at most one drawing set', () => {
    const item = {
      ...stageItem,
      materials: [
        { code: 'a', departmentCodes: ['fire'], drawingSet: true },
        { code: 'b', departmentCodes: ['nrp'], drawingSet: false },
        { code: 'c', departmentCodes: ['nrp'], drawingSet: true },
      ],
    };
    expect(compositionProblems(item, catalogue)).toEqual({ 'materials.2.drawingSet': ['drawingSetTwice'] });
  });
});
