import { z } from 'zod';

/** An enterprise owner's decision on a pending join request. */
export const joinRequestDecisionSchema = z.object({
  enterpriseId: z.guid(),
  userId: z.guid(),
  approve: z.boolean(),
});

export type JoinRequestDecision = z.output<typeof joinRequestDecisionSchema>;

/** The enterprise an applicant chooses to act for (header switcher). */
export const actingEnterpriseSchema = z.object({ enterpriseId: z.guid() });
