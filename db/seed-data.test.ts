import { describe, expect, it } from 'vitest';
import { ASSESSMENT_KINDS } from '@/lib/domain/assessment-kinds';
import { coverageOf } from '@/lib/domain/assessment-waivers';
import { geometryProblem } from '@/lib/domain/geometry';
import { isProjectCode } from '@/lib/domain/project-code';
import { PROJECT_STAGES } from '@/lib/domain/project-stages';
import { parcelProblem } from '@/lib/domain/site-parcel';
import { compositionProblems } from '@/lib/domain/stage-composition';
import { answerErrors } from '@/lib/validation/application-answers';
import {
  DEPARTMENT_ITEM_CODES,
  demoCases,
  demoProjects,
  departments,
  regionalAssessments,
  serviceItems,
  STAGE_ITEM_CODES,
  type SeedServiceItem,
} from './seed-data';

const byCode = new Map(serviceItems.map((i) => [i.code, i]));
const composition = (i: SeedServiceItem) => ({
  kind: i.kind,
  stage: i.stage ?? null,
  departments: i.departments.map((d) => ({
    departmentCode: d.code,
    itemCode: d.itemCode ?? null,
    // As db/seed.ts stores them.
    veto: d.veto ?? departments.find((x) => x.code === d.code)!.hasVeto,
    legalDays: d.legalDays ?? d.timeLimitDays,
    timeLimitDays: d.timeLimitDays,
  })),
  materials: i.materials.map((m) => ({ code: m.code, departmentCodes: m.departmentCodes, drawingSet: m.drawingSet ?? false })),
});

describe('the catalogue', () => {
  it('holds together: every item’s composition is valid against the catalogue itself', () => {
    const kinds = new Map(serviceItems.map((i) => [i.code, i.kind]));
    expect(new Set(serviceItems.map((i) => i.code)).size).toBe(serviceItems.length);
    for (const item of serviceItems) expect(compositionProblems(composition(item), kinds), item.code).toEqual({});
  });

  it('publishes one combined item per stage, each bundling department items that exist on their own', () => {
    for (const stage of PROJECT_STAGES) {
      const item = byCode.get(STAGE_ITEM_CODES[stage])!;
      expect(item.stage).toBe(stage);
      expect(item).toMatchObject({ kind: 'combined', formKey: 'combined-project', audience: 'project' });
      expect(item.departments.length).toBeGreaterThanOrEqual(2);
      for (const d of item.departments) {
        const own = byCode.get(d.itemCode!)!;
        expect(own.leadDepartmentCode, `${item.code} ${d.itemCode}`).toBe(d.code);
        expect(own.materials.length).toBeGreaterThan(0);
      }
    }
    for (const code of Object.values(DEPARTMENT_ITEM_CODES)) expect(byCode.get(code)?.kind).not.toBe('combined');
    // The item for every stage stays as it was: cases and tests name it.
    expect(byCode.get('XC-JP-003')?.stage).toBeUndefined();
  });

  it('has the construction permit stage decided by fire (with the veto), planning and housing, on one drawing set', () => {
    const item = byCode.get(STAGE_ITEM_CODES.construction_permit)!;
    expect(item.departments.map((d) => [d.code, d.itemCode, d.veto])).toEqual([
      ['fire', DEPARTMENT_ITEM_CODES.fireDesignReview, true],
      ['nrp', DEPARTMENT_ITEM_CODES.worksPlanningPermit, false],
      ['housing', DEPARTMENT_ITEM_CODES.constructionPermit, false],
    ]);
    expect(item.materials.filter((m) => m.drawingSet).map((m) => m.departmentCodes)).toEqual([['fire', 'nrp', 'housing']]);
    expect(byCode.get(STAGE_ITEM_CODES.works_permit)!.materials.filter((m) => m.drawingSet)).toHaveLength(1);
  });

  it('waives only materials a regional assessment kind stands in for, some of them in the stage items', () => {
    const waived = serviceItems.flatMap((i) => i.materials.filter((m) => m.waivedByAssessment).map((m) => m.waivedByAssessment!));
    for (const kind of waived) expect(ASSESSMENT_KINDS).toContain(kind);
    const stageWaived = Object.values(STAGE_ITEM_CODES).flatMap((c) => byCode.get(c)!.materials.map((m) => m.waivedByAssessment));
    // The demo zone holds regional EIA, energy and soil-and-water assessments.
    expect(stageWaived).toEqual(expect.arrayContaining(['eia', 'energy', 'soil_water']));
  });
});

describe('demo cases', () => {
  it('carry licence applications a window officer can take on to the licence', () => {
    const establishments = demoCases.filter((c) => c.itemCode === 'XC-SL-002');
    expect(establishments.length).toBeGreaterThan(5);
    for (const c of establishments) {
      expect(answerErrors('establishment', c.formData), c.number).toEqual({});
      expect(c.subject).toBe(c.formData.enterpriseName as string);
    }
  });

  it('file some combined applications under the demo projects of their own enterprise', () => {
    const filed = demoCases.filter((c) => c.projectCode);
    expect(filed.length).toBe(demoProjects.length);
    for (const c of filed) {
      // Each for its stage: the stage items of the catalogue.
      expect(Object.values(STAGE_ITEM_CODES)).toContain(c.itemCode);
      expect(demoProjects.find((p) => p.code === c.projectCode)?.enterpriseName).toBe(c.enterpriseName);
    }
  });
});

describe('demo projects and assessments', () => {
  it('are projects the project form would accept', () => {
    for (const p of demoProjects) {
      expect(isProjectCode(p.code), p.code).toBe(true);
      expect(parcelProblem(p.parcel, { declaredLandAreaM2: p.landAreaM2 }), p.name).toBeNull();
    }
    for (const a of regionalAssessments) expect(geometryProblem(a.area), a.documentNumber).toBeNull();
  });

  it('place some parcels inside the regional EIA’s area and some not, one straddling its edge', () => {
    const eia = regionalAssessments.find((a) => a.kind === 'eia')!;
    const coverage = demoProjects.map((p) => coverageOf(p.parcel, eia.area));
    expect(coverage.filter((c) => c === 'within').length).toBeGreaterThanOrEqual(2);
    expect(coverage).toContain('outside');
    expect(coverage).toContain('partly');
  });
});
