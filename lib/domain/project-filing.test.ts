import { describe, expect, it } from 'vitest';
import { formFieldsFor } from './application-forms';
import { projectFormAnswers, stageFiling, stageItemFor } from './project-filing';

describe('stageItemFor', () => {
  const legacy = { code: 'XC-JP-003', stage: null };
  const staged = [
    { code: 'XC-JP-101', stage: 'land_planning' },
    { code: 'XC-JP-102', stage: 'works_permit' },
  ];

  it('takes the item published for the stage', () => {
    expect(stageItemFor([legacy, ...staged], 'works_permit')?.code).toBe('XC-JP-102');
  });

  it('falls back to a combined item of no particular stage, then to none', () => {
    expect(stageItemFor([legacy, ...staged], 'construction_permit')?.code).toBe('XC-JP-003');
    expect(stageItemFor([legacy], 'land_planning')?.code).toBe('XC-JP-003');
    expect(stageItemFor(staged, 'completion_acceptance')).toBeNull();
    expect(stageItemFor([], 'land_planning')).toBeNull();
  });

  it('chooses the same item whatever the order it is given', () => {
    const twins = [
      { code: 'XC-JP-109', stage: 'land_planning' },
      { code: 'XC-JP-101', stage: 'land_planning' },
    ];
    expect(stageItemFor(twins, 'land_planning')?.code).toBe('XC-JP-101');
    expect(stageItemFor([...twins].reverse(), 'land_planning')?.code).toBe('XC-JP-101');
  });
});

describe('projectFormAnswers', () => {
  const project = {
    name: '储能电池配套研发中心项目',
    siteParcel: '许经开2026-07',
    totalInvestmentYuan: 350_000_000,
    landAreaM2: 40_000,
    floorAreaM2: 52_000,
    stage: 'works_permit',
  };

  it('answers the combined form’s project fields, the investment in 万元 and the stage by its name', () => {
    expect(projectFormAnswers(project, formFieldsFor('combined-project'))).toEqual({
      projectName: '储能电池配套研发中心项目',
      parcel: '许经开2026-07',
      investment: 35_000,
      landArea: 40_000,
      floorArea: 52_000,
      // The form's option named 工程建设许可.
      stage: 'construction-planning',
    });
  });

  it('leaves the stage unanswered when the form offers no option of that name', () => {
    expect(
      projectFormAnswers({ ...project, stage: 'completion_acceptance' }, formFieldsFor('combined-project')),
    ).not.toHaveProperty('stage');
  });

  it('answers only fields the form has', () => {
    expect(projectFormAnswers(project, [{ key: 'projectName' }, { key: 'somethingElse' }])).toEqual({
      projectName: project.name,
    });
    expect(projectFormAnswers(project, [])).toEqual({});
  });
});

describe('stageFiling', () => {
  const item = 'XC-JP-003';
  it('files anew when the stage has nothing, or only ended applications', () => {
    expect(stageFiling([], item)).toEqual({ kind: 'file' });
    expect(
      stageFiling(
        [
          { id: 'a', itemCode: item, state: 'refused' },
          { id: 'b', itemCode: item, state: 'withdrawn' },
          { id: 'c', itemCode: 'XC-JP-101', state: 'in_review' },
        ],
        item,
      ),
    ).toEqual({ kind: 'file' });
  });

  it('continues a draft rather than starting a second one', () => {
    expect(stageFiling([{ id: 'd', itemCode: item, state: 'draft' }], item)).toEqual({ kind: 'continueDraft', caseId: 'd' });
  });

  it('files nothing while an application of the stage is under way', () => {
    for (const state of ['submitted', 'needs_supplement', 'accepted', 'in_review', 'suspended', 'approved'] as const) {
      expect(stageFiling([{ id: 'e', itemCode: item, state }], item)).toEqual({ kind: 'underWay', caseId: 'e' });
    }
  });
});
