import { describe, expect, it } from 'vitest';
import { dueDateProblems, intakeComplete, intakeGaps, intakeRefusal, tolerable, type IntakeMaterial } from './intake';

const material = (code: string, over: Partial<IntakeMaterial> = {}): IntakeMaterial => ({
  code,
  required: true,
  core: false,
  supplied: false,
  waived: false,
  ...over,
});

// The establishment item's list: three core materials, three required non-core, one optional.
const LIST = [
  material('application-form', { core: true }),
  material('articles-of-association', { core: true }),
  material('shareholder-identity', { core: true }),
  material('appointment-documents'),
  material('domicile-proof'),
  material('name-notice'),
  material('power-of-attorney', { required: false }),
];

const supplied = (codes: string[]) => LIST.map((m) => ({ ...m, supplied: codes.includes(m.code) }));
const none = { answerProblems: {}, contactProblems: {} };

describe('intakeGaps', () => {
  it('lists everything an empty case lacks: answers, contact, core and other materials — not the optional one', () => {
    const gaps = intakeGaps({
      answerProblems: { enterpriseName: 'required', address: 'required' },
      contactProblems: { phone: 'phone' },
      materials: LIST,
    });
    expect(gaps).toEqual({
      fields: ['enterpriseName', 'address'],
      contact: ['phone'],
      coreMaterials: ['application-form', 'articles-of-association', 'shareholder-identity'],
      otherMaterials: ['appointment-documents', 'domicile-proof', 'name-notice'],
    });
    expect(intakeComplete(gaps)).toBe(false);
    expect(tolerable(gaps)).toBe(false);
  });

  it('finds a case with every required answer and material complete', () => {
    const gaps = intakeGaps({ ...none, materials: supplied(LIST.filter((m) => m.required).map((m) => m.code)) });
    expect(gaps).toEqual({ fields: [], contact: [], coreMaterials: [], otherMaterials: [] });
    expect(intakeComplete(gaps)).toBe(true);
  });

  it('does not require a material a regional assessment waives, core or not', () => {
    const materials = [
      material('eia', { core: true, waived: true }),
      material('energy-report', { waived: true }),
      material('plans', { core: true, supplied: true }),
    ];
    expect(intakeComplete(intakeGaps({ ...none, materials }))).toBe(true);
  });
});

describe('intakeRefusal', () => {
  const core = ['application-form', 'articles-of-association', 'shareholder-identity'];
  const coreOnly = intakeGaps({ ...none, materials: supplied(core) });

  it('plain acceptance needs everything required', () => {
    expect(intakeRefusal('accept', coreOnly)).toBe('intakeIncomplete');
    expect(
      intakeRefusal(
        'accept',
        intakeGaps({ ...none, materials: supplied([...core, 'appointment-documents', 'domicile-proof', 'name-notice']) }),
      ),
    ).toBeNull();
  });

  it('tolerance needs the core materials and the answers, and every missing non-core material tolerated', () => {
    expect(intakeRefusal('accept_with_tolerance', coreOnly, ['domicile-proof'])).toBe('missingMaterialNotTolerated');
    expect(
      intakeRefusal('accept_with_tolerance', coreOnly, ['appointment-documents', 'domicile-proof', 'name-notice']),
    ).toBeNull();
    const noCore = intakeGaps({ ...none, materials: supplied(['application-form']) });
    expect(
      intakeRefusal(
        'accept_with_tolerance',
        noCore,
        LIST.map((m) => m.code),
      ),
    ).toBe('intakeIncomplete');
    const unanswered = intakeGaps({ answerProblems: { address: 'required' }, contactProblems: {}, materials: supplied(core) });
    expect(intakeRefusal('accept_with_tolerance', unanswered, ['appointment-documents', 'domicile-proof', 'name-notice'])).toBe(
      'intakeIncomplete',
    );
  });
});

describe('dueDateProblems', () => {
  it('refuses dates before today and after the promised limit, by index', () => {
    const problems = dueDateProblems(
      [{ dueDate: '2026-11-26' }, { dueDate: '2026-11-27' }, { dueDate: '2026-12-10' }, { dueDate: '2026-12-11' }],
      { today: '2026-11-27', latest: '2026-12-10' },
    );
    expect([...problems]).toEqual([
      [0, 'dueDateInPast'],
      [3, 'dueDateBeyondPromise'],
    ]);
    expect([...dueDateProblems([{ dueDate: '2026-12-01' }], { today: '2026-11-27', latest: null })]).toEqual([
      [0, 'dueDateBeyondPromise'],
    ]);
  });
});
