/**
 * What makes a project's site parcel acceptable: a usable polygon (geometry.ts), of the size
 * of a building plot, inside the zone, and agreeing with the land area the owner declares
 * (the land documents give both; a mistyped coordinate shows up as a different area). Pure.
 */
import { areaM2, geometryProblem, liesWithin, type AreaGeometry, type GeometryProblem, type PolygonGeometry } from './geometry';
import { ZONE_BOUNDARY } from './zone';

export const PARCEL_MIN_M2 = 100;
/** 5 km²: larger than any single plot the zone has transferred. */
export const PARCEL_MAX_M2 = 5_000_000;
/** How far the drawn parcel's area may differ from the declared land area. */
export const PARCEL_AREA_TOLERANCE = 0.1;

export type ParcelProblem = GeometryProblem | 'parcelTooSmall' | 'parcelTooLarge' | 'parcelOutsideZone' | 'parcelAreaMismatch';

export function parcelProblem(
  parcel: PolygonGeometry,
  options: { declaredLandAreaM2?: number; zone?: AreaGeometry } = {},
): ParcelProblem | null {
  const shape = geometryProblem(parcel);
  if (shape) return shape;
  const area = areaM2(parcel);
  if (area < PARCEL_MIN_M2) return 'parcelTooSmall';
  if (area > PARCEL_MAX_M2) return 'parcelTooLarge';
  if (!liesWithin(parcel, options.zone ?? ZONE_BOUNDARY)) return 'parcelOutsideZone';
  const declared = options.declaredLandAreaM2;
  if (declared !== undefined && declared > 0 && Math.abs(area - declared) > declared * PARCEL_AREA_TOLERANCE) {
    return 'parcelAreaMismatch';
  }
  return null;
}
