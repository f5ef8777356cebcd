/**
 * Filing a project's stage application (DESIGN §7): which combined item serves the stage,
 * what the project already says for the application form, and whether the stage has an
 * application under way. Pure.
 */
import type { FormField } from './application-forms';
import { isProjectStage, PROJECT_STAGE_NAMES, type ProjectStage } from './project-stages';
import type { CaseState } from './workflow';

export type CombinedItem = { code: string; stage: string | null };

/**
 * The combined item of the stage: the one published for it, else a combined item published
 * for no particular stage (one item covering every stage), else none. Among several, the
 * lowest code, so the choice is stable.
 */
export function stageItemFor<T extends CombinedItem>(items: readonly T[], stage: ProjectStage): T | null {
  const byCode = [...items].sort((a, b) => a.code.localeCompare(b.code));
  return byCode.find((i) => i.stage === stage) ?? byCode.find((i) => i.stage === null) ?? null;
}

/**
 * What the project already answers of the item's form, for the fields the form has. The
 * stage is answered with the form's option named like the project's stage, where there is one.
 */
export function projectFormAnswers(
  project: {
    name: string;
    siteParcel: string;
    totalInvestmentYuan: number;
    landAreaM2: number;
    floorAreaM2: number;
    stage: string;
  },
  fields: readonly Pick<FormField, 'key' | 'options'>[],
): Record<string, unknown> {
  const stageName = isProjectStage(project.stage) ? PROJECT_STAGE_NAMES[project.stage].zh : null;
  const known: Record<string, unknown> = {
    projectName: project.name,
    parcel: project.siteParcel,
    // The form asks in 万元.
    investment: project.totalInvestmentYuan / 10_000,
    landArea: project.landAreaM2,
    floorArea: project.floorAreaM2,
    stage: fields.find((f) => f.key === 'stage')?.options?.find((o) => o.label.zh === stageName)?.value,
  };
  return Object.fromEntries(fields.filter((f) => known[f.key] !== undefined).map((f) => [f.key, known[f.key]]));
}

/** States in which an application is still on its way to a result. */
const UNDER_WAY: readonly CaseState[] = ['submitted', 'needs_supplement', 'accepted', 'in_review', 'suspended', 'approved'];

export type StageFiling = { kind: 'file' } | { kind: 'continueDraft'; caseId: string } | { kind: 'underWay'; caseId: string };

/**
 * What filing the stage means now, given the project's cases of the stage's item: continue
 * the draft if there is one, nothing while an application is under way (one combined
 * application per stage), otherwise file a new one (also after a refusal or withdrawal).
 */
export function stageFiling(cases: readonly { id: string; itemCode: string; state: CaseState }[], itemCode: string): StageFiling {
  const ofItem = cases.filter((c) => c.itemCode === itemCode);
  const draft = ofItem.find((c) => c.state === 'draft');
  if (draft) return { kind: 'continueDraft', caseId: draft.id };
  const active = ofItem.find((c) => UNDER_WAY.includes(c.state));
  if (active) return { kind: 'underWay', caseId: active.id };
  return { kind: 'file' };
}
