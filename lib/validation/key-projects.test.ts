import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addMilestoneSchema, keyProjectSettingsSchema, taskForceSchema } from './key-projects';

const projectId = '8f0b6a52-3f1e-4c1a-9d3e-2b7c1a0e5f11';
const officerId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('keyProjectSettingsSchema', () => {
  const valid = {
    projectId,
    level: 'provincial',
    programme: 'key',
    plannedWan: '150000',
    continuing: false,
    startedOn: '',
    year: 2026,
    annualPlanWan: '65000.5',
  };

  it('takes amounts in 万元 as the form enters them and gives yuan, an empty start as none', () => {
    expect(keyProjectSettingsSchema.parse(valid)).toEqual({
      projectId,
      level: 'provincial',
      programme: 'key',
      continuing: false,
      startedOn: null,
      year: 2026,
      plannedYuan: 1_500_000_000,
      annualPlanYuan: 650_005_000,
    });
    expect(keyProjectSettingsSchema.parse({ ...valid, startedOn: '2026-03-18' }).startedOn).toBe('2026-03-18');
  });

  it('refuses an unknown level, a negative or missing amount and a bad date, field by field', () => {
    expect(
      fieldErrors(keyProjectSettingsSchema, {
        ...valid,
        level: 'national',
        plannedWan: '-1',
        annualPlanWan: 'x',
        startedOn: '2026-13-01',
      }),
    ).toEqual({ level: ['required'], plannedWan: ['outOfRange'], annualPlanWan: ['number'], startedOn: ['date'] });
    expect(fieldErrors(keyProjectSettingsSchema, { ...valid, year: 1999 })).toEqual({ year: ['yearRange'] });
  });
});

describe('addMilestoneSchema', () => {
  it('takes a trimmed name and a planned date', () => {
    expect(addMilestoneSchema.parse({ projectId, name: ' 主体结构封顶 ', plannedOn: '2026-09-30' })).toEqual({
      projectId,
      name: '主体结构封顶',
      plannedOn: '2026-09-30',
    });
  });

  it('asks for a name and a valid date', () => {
    expect(fieldErrors(addMilestoneSchema, { projectId, name: '  ', plannedOn: '30/09/2026' })).toEqual({
      name: ['required'],
      plannedOn: ['date'],
    });
  });
});

describe('taskForceSchema', () => {
  it('turns "no lead" into null and keeps the members', () => {
    expect(taskForceSchema.parse({ projectId, leadId: '', memberIds: [officerId] })).toEqual({
      projectId,
      leadId: null,
      memberIds: [officerId],
    });
    expect(taskForceSchema.parse({ projectId, leadId: officerId, memberIds: [] }).leadId).toBe(officerId);
  });

  it('refuses a person who is not an id', () => {
    expect(fieldErrors(taskForceSchema, { projectId, leadId: 'someone', memberIds: ['x'] })).toEqual({
      leadId: ['unknownUser'],
      memberIds: ['unknownUser'],
    });
  });
});
