import { z } from 'zod';
import { PROBLEM_CHANGE_NAMES, PROBLEM_KINDS, type ProblemChange } from '@/lib/domain/problems';
import { plainText } from './text';

/** An enterprise raises a problem: what kind, a short title, and what is in the way. */
export const raiseProblemSchema = z.object({
  enterpriseId: z.guid({ error: 'required' }),
  kind: z.enum(PROBLEM_KINDS, { error: 'required' }),
  title: plainText().trim().min(2, { error: 'required' }).max(120, { error: 'tooLong' }),
  description: plainText().trim().min(2, { error: 'required' }).max(4000, { error: 'tooLong' }),
});
export type RaiseProblemFormInput = z.input<typeof raiseProblemSchema>;

/** One change of a problem: the note, result or reason it records, or the department brought in. */
export const changeProblemSchema = z.object({
  problemId: z.guid(),
  version: z.number().int().min(1),
  change: z.enum(PROBLEM_CHANGE_NAMES as [ProblemChange, ...ProblemChange[]]),
  text: plainText().trim().max(2000, { error: 'tooLong' }).default(''),
  departmentId: z.union([z.literal('').transform(() => null), z.null(), z.guid({ error: 'required' })]).default(null),
});
export type ChangeProblemFormInput = z.input<typeof changeProblemSchema>;
