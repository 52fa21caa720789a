import type { NextRequest } from 'next/server';
import {
  corsHeaders,
  jsonError,
  optionsResponse,
  publicCacheControl,
  readOnlyMethods,
} from '@/lib/api/http';
import { retailPointsAnswer } from '@/lib/api/retail-points-body';
import { describeIssues } from '@/lib/catalogue/product-query';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { findUnknownRetailValues, parseRetailPointQuery } from '@/lib/retail/retail-query';

/** RFC 7946 §12: GeoJSON has a media type of its own. */
const geoJsonHeaders = { 'Content-Type': 'application/geo+json; charset=utf-8' };

/**
 * GET /api/v1/retail-points: every matching sales point as a GeoJSON FeatureCollection (no paging:
 * a map wants them all). Filters `kind`, `area`, `region`, `product`, `group`, `q`; `lang`. Online
 * shops come in the foreign member `onlineShops`, not as features.
 */
export async function GET(request: NextRequest) {
  const parsed = parseRetailPointQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, now] = await Promise.all([getDataset(), getNow()]);
  const unknown = findUnknownRetailValues(parsed.query, dataset);
  if (unknown.length > 0) return jsonError(400, describeIssues(unknown), unknown);
  const body = retailPointsAnswer(dataset, parsed.query, now, getEnv().SITE_URL);
  return new Response(body, {
    headers: { 'Cache-Control': publicCacheControl, ...corsHeaders, ...geoJsonHeaders },
  });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
