import { z } from 'zod';
import { plainText } from './text';

/** An officer urges (催办) a case's assignee, with an optional note the assignee reads. */
export const urgeCaseSchema = z.object({
  caseId: z.guid(),
  note: plainText().trim().max(500, { error: 'tooLong' }).default(''),
});
export type UrgeCaseInput = z.input<typeof urgeCaseSchema>;

/** An admin pairs one enterprise with an officer. */
export const pairEnterpriseSchema = z.object({
  enterpriseId: z.guid(),
  officerId: z.guid({ error: 'required' }),
});

/** An admin pairs a park's enterprises (those without an officer, or all of them) with one officer. */
export const pairParkSchema = z.object({
  park: plainText().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  officerId: z.guid({ error: 'required' }),
  scope: z.enum(['unpaired', 'all']),
});
