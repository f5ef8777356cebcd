/**
 * The zone itself (国家许昌经济技术开发区, DESIGN §11): its boundary as a GeoJSON polygon in
 * [longitude, latitude], drawn for the demo around the zone's real position south-east of
 * Xuchang's centre. Parcels must lie inside it; the site plan draws it. Pure data.
 */
import type { PolygonGeometry } from './geometry';
import type { Bilingual } from '@/lib/i18n/config';

export const ZONE_NAME: Bilingual = { zh: '许昌经济技术开发区', en: 'Xuchang Economic and Technological Development Zone' };

/** The zone's administrative code of the national statistics (not a GB/T 2260 division). */
export const ZONE_STATISTICAL_CODE = '411071';

export const ZONE_BOUNDARY: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [113.8, 34.04],
      [113.845, 34.046],
      [113.892, 34.04],
      [113.9, 34.01],
      [113.888, 33.982],
      [113.84, 33.976],
      [113.806, 33.984],
      [113.796, 34.012],
      [113.8, 34.04],
    ],
  ],
};
