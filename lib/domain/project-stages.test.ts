import { describe, expect, it } from 'vitest';
import { isProjectStage, nextProjectStage, PROJECT_STAGE_NAMES, PROJECT_STAGES } from './project-stages';

describe('project stages', () => {
  it('follow the reform in order, each named in both languages', () => {
    expect(PROJECT_STAGES.map((s) => PROJECT_STAGE_NAMES[s].zh)).toEqual([
      '立项用地规划许可',
      '工程建设许可',
      '施工许可',
      '竣工验收',
    ]);
    for (const s of PROJECT_STAGES) expect(PROJECT_STAGE_NAMES[s].en.length).toBeGreaterThan(0);
  });
  it('lead from one to the next and end after completion acceptance', () => {
    expect(nextProjectStage('land_planning')).toBe('works_permit');
    expect(nextProjectStage('construction_permit')).toBe('completion_acceptance');
    expect(nextProjectStage('completion_acceptance')).toBeNull();
  });
  it('recognise only their own names', () => {
    expect(isProjectStage('works_permit')).toBe(true);
    expect(isProjectStage('施工许可')).toBe(false);
    expect(isProjectStage(undefined)).toBe(false);
  });
});
