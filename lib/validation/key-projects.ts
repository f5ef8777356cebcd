import { z } from 'zod';
import type { KeyProjectLevel, KeyProjectProgramme } from '@/lib/domain/key-projects';
import { plainText } from './text';

const isoDate = z.iso.date({ error: 'date' });

/**
 * A month's investment completed, reported by the owner, its officer or the task force, entered in
 * 万元 as project statistics state it. With `correctsReportId` it corrects that month's current
 * report, and then a reason is required: a figure is never silently overwritten.
 */
export const investmentReportSchema = z
  .object({
    projectId: z.guid(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, { error: 'date' }),
    amountWan: z.coerce
      .number<string | number>({ error: 'number' })
      .min(0, { error: 'outOfRange' })
      .max(100_000_000, { error: 'outOfRange' }),
    note: plainText().trim().max(500, { error: 'tooLong' }).optional(),
    correctsReportId: z.guid().optional(),
    reason: plainText().trim().max(500, { error: 'tooLong' }).optional(),
  })
  .refine((input) => !input.correctsReportId || !!input.reason, { path: ['reason'], error: 'correctionReason' })
  .transform(({ amountWan, ...input }) => ({ ...input, amountYuan: Math.round(amountWan * 10_000) }));

export type InvestmentReportInput = z.output<typeof investmentReportSchema>;

/** The day a milestone was actually reached. */
export const milestoneReachedSchema = z.object({ projectId: z.guid(), milestoneId: z.guid(), actualOn: isoDate });

// Spelled out rather than imported from db/schema, which the browser bundle should not carry.
const LEVELS = ['provincial', 'municipal', 'zone'] as const satisfies readonly KeyProjectLevel[];
const PROGRAMMES = ['key', 'urban_upgrading'] as const satisfies readonly KeyProjectProgramme[];

const wan = z.coerce
  .number<string | number>({ error: 'number' })
  .min(0, { error: 'outOfRange' })
  .max(100_000_000, { error: 'outOfRange' });
const toYuan = (amountWan: number) => Math.round(amountWan * 10_000);

/**
 * A manager marks a project key or edits it: level, programme, planned total and this year's plan, in
 * 万元 like the monthly reports; the action receives yuan.
 */
export const keyProjectSettingsSchema = z
  .object({
    projectId: z.guid(),
    level: z.enum(LEVELS, { error: 'required' }),
    programme: z.enum(PROGRAMMES, { error: 'required' }),
    plannedWan: wan,
    continuing: z.boolean(),
    startedOn: z.union([isoDate, z.literal('')], { error: 'date' }),
    year: z.coerce
      .number<string | number>({ error: 'number' })
      .int({ error: 'integer' })
      .min(2000, { error: 'yearRange' })
      .max(2100, { error: 'yearRange' }),
    annualPlanWan: wan,
  })
  .transform(({ plannedWan, annualPlanWan, startedOn, ...input }) => ({
    ...input,
    startedOn: startedOn || null,
    plannedYuan: toYuan(plannedWan),
    annualPlanYuan: toYuan(annualPlanWan),
  }));

/** A new milestone of a key project: what, and by when. */
export const addMilestoneSchema = z.object({
  projectId: z.guid(),
  name: plainText().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  plannedOn: isoDate,
});

/** The task force: a lead officer (or none) and members from the departments. */
export const taskForceSchema = z
  .object({
    projectId: z.guid(),
    leadId: z.union([z.guid({ error: 'unknownUser' }), z.literal('')], { error: 'unknownUser' }),
    memberIds: z.array(z.guid({ error: 'unknownUser' })),
  })
  .transform(({ leadId, ...input }) => ({ ...input, leadId: leadId || null }));
