import type { AreaGeometry, Position } from '@/lib/domain/geometry';

/** The colour of each assessment kind on the plan; the legend names every area in words too. */
const KIND_COLOURS: Record<string, string> = {
  eia: '#16a34a',
  seismic: '#9333ea',
  soil_water: '#0284c7',
  energy: '#ea580c',
  geohazard: '#b45309',
  archaeology: '#be185d',
  water_resources: '#0891b2',
  flood: '#2563eb',
  mineral: '#57534e',
  climate: '#65a30d',
};
const FALLBACK_COLOUR = '#64748b';
export const kindColour = (kind: string) => KIND_COLOURS[kind] ?? FALLBACK_COLOUR;

export type PlanArea = {
  id: string;
  kind: string;
  /** The area's name in the page's language, for the legend. */
  label: string;
  area: AreaGeometry;
  /** Expired or not yet valid: drawn dashed and faint. */
  inactive: boolean;
};

const WIDTH = 1000;
const MARGIN = 24;

/**
 * A plan of the zone, its assessment areas and the project's parcel, drawn as SVG from the
 * GeoJSON (no map tiles: the portal works offline). Longitude is scaled by the cosine of the
 * zone's latitude so that distances read true east–west as north–south. No hooks: it renders
 * on the server and, for the form's live preview, in the browser.
 */
export function SitePlan({
  id,
  zone,
  areas,
  parcel,
  labels,
}: {
  /** Unique on the page: names the plan's title and description. */
  id: string;
  zone: AreaGeometry;
  areas: readonly PlanArea[];
  parcel: AreaGeometry | null;
  labels: { title: string; description: string; zone: string; parcel: string };
}) {
  const rings = (g: AreaGeometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
  const all = rings(zone).flat();
  const lngs = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const squash = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (WIDTH - 2 * MARGIN) / ((east - west) * squash);
  const height = Math.round((north - south) * scale + 2 * MARGIN);
  const x = (lng: number) => MARGIN + (lng - west) * squash * scale;
  const y = (lat: number) => MARGIN + (north - lat) * scale;
  // One path per geometry; holes and separate parts are subpaths, filled even-odd.
  const path = (g: AreaGeometry) =>
    rings(g)
      .map((r) => `M${r.map(([lng, lat]) => `${x(lng).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`)
      .join('');

  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="h-auto w-full rounded-md border bg-muted/30"
      >
        <title id={`${id}-title`}>{labels.title}</title>
        <desc id={`${id}-desc`}>{labels.description}</desc>
        <path d={path(zone)} fill="#f8fafc" stroke="#334155" strokeWidth={3} fillRule="evenodd" />
        {areas.map((a) => (
          <path
            key={a.id}
            d={path(a.area)}
            fill={kindColour(a.kind)}
            fillOpacity={a.inactive ? 0.05 : 0.18}
            stroke={kindColour(a.kind)}
            strokeWidth={2}
            strokeDasharray={a.inactive ? '10 8' : undefined}
            fillRule="evenodd"
          />
        ))}
        {parcel ? (
          <path d={path(parcel)} fill="#dc2626" fillOpacity={0.75} stroke="#7f1d1d" strokeWidth={3} fillRule="evenodd" />
        ) : null}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs">
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block size-3 rounded-sm border-2 border-slate-700 bg-slate-50" />
            {labels.zone}
          </li>
          {parcel ? (
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block size-3 rounded-sm bg-red-600" />
              {labels.parcel}
            </li>
          ) : null}
          {areas.map((a) => (
            <li key={a.id} className="flex items-center gap-1.5">
              <span
                aria-hidden
                className="inline-block size-3 rounded-sm border-2"
                style={{ borderColor: kindColour(a.kind), borderStyle: a.inactive ? 'dashed' : 'solid' }}
              />
              {a.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
