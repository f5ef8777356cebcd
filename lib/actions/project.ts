'use server';

import { revalidatePath } from 'next/cache';
import { createAssessment, updateAssessment } from '@/lib/data/assessments';
import { createProject, fileStageApplication, updateProject } from '@/lib/data/projects';
import {
  assessmentSchema,
  assessmentUpdateSchema,
  fileStageSchema,
  projectSchema,
  projectUpdateSchema,
} from '@/lib/validation/project';
import { defineAction } from './define-action';

export const createProjectAction = defineAction(projectSchema, async (input, { viewer, meta }) => {
  const created = await createProject(viewer, input, meta);
  revalidatePath('/my/projects');
  return created;
});

export const updateProjectAction = defineAction(projectUpdateSchema, async ({ projectId, ...input }, { viewer, meta }) => {
  const updated = await updateProject(viewer, projectId, input, meta);
  revalidatePath('/my/projects');
  revalidatePath(`/projects/${projectId}`);
  return updated;
});

/** Opens the wizard on the project's stage application (a new draft, or the one already started). */
export const fileStageApplicationAction = defineAction(fileStageSchema, async (input, { viewer, meta }) => {
  const filed = await fileStageApplication(viewer, input, meta);
  revalidatePath(`/projects/${input.projectId}`);
  revalidatePath('/my');
  return filed;
});

export const createAssessmentAction = defineAction(assessmentSchema, async (input, { viewer, meta }) => {
  const created = await createAssessment(viewer, input, meta);
  revalidatePath('/admin/assessments');
  return created;
});

export const updateAssessmentAction = defineAction(
  assessmentUpdateSchema,
  async ({ assessmentId, ...input }, { viewer, meta }) => {
    const updated = await updateAssessment(viewer, assessmentId, input, meta);
    revalidatePath('/admin/assessments');
    revalidatePath(`/admin/assessments/${assessmentId}`);
    return updated;
  },
);
