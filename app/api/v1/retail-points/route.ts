import type { NextRequest } from 'next/server';
import {
  corsHeaders,
  optionsResponse,
  publicCacheControl,
  readOnlyMethods,
  validatedResponse,
} from '@/lib/api/http';
import { answerRetailPointsQuery } from '@/lib/api/retail-points-request';

/** RFC 7946 §12: GeoJSON has a media type of its own. */
const geoJsonHeaders = { 'Content-Type': 'application/geo+json; charset=utf-8' };

/**
 * GET /api/v1/retail-points: every matching sales point as a GeoJSON FeatureCollection (no paging:
 * a map wants them all). Filters `kind`, `area`, `region`, `product`, `group`, `q`; `lang`. Online
 * shops come in the foreign member `onlineShops`, not as features. With an ETag: a map that asks
 * again with If-None-Match gets a 304 while no point has opened or closed.
 */
export async function GET(request: NextRequest) {
  const answer = await answerRetailPointsQuery(request.nextUrl.searchParams);
  if (answer instanceof Response) return answer;
  return validatedResponse(request, answer, {
    'Cache-Control': publicCacheControl,
    ...corsHeaders,
    ...geoJsonHeaders,
  });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
