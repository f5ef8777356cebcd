import { describe, expect, it } from 'vitest';
import {
  collectConditions,
  isTaskState,
  itemsByDepartment,
  mergeRevisionItems,
  roundChanges,
  taskDecisionProblem,
  tasksToReopen,
  type TaskState,
} from './combined-review';

const decision = (over: object) => ({ decision: 'approved' as const, opinion: '', conditions: [], revisionItems: [], ...over });

describe('taskDecisionProblem', () => {
  it('asks conditions of an approval with conditions, items of a revision request, a reason of a denial', () => {
    expect(taskDecisionProblem(decision({}))).toBeNull();
    expect(taskDecisionProblem(decision({ decision: 'not_required' }))).toBeNull();
    expect(taskDecisionProblem(decision({ decision: 'approved_with_conditions', conditions: [' '] }))).toBe('conditionsRequired');
    expect(
      taskDecisionProblem(decision({ decision: 'approved_with_conditions', conditions: ['竣工前完成消防验收'] })),
    ).toBeNull();
    expect(taskDecisionProblem(decision({ decision: 'revision_required' }))).toBe('revisionItemsRequired');
    expect(
      taskDecisionProblem(
        decision({
          decision: 'revision_required',
          revisionItems: [{ kind: 'material', code: 'fire-design', reason: 'incomplete' }],
        }),
      ),
    ).toBeNull();
    expect(taskDecisionProblem(decision({ decision: 'denied', opinion: ' ' }))).toBe('reasonRequired');
    expect(taskDecisionProblem(decision({ decision: 'denied', opinion: '选址位于生态保护红线内' }))).toBeNull();
  });
});

describe('mergeRevisionItems and collectConditions', () => {
  const tasks = [
    {
      departmentCode: 'nrp',
      decision: 'approved_with_conditions' as TaskState,
      conditions: ['按批准的总平面图施工', ''],
      revisionItems: null,
    },
    {
      departmentCode: 'fire',
      decision: 'revision_required' as TaskState,
      conditions: null,
      revisionItems: [
        { kind: 'material' as const, code: 'fire-design', reason: 'incomplete', note: '缺少疏散示意图' },
        { kind: 'field' as const, code: 'floorArea', reason: 'inconsistent' },
      ],
    },
    {
      departmentCode: 'housing',
      decision: 'revision_required' as TaskState,
      conditions: null,
      revisionItems: [{ kind: 'material' as const, code: 'fire-design', reason: 'unsigned' }],
    },
    {
      departmentCode: 'eco',
      decision: 'cancelled' as TaskState,
      conditions: ['x'],
      revisionItems: [{ kind: 'material' as const, code: 'eia', reason: 'missing' }],
    },
  ];

  it('merges every department’s revision items into one list, each tagged with its department, in task order', () => {
    expect(mergeRevisionItems(tasks)).toEqual([
      { kind: 'material', code: 'fire-design', reason: 'incomplete', note: '缺少疏散示意图', department: 'fire' },
      { kind: 'field', code: 'floorArea', reason: 'inconsistent', department: 'fire' },
      { kind: 'material', code: 'fire-design', reason: 'unsigned', department: 'housing' },
    ]);
  });

  it('collects the non-empty conditions of approvals with conditions only', () => {
    expect(collectConditions(tasks)).toEqual([{ department: 'nrp', condition: '按批准的总平面图施工' }]);
  });
});

