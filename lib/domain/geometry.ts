/**
 * Site parcels and assessment areas as GeoJSON geometries in [longitude, latitude] (WGS 84,
 * what GeoJSON requires). Parsing what a person types, checking that a polygon is one a
 * surveyor could have drawn, and its area. The geometry itself is turf's, never our own
 * point-in-polygon code. Pure.
 */
import { area as turfArea } from '@turf/area';
import { booleanWithin } from '@turf/boolean-within';
import { kinks } from '@turf/kinks';
import { z } from 'zod';

export type Position = [number, number];
export type PolygonGeometry = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygonGeometry = { type: 'MultiPolygon'; coordinates: Position[][][] };
/** An assessment's area: one polygon, or several separate ones. */
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

const position = z
  .array(z.number())
  .min(2)
  .max(3) // an altitude, if a tool adds one, is dropped
  .transform((p): Position => [p[0], p[1]]);
const ring = z.array(position);
const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });
const areaGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]);
/** What GIS tools export: a bare geometry, a Feature, or a FeatureCollection of one feature. */
const geoJsonInput = z.union([
  areaGeometry,
  z.object({ type: z.literal('Feature'), geometry: areaGeometry }).transform((f) => f.geometry),
  z
    .object({ type: z.literal('FeatureCollection'), features: z.array(z.object({ geometry: areaGeometry })).length(1) })
    .transform((c) => c.features[0].geometry),
]);

/** `validation` catalogue keys for a polygon that cannot be used. */
export type GeometryProblem =
  'geometryFormat' | 'geometryTooFewPoints' | 'geometryCoordinates' | 'geometrySelfIntersects' | 'geometryNotPolygon';

type Parsed<T> = { ok: true; geometry: T } | { ok: false; problem: GeometryProblem };

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** A ring as typed, closed if the last point does not repeat the first. */
function closeRing(points: Position[]): Position[] {
  if (points.length > 0 && !samePosition(points[0], points[points.length - 1])) return [...points, points[0]];
  return points;
}

function closeRings(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(closeRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(closeRing)) };
}

/**
 * Reads a polygon or multipolygon from text: GeoJSON (a geometry, a Feature or a one-feature
 * FeatureCollection), or — what a person copies from the land documents — one boundary point
 * per line, "longitude, latitude" (comma, space or tab between them), in order around the
 * parcel; the ring is closed for them. Only shape is checked here; `geometryProblem` checks
 * that the polygon is usable.
 */
export function parseGeometryText(text: string): Parsed<AreaGeometry> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: 'geometryFormat' };
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { ok: false, problem: 'geometryFormat' };
    }
    const parsed = geoJsonInput.safeParse(json);
    return parsed.success ? { ok: true, geometry: closeRings(parsed.data) } : { ok: false, problem: 'geometryFormat' };
  }
  const points: Position[] = [];
  for (const line of trimmed.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const parts = line
      .trim()
      .split(/[\s,，;；]+/)
      .filter(Boolean);
    const numbers = parts.map(Number);
    if (numbers.length !== 2 || numbers.some((n) => !Number.isFinite(n))) return { ok: false, problem: 'geometryFormat' };
    points.push([numbers[0], numbers[1]]);
  }
  return { ok: true, geometry: { type: 'Polygon', coordinates: [closeRing(points)] } };
}

/** A site parcel is one polygon. */
export function parseParcelText(text: string): Parsed<PolygonGeometry> {
  const parsed = parseGeometryText(text);
  if (!parsed.ok) return parsed;
  if (parsed.geometry.type !== 'Polygon') return { ok: false, problem: 'geometryNotPolygon' };
  return { ok: true, geometry: parsed.geometry };
}

const polygonsOf = (geometry: AreaGeometry): PolygonGeometry[] =>
  geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

/**
 * Why a polygon cannot be used, or null: every ring closed with at least three distinct
 * corners, coordinates that are longitudes and latitudes, and no edge crossing another
 * (turf's `kinks`; a figure-eight has no meaningful inside).
 */
export function geometryProblem(geometry: AreaGeometry): GeometryProblem | null {
  for (const polygon of polygonsOf(geometry)) {
    for (const r of polygon.coordinates) {
      if (r.length < 4 || new Set(r.map((p) => `${p[0]},${p[1]}`)).size < 3 || !samePosition(r[0], r[r.length - 1])) {
        return 'geometryTooFewPoints';
      }
      if (r.some(([lng, lat]) => !(Math.abs(lng) <= 180 && Math.abs(lat) <= 90))) return 'geometryCoordinates';
    }
    if (kinks(polygon).features.length > 0) return 'geometrySelfIntersects';
  }
  return null;
}

/** Square metres on the ground (turf's spherical area). */
export function areaM2(geometry: AreaGeometry): number {
  return turfArea(geometry);
}

/**
 * Whether `inner` lies within `outer`: no part of it outside. A polygon touching the outer
 * boundary from inside is within; one that shares only an edge from outside is not.
 */
export function liesWithin(inner: PolygonGeometry, outer: AreaGeometry): boolean {
  return booleanWithin(inner, outer);
}

/**
 * The polygon as the form shows it for editing: one "lng, lat" per line without the closing
 * repeat — or GeoJSON when it has holes, which the line format cannot say.
 */
export function formatPolygonText(polygon: PolygonGeometry): string {
  if (polygon.coordinates.length !== 1) return JSON.stringify(polygon);
  return polygon.coordinates[0]
    .slice(0, -1)
    .map(([lng, lat]) => `${lng}, ${lat}`)
    .join('\n');
}
