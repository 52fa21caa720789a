import { publicCacheControl } from '@/lib/api/http';
import { provinceOutline } from '@/lib/geo/province-outline';

/**
 * GET /data/province-outline.geojson: the province outline under the where-to-buy map (and for
 * anyone drawing their own). Served as data, not bundled into the map's JavaScript; built once.
 */
export function GET() {
  return Response.json(provinceOutline, {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Cache-Control': publicCacheControl,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