describe('roundChanges', () => {
  it('lists the answers that differ and the materials with a new or first version', () => {
    const before = { formData: { floorArea: 96000, parcel: 'A-1', phases: [1, 2] }, materials: { 'fire-design': 1, eia: 1 } };
    const after = {
      formData: { floorArea: 98000, parcel: 'A-1', phases: [1, 2], note: '补充说明' },
      materials: { 'fire-design': 2, eia: 1, contracts: 1 },
    };
    expect(roundChanges(before, after)).toEqual({
      answers: [
        { key: 'floorArea', before: 96000, after: 98000 },
        { key: 'note', before: null, after: '补充说明' },
      ],
      materials: [
        { code: 'contracts', from: null, to: 1 },
        { code: 'fire-design', from: 1, to: 2 },
      ],
    });
  });

  it('finds nothing when nothing changed, whatever the key order', () => {
    const snap = { formData: { a: { x: 1 }, b: 2 }, materials: { m: 3 } };
    expect(roundChanges(snap, { formData: { b: 2, a: { x: 1 } }, materials: { m: 3 } })).toEqual({ answers: [], materials: [] });
  });
});

describe('tasksToReopen', () => {
  const materialDepartments = new Map([
    ['fire-design', ['fire']],
    ['planning-drawings', ['nrp', 'fire', 'housing']],
    ['contracts', ['housing']],
  ]);
  const tasks = [
    { id: 'nrp', departmentCode: 'nrp', decision: 'approved' as TaskState },
    { id: 'fire', departmentCode: 'fire', decision: 'revision_required' as TaskState },
    { id: 'housing', departmentCode: 'housing', decision: 'approved_with_conditions' as TaskState },
    { id: 'eco', departmentCode: 'eco', decision: 'not_required' as TaskState },
  ];
  const reopened = (changed: string[]) => tasksToReopen(tasks, changed, materialDepartments).map((t) => t.id);

  it('reopens the tasks that asked for the revision, and leaves approvals of untouched materials standing', () => {
    expect(reopened([])).toEqual(['fire']);
    expect(reopened(['fire-design'])).toEqual(['fire']);
  });

  it('reopens an approval whose department reviews a changed material', () => {
    expect(reopened(['contracts'])).toEqual(['fire', 'housing']);
    expect(reopened(['planning-drawings'])).toEqual(['nrp', 'fire', 'housing']);
  });

  it('never reopens a task that was not required, whatever changed', () => {
    expect(reopened(['planning-drawings', 'contracts', 'fire-design', 'eia'])).not.toContain('eco');
  });
});

describe('itemsByDepartment', () => {
  const item = (code: string, department?: string) => ({ kind: 'material' as const, code, reason: 'missing', department });

  it("groups a merged notice's items by department in the tasks' order and numbers them through the notice", () => {
    const groups = itemsByDepartment([item('a', 'FIRE'), item('b', 'PLAN'), item('c', 'FIRE')], ['PLAN', 'FIRE']);
    expect(groups.map((g) => [g.department, g.items.map((x) => `${x.number}:${x.item.code}`)])).toEqual([
      ['PLAN', ['1:b']],
      ['FIRE', ['2:a', '3:c']],
    ]);
  });

  it('puts a department outside the order after the known ones, and items naming none last', () => {
    const groups = itemsByDepartment([item('x'), item('y', 'EPB'), item('z', 'PLAN')], ['PLAN']);
    expect(groups.map((g) => g.department)).toEqual(['PLAN', 'EPB', null]);
    expect(groups.flatMap((g) => g.items.map((x) => x.number))).toEqual([1, 2, 3]);
  });

  it('keeps an ordinary supplement notice as one group without a department', () => {
    const groups = itemsByDepartment([item('a'), item('b')], []);
    expect(groups).toEqual([
      {
        department: null,
        items: [
          { item: item('a'), number: 1 },
          { item: item('b'), number: 2 },
        ],
      },
    ]);
  });
});

describe('isTaskState', () => {
  it('knows every decision, pending and cancelled, and nothing else', () => {
    for (const state of [
      'pending',
      'approved',
      'approved_with_conditions',
      'revision_required',
      'denied',
      'not_required',
      'cancelled',
    ])
      expect(isTaskState(state)).toBe(true);
    expect(isTaskState('approve')).toBe(false);
    expect(isTaskState(undefined)).toBe(false);
  });
});
