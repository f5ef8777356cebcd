import { describe, expect, it } from 'vitest';
import { coverageOf, validityOn, waiversFor, type RegionalAssessment } from './assessment-waivers';
import type { AreaGeometry, PolygonGeometry } from './geometry';

/** An axis-aligned rectangle [west, south] → [east, north], counter-clockwise. */
const box = (w: number, s: number, e: number, n: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

// The assessed area: 113.85–113.90 E, 33.98–34.04 N (the zone's east).
const EAST = box(113.85, 33.98, 113.9, 34.04);
const inside = box(113.86, 34.0, 113.866, 34.005);
const outside = box(113.81, 34.0, 113.816, 34.005);
const straddling = box(113.847, 34.0, 113.853, 34.005);
// Shares the area's western edge from inside: no part of it lies outside.
const touchingFromInside = box(113.85, 34.0, 113.856, 34.005);
// Shares the same edge from outside: only its boundary meets the area.
const touchingFromOutside = box(113.844, 34.0, 113.85, 34.005);

const assessment = (overrides: Partial<RegionalAssessment> & { area?: AreaGeometry } = {}): RegionalAssessment => ({
  id: 'a1',
  kind: 'eia',
  name: { zh: '许昌经济技术开发区东区区域环境影响评价', en: 'Regional EIA of the zone’s east' },
  documentNumber: '许环审〔2024〕18号',
  area: EAST,
  validFrom: '2024-06-01',
  validUntil: '2029-05-31',
  ...overrides,
});

const MATERIALS = [
  { code: 'joint-application', waivedByAssessment: null },
  { code: 'eia', waivedByAssessment: 'eia' },
  { code: 'energy-report', waivedByAssessment: 'energy' },
];
const DAY = '2026-11-26';

const waivedCodes = (parcel: PolygonGeometry | null, assessments: RegionalAssessment[], date = DAY) =>
  waiversFor({ parcel, assessments, materials: MATERIALS, date }).map((w) => w.materialCode);

describe('waiversFor', () => {
  it('waives the matching material of a parcel inside a valid area, citing the assessment without its geometry', () => {
    const [waiver, ...rest] = waiversFor({ parcel: inside, assessments: [assessment()], materials: MATERIALS, date: DAY });
    expect(rest).toEqual([]);
    expect(waiver).toEqual({
      materialCode: 'eia',
      assessment: {
        id: 'a1',
        kind: 'eia',
        name: { zh: '许昌经济技术开发区东区区域环境影响评价', en: 'Regional EIA of the zone’s east' },
        documentNumber: '许环审〔2024〕18号',
        validFrom: '2024-06-01',
        validUntil: '2029-05-31',
      },
    });
  });

  it('waives nothing for a parcel outside the area, straddling its boundary, or touching it from outside', () => {
    expect(waivedCodes(outside, [assessment()])).toEqual([]);
    expect(waivedCodes(straddling, [assessment()])).toEqual([]);
    expect(waivedCodes(touchingFromOutside, [assessment()])).toEqual([]);
  });

  it('counts a parcel touching the boundary from inside as within', () => {
    expect(waivedCodes(touchingFromInside, [assessment()])).toEqual(['eia']);
  });

  it('includes both days of the validity and nothing beyond them', () => {
    expect(waivedCodes(inside, [assessment()], '2024-06-01')).toEqual(['eia']);
    expect(waivedCodes(inside, [assessment()], '2029-05-31')).toEqual(['eia']);
    // Expired the day after its last valid day; not yet valid the day before its first.
    expect(waivedCodes(inside, [assessment()], '2029-06-01')).toEqual([]);
    expect(waivedCodes(inside, [assessment()], '2024-05-31')).toEqual([]);
  });

  it('only waives materials of the assessment’s own kind', () => {
    expect(waivedCodes(inside, [assessment({ kind: 'seismic' })])).toEqual([]);
    expect(waivedCodes(inside, [assessment({ kind: 'energy' })])).toEqual(['energy-report']);
    expect(waivedCodes(inside, [assessment(), assessment({ id: 'a2', kind: 'energy' })])).toEqual(['eia', 'energy-report']);
  });

  it('reads a MultiPolygon area: within one of its parts counts, spanning the gap between two does not', () => {
    const twoBlocks: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [box(113.8, 34.0, 113.82, 34.02).coordinates, box(113.83, 34.0, 113.85, 34.02).coordinates],
    };
    const a = assessment({ area: twoBlocks });
    expect(waivedCodes(box(113.805, 34.005, 113.81, 34.01), [a])).toEqual(['eia']);
    expect(waivedCodes(box(113.835, 34.005, 113.84, 34.01), [a])).toEqual(['eia']);
    expect(waivedCodes(box(113.815, 34.005, 113.835, 34.01), [a])).toEqual([]);
  });

  it('cites the newest of several valid assessments of one kind, and skips an expired one', () => {
    const older = assessment({
      id: 'old',
      documentNumber: '许环审〔2021〕3号',
      validFrom: '2021-01-01',
      validUntil: '2030-12-31',
    });
    const newer = assessment({
      id: 'new',
      documentNumber: '许环审〔2025〕9号',
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
    });
    const expired = assessment({ id: 'gone', validFrom: '2026-01-01', validUntil: '2026-06-30' });
    const cite = (list: RegionalAssessment[]) =>
      waiversFor({ parcel: inside, assessments: list, materials: MATERIALS, date: DAY }).map((w) => w.assessment.id);
    expect(cite([older, newer, expired])).toEqual(['new']);
    expect(cite([expired, newer, older])).toEqual(['new']);
    expect(cite([older, expired])).toEqual(['old']);
  });

  it('waives nothing without a parcel or without waivable materials', () => {
    expect(waivedCodes(null, [assessment()])).toEqual([]);
    expect(
      waiversFor({
        parcel: inside,
        assessments: [assessment()],
        materials: [{ code: 'x', waivedByAssessment: null }],
        date: DAY,
      }),
    ).toEqual([]);
  });
});

describe('validityOn and coverageOf', () => {
  it('says why an assessment does not count', () => {
    expect(validityOn(assessment(), '2024-05-31')).toBe('notYetValid');
    expect(validityOn(assessment(), DAY)).toBe('valid');
    expect(validityOn(assessment(), '2029-06-01')).toBe('expired');
  });

  it('tells within, partly and outside apart', () => {
    expect(coverageOf(inside, EAST)).toBe('within');
    expect(coverageOf(straddling, EAST)).toBe('partly');
    expect(coverageOf(outside, EAST)).toBe('outside');
  });
});
