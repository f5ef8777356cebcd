import { describe, expect, it } from 'vitest';
import { areaM2, parseParcelText, type PolygonGeometry } from './geometry';
import { parcelProblem } from './site-parcel';

const parcel = (text: string): PolygonGeometry => {
  const parsed = parseParcelText(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.geometry;
};

// About 553 m × 555 m in the zone's east.
const PLOT = parcel('113.86, 34.0\n113.866, 34.0\n113.866, 34.005\n113.86, 34.005');

describe('parcelProblem', () => {
  it('accepts a plot inside the zone whose area agrees with the declared land area', () => {
    expect(parcelProblem(PLOT)).toBeNull();
    expect(parcelProblem(PLOT, { declaredLandAreaM2: Math.round(areaM2(PLOT)) })).toBeNull();
  });

  it('refuses a drawn area more than 10 % away from the declared one', () => {
    const area = areaM2(PLOT);
    expect(parcelProblem(PLOT, { declaredLandAreaM2: area * 1.09 })).toBeNull();
    expect(parcelProblem(PLOT, { declaredLandAreaM2: area * 1.12 })).toBe('parcelAreaMismatch');
    expect(parcelProblem(PLOT, { declaredLandAreaM2: area * 0.88 })).toBe('parcelAreaMismatch');
  });

  it('refuses a parcel outside the zone or crossing its boundary', () => {
    // In the zone's north-west, then just beyond its north-west corner, then across its eastern edge.
    expect(parcelProblem(parcel('113.82, 34.03\n113.825, 34.03\n113.825, 34.034\n113.82, 34.034'))).toBeNull();
    expect(parcelProblem(parcel('113.79, 34.05\n113.795, 34.05\n113.795, 34.055\n113.79, 34.055'))).toBe('parcelOutsideZone');
    expect(parcelProblem(parcel('113.895, 34.02\n113.91, 34.02\n113.91, 34.025\n113.895, 34.025'))).toBe('parcelOutsideZone');
  });

  it('refuses a plot too small to build on or larger than any the zone transfers', () => {
    expect(parcelProblem(parcel('113.86, 34.0\n113.86005, 34.0\n113.86005, 34.00005\n113.86, 34.00005'))).toBe('parcelTooSmall');
    expect(parcelProblem(parcel('113.81, 33.99\n113.89, 33.99\n113.89, 34.03\n113.81, 34.03'))).toBe('parcelTooLarge');
  });

  it('reports a broken polygon before anything else', () => {
    expect(parcelProblem(parcel('113.86, 34.0\n113.866, 34.005\n113.866, 34.0\n113.86, 34.005'))).toBe('geometrySelfIntersects');
  });
});
