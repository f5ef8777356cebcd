/**
 * The four stages of the national construction-project approval reform (工程建设项目审批制度改革,
 * DESIGN §7). A project files one combined application per stage; the catalogue says which
 * department items each stage bundles. Pure.
 */
import type { Bilingual } from '@/lib/i18n/config';

export const PROJECT_STAGES = ['land_planning', 'works_permit', 'construction_permit', 'completion_acceptance'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROJECT_STAGE_NAMES: Record<ProjectStage, Bilingual> = {
  land_planning: { zh: '立项用地规划许可', en: 'Project approval and land-use planning permit' },
  works_permit: { zh: '工程建设许可', en: 'Construction works planning permit' },
  construction_permit: { zh: '施工许可', en: 'Construction permit' },
  completion_acceptance: { zh: '竣工验收', en: 'Completion acceptance' },
};

export function isProjectStage(value: unknown): value is ProjectStage {
  return typeof value === 'string' && (PROJECT_STAGES as readonly string[]).includes(value);
}

/** The stage after `stage`, or null after completion acceptance. */
export function nextProjectStage(stage: ProjectStage): ProjectStage | null {
  return PROJECT_STAGES[PROJECT_STAGES.indexOf(stage) + 1] ?? null;
}
