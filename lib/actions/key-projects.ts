'use server';

import { revalidatePath } from 'next/cache';
import { correctInvestmentReport, recordMilestone, reportInvestment } from '@/lib/data/key-projects';
import { investmentReportSchema, milestoneReachedSchema } from '@/lib/validation/key-projects';
import { defineAction } from './define-action';

function revalidateKeyProject(projectId: string) {
  revalidatePath(`/projects/${projectId}`);
  revalidatePath(`/dashboard/key-projects/${projectId}`);
  revalidatePath('/dashboard/key-projects');
}

/** Reports a month's investment, or corrects that month's report with a reason. */
export const investmentReportAction = defineAction(investmentReportSchema, async (input, { viewer, meta }) => {
  const result = input.correctsReportId
    ? await correctInvestmentReport(
        viewer,
        { reportId: input.correctsReportId, amountYuan: input.amountYuan, reason: input.reason ?? '' },
        meta,
      )
    : await reportInvestment(
        viewer,
        { projectId: input.projectId, month: input.month, amountYuan: input.amountYuan, note: input.note || null },
        meta,
      );
  revalidateKeyProject(input.projectId);
  return result;
});

/** The task force (or a manager) records the day a milestone was reached. */
export const milestoneReachedAction = defineAction(milestoneReachedSchema, async (input, { viewer, meta }) => {
  await recordMilestone(viewer, { milestoneId: input.milestoneId, actualOn: input.actualOn }, meta);
  revalidateKeyProject(input.projectId);
});
