import { describe, expect, it } from 'vitest';
import { areaM2, formatPolygonText, geometryProblem, parseGeometryText, parseParcelText, type PolygonGeometry } from './geometry';

const RING: [number, number][] = [
  [113.86, 34.0],
  [113.866, 34.0],
  [113.866, 34.005],
  [113.86, 34.005],
  [113.86, 34.0],
];
const SQUARE: PolygonGeometry = { type: 'Polygon', coordinates: [RING] };

describe('parseGeometryText', () => {
  it('reads one "lng, lat" per line in any common separator and closes the ring', () => {
    const text = '113.86, 34.0\n113.866，34.0\n113.866 34.005\n\n113.86\t34.005\n';
    expect(parseParcelText(text)).toEqual({ ok: true, geometry: SQUARE });
  });

  it('keeps a ring that is already closed as it is', () => {
    const text = RING.map((p) => p.join(',')).join('\n');
    expect(parseParcelText(text)).toEqual({ ok: true, geometry: SQUARE });
  });

  it('reads GeoJSON as a geometry, a Feature or a one-feature FeatureCollection, dropping altitudes', () => {
    const withAltitude = { type: 'Polygon', coordinates: [RING.slice(0, -1).map(([x, y]) => [x, y, 87])] };
    expect(parseParcelText(JSON.stringify(withAltitude))).toEqual({ ok: true, geometry: SQUARE });
    expect(parseParcelText(JSON.stringify({ type: 'Feature', properties: {}, geometry: SQUARE }))).toEqual({
      ok: true,
      geometry: SQUARE,
    });
    expect(
      parseParcelText(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: SQUARE }] })),
    ).toEqual({ ok: true, geometry: SQUARE });
  });

  it('reads a MultiPolygon as an area but not as a parcel', () => {
    const multi = JSON.stringify({ type: 'MultiPolygon', coordinates: [[RING]] });
    expect(parseGeometryText(multi)).toEqual({ ok: true, geometry: { type: 'MultiPolygon', coordinates: [[RING]] } });
    expect(parseParcelText(multi)).toEqual({ ok: false, problem: 'geometryNotPolygon' });
  });

  it('refuses what is neither', () => {
    for (const text of ['', '113.86', '113.86, 34.0, 12', 'east, north', '{"type":"Point","coordinates":[1,2]}', '{oops']) {
      expect(parseGeometryText(text)).toEqual({ ok: false, problem: 'geometryFormat' });
    }
  });
});

describe('geometryProblem', () => {
  it('accepts a simple polygon, with a hole too', () => {
    expect(geometryProblem(SQUARE)).toBeNull();
    const hole: [number, number][] = [
      [113.862, 34.001],
      [113.862, 34.002],
      [113.863, 34.002],
      [113.862, 34.001],
    ];
    expect(geometryProblem({ type: 'Polygon', coordinates: [RING, hole] })).toBeNull();
  });

  it('needs three distinct corners in a closed ring', () => {
    const line = parseParcelText('113.86, 34.0\n113.866, 34.0');
    expect(line.ok && geometryProblem(line.geometry)).toBe('geometryTooFewPoints');
    expect(geometryProblem({ type: 'Polygon', coordinates: [RING.slice(0, -1)] })).toBe('geometryTooFewPoints');
  });

  it('refuses latitude and longitude swapped beyond their ranges', () => {
    const swapped = parseParcelText('34.0, 113.86\n34.0, 113.866\n34.005, 113.866');
    expect(swapped.ok && geometryProblem(swapped.geometry)).toBe('geometryCoordinates');
  });

  it('refuses a figure-eight', () => {
    const bowtie = parseParcelText('113.86, 34.0\n113.866, 34.005\n113.866, 34.0\n113.86, 34.005');
    expect(bowtie.ok && geometryProblem(bowtie.geometry)).toBe('geometrySelfIntersects');
  });
});

describe('areaM2 and formatPolygonText', () => {
  it('measures a 0.006° × 0.005° block at 34° N as about 553 m × 555 m', () => {
    // 0.006° of longitude at 34° N ≈ 553 m, 0.005° of latitude ≈ 555 m.
    expect(areaM2(SQUARE)).toBeGreaterThan(300_000);
    expect(areaM2(SQUARE)).toBeLessThan(310_000);
  });

  it('writes a polygon back in the line format it reads', () => {
    const text = formatPolygonText(SQUARE);
    expect(text.split('\n')).toHaveLength(4);
    expect(parseParcelText(text)).toEqual({ ok: true, geometry: SQUARE });
  });
});
