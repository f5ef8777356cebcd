/**
 * The kinds of area-wide assessment a zone completes once for all its projects (区域评估,
 * 多评合一), each of which stands in for the matching material of a project inside its area.
 * Pure data.
 */
import type { Bilingual } from '@/lib/i18n/config';

export const ASSESSMENT_KINDS = [
  'eia',
  'energy',
  'soil_water',
  'seismic',
  'geohazard',
  'archaeology',
  'water_resources',
  'flood',
  'mineral',
  'climate',
] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_KIND_NAMES: Record<AssessmentKind, Bilingual> = {
  eia: { zh: '区域环境影响评价', en: 'Regional environmental impact assessment' },
  energy: { zh: '区域节能评价', en: 'Regional energy conservation assessment' },
  soil_water: { zh: '区域水土保持评估', en: 'Regional soil and water conservation assessment' },
  seismic: { zh: '区域地震安全性评价', en: 'Regional seismic safety assessment' },
  geohazard: { zh: '区域地质灾害危险性评估', en: 'Regional geological hazard assessment' },
  archaeology: { zh: '区域文物考古调查勘探', en: 'Regional archaeological survey' },
  water_resources: { zh: '区域水资源论证', en: 'Regional water resources assessment' },
  flood: { zh: '区域洪水影响评价', en: 'Regional flood impact assessment' },
  mineral: { zh: '区域压覆重要矿产资源评估', en: 'Regional assessment of overlying important mineral resources' },
  climate: { zh: '区域气候可行性论证', en: 'Regional climate feasibility study' },
};

export function isAssessmentKind(value: unknown): value is AssessmentKind {
  return typeof value === 'string' && (ASSESSMENT_KINDS as readonly string[]).includes(value);
}
