import { describe, expect, it } from 'vitest';
import { coverageOf } from '@/lib/domain/assessment-waivers';
import { geometryProblem } from '@/lib/domain/geometry';
import { isProjectCode } from '@/lib/domain/project-code';
import { parcelProblem } from '@/lib/domain/site-parcel';
import { answerErrors } from '@/lib/validation/application-answers';
import { demoCases, demoProjects, regionalAssessments } from './seed-data';

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
      expect(c.itemCode).toBe('XC-JP-003');
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
