'use server';

import { revalidatePath } from 'next/cache';
import {
  addMilestone,
  correctInvestmentReport,
  recordMilestone,
  reportInvestment,
  saveKeyProject,
  setTaskForce,
} from '@/lib/data/key-projects';
import {
  addMilestoneSchema,
  investmentReportSchema,
  keyProjectSettingsSchema,
  milestoneReachedSchema,
  taskForceSchema,
} from '@/lib/validation/key-projects';
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

/** A manager marks a project key, or edits its level, programme, planned total and this year's plan. */
export const keyProjectSettingsAction = defineAction(keyProjectSettingsSchema, async (input, { viewer, meta }) => {
  await saveKeyProject(viewer, input, meta);
  revalidateKeyProject(input.projectId);
});

/** A manager adds a milestone with its planned date. */
export const addMilestoneAction = defineAction(addMilestoneSchema, async (input, { viewer, meta }) => {
  await addMilestone(viewer, input, meta);
  revalidateKeyProject(input.projectId);
});

/** A manager sets the task force: a lead officer and members from the departments. */
export const taskForceAction = defineAction(taskForceSchema, async (input, { viewer, meta }) => {
  await setTaskForce(viewer, input, meta);
  revalidateKeyProject(input.projectId);
});
