import { z } from 'zod';
import { plainText } from './text';
import { ASSESSMENT_KINDS } from '@/lib/domain/assessment-kinds';
import { geometryProblem, parseGeometryText, parseParcelText } from '@/lib/domain/geometry';
import { PROJECT_INDUSTRY_CODES } from '@/lib/domain/project-code';
import { PROJECT_STAGES } from '@/lib/domain/project-stages';
import { parcelProblem } from '@/lib/domain/site-parcel';

const text = (min: number, max: number) =>
  plainText({ missing: 'required' }).trim().min(min, { error: 'required' }).max(max, { error: 'tooLong' });
const wholeNumber = (max: number) =>
  z.coerce
    .number<string | number>({ error: 'number' })
    .int({ error: 'integer' })
    .min(1, { error: 'min1' })
    .max(max, { error: 'outOfRange' });

/**
 * The project form (create and edit). The parcel is typed as boundary points or pasted as
 * GeoJSON and must lie in the zone with an area agreeing with the declared land area; the
 * investment is entered in 万元 (10,000 yuan), as project documents state it.
 */
export const projectSchema = z
  .object({
    enterpriseId: z.guid({ error: 'required' }),
    name: text(2, 100),
    siteParcel: text(1, 60),
    parcelText: plainText({ missing: 'required' }).max(20_000, { error: 'tooLong' }),
    totalInvestmentWan: z.coerce
      .number<string | number>({ error: 'number' })
      .positive({ error: 'outOfRange' })
      .max(100_000_000, { error: 'outOfRange' }),
    landAreaM2: wholeNumber(5_000_000),
    floorAreaM2: wholeNumber(50_000_000),
    industry: z.enum(PROJECT_INDUSTRY_CODES, { error: 'required' }),
    stage: z.enum(PROJECT_STAGES, { error: 'required' }),
  })
  .transform((input, ctx) => {
    const parsed = parseParcelText(input.parcelText);
    const problem = parsed.ok ? parcelProblem(parsed.geometry, { declaredLandAreaM2: input.landAreaM2 }) : parsed.problem;
    if (!parsed.ok || problem) {
      ctx.addIssue({ code: 'custom', path: ['parcelText'], message: problem ?? 'geometryFormat' });
      return z.NEVER;
    }
    const { parcelText: _text, totalInvestmentWan, ...facts } = input;
    return { ...facts, parcel: parsed.geometry, totalInvestmentYuan: Math.round(totalInvestmentWan * 10_000) };
  });

export type ProjectInput = z.output<typeof projectSchema>;

export const projectUpdateSchema = z.object({ projectId: z.guid() }).and(projectSchema);

export const fileStageSchema = z.object({ projectId: z.guid() });

const isoDate = z.iso.date({ error: 'date' });

/** The admin's regional assessment form; the area is pasted as GeoJSON (Polygon or MultiPolygon) or typed as points. */
export const assessmentSchema = z
  .object({
    kind: z.enum(ASSESSMENT_KINDS, { error: 'required' }),
    nameZh: text(2, 200),
    nameEn: text(2, 300),
    documentNumber: text(2, 60),
    areaText: plainText({ missing: 'required' }).max(200_000, { error: 'tooLong' }),
    validFrom: isoDate,
    validUntil: isoDate,
  })
  .refine((v) => v.validFrom <= v.validUntil, { path: ['validUntil'], error: 'validityOrder' })
  .transform((input, ctx) => {
    const parsed = parseGeometryText(input.areaText);
    const problem = parsed.ok ? geometryProblem(parsed.geometry) : parsed.problem;
    if (!parsed.ok || problem) {
      ctx.addIssue({ code: 'custom', path: ['areaText'], message: problem ?? 'geometryFormat' });
      return z.NEVER;
    }
    return {
      kind: input.kind,
      name: { zh: input.nameZh, en: input.nameEn },
      documentNumber: input.documentNumber,
      area: parsed.geometry,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
    };
  });

export type AssessmentInput = z.output<typeof assessmentSchema>;

export const assessmentUpdateSchema = z.object({ assessmentId: z.guid() }).and(assessmentSchema);
