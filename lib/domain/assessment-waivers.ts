/**
 * Regional assessments waive materials (区域评估, DESIGN §7): a material the catalogue marks
 * `waivedByAssessment: kind` is not asked of a project whose parcel lies within the area of
 * an assessment of that kind that is valid on the day that counts. Pure.
 *
 * - Within: no part of the parcel outside the area (turf's boolean-within). A parcel touching
 *   the area's boundary from inside is within; one straddling it is not (the assessment says
 *   nothing about the part outside), nor one that only shares an edge from outside.
 * - Valid: validFrom ≤ date ≤ validUntil, both days included (zone calendar dates).
 * - Several covering assessments of one kind: the most recent (latest validFrom, then the
 *   latest validUntil, then the document number) is cited, so the citation is stable.
 */
import { booleanIntersects } from '@turf/boolean-intersects';
import type { Bilingual } from '@/lib/i18n/config';
import { liesWithin, type AreaGeometry, type PolygonGeometry } from './geometry';

export type RegionalAssessment = {
  id: string;
  kind: string;
  name: Bilingual;
  documentNumber: string;
  area: AreaGeometry;
  /** 'YYYY-MM-DD', inclusive. */
  validFrom: string;
  /** 'YYYY-MM-DD', inclusive. */
  validUntil: string;
};

/** What a waiver cites: the assessment without its geometry. */
export type AssessmentCitation = Omit<RegionalAssessment, 'area'>;

export type MaterialWaiver = { materialCode: string; assessment: AssessmentCitation };

export type Validity = 'valid' | 'expired' | 'notYetValid';
export type Coverage = 'within' | 'partly' | 'outside';

export function validityOn(assessment: Pick<RegionalAssessment, 'validFrom' | 'validUntil'>, date: string): Validity {
  if (date < assessment.validFrom) return 'notYetValid';
  if (date > assessment.validUntil) return 'expired';
  return 'valid';
}

/** How the parcel lies against the area: within it, partly in it (straddling), or outside. */
export function coverageOf(parcel: PolygonGeometry, area: AreaGeometry): Coverage {
  if (liesWithin(parcel, area)) return 'within';
  return booleanIntersects(parcel, area) ? 'partly' : 'outside';
}

export function citationOf({ area: _area, ...citation }: RegionalAssessment): AssessmentCitation {
  return citation;
}

const newestFirst = (a: RegionalAssessment, b: RegionalAssessment) =>
  b.validFrom.localeCompare(a.validFrom) ||
  b.validUntil.localeCompare(a.validUntil) ||
  a.documentNumber.localeCompare(b.documentNumber);

/** The valid assessments whose area the parcel lies within, one per kind (the newest). */
export function coveringAssessments(
  parcel: PolygonGeometry,
  assessments: readonly RegionalAssessment[],
  date: string,
): Map<string, RegionalAssessment> {
  const byKind = new Map<string, RegionalAssessment>();
  for (const a of [...assessments].sort(newestFirst)) {
    if (byKind.has(a.kind) || validityOn(a, date) !== 'valid') continue;
    if (liesWithin(parcel, a.area)) byKind.set(a.kind, a);
  }
  return byKind;
}

/** The materials waived for this parcel on this date, each citing the assessment that waives it, in material order. */
export function waiversFor({
  parcel,
  assessments,
  materials,
  date,
}: {
  parcel: PolygonGeometry | null;
  assessments: readonly RegionalAssessment[];
  materials: readonly { code: string; waivedByAssessment: string | null }[];
  date: string;
}): MaterialWaiver[] {
  if (!parcel) return [];
  const waivable = materials.filter((m) => m.waivedByAssessment);
  if (waivable.length === 0) return [];
  const kinds = new Set(waivable.map((m) => m.waivedByAssessment));
  const covering = coveringAssessments(
    parcel,
    assessments.filter((a) => kinds.has(a.kind)),
    date,
  );
  return waivable.flatMap((m) => {
    const assessment = covering.get(m.waivedByAssessment!);
    return assessment ? [{ materialCode: m.code, assessment: citationOf(assessment) }] : [];
  });
}
