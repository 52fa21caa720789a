import type { NextRequest } from 'next/server';
import { jsonError } from '@/lib/api/http';
import { retailPointsBody } from '@/lib/api/retail-points-body';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { describeIssues } from '@/lib/catalogue/product-query';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import {
  findUnknownRetailValues,
  parseRetailPointQuery,
  queryRetailPoints,
} from '@/lib/retail/retail-query';

/**
 * GET /data/retail-points.geojson: every sales point as a GeoJSON file to save (`?lang=en` for
 * English), or those the where-to-buy filters select, like the producers CSV. Same shape as
 * `/api/v1/retail-points`.
 */
export async function GET(request: NextRequest) {
  const parsed = parseRetailPointQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, now] = await Promise.all([getDataset(), getNow()]);
  const unknown = findUnknownRetailValues(parsed.query, dataset);
  if (unknown.length > 0) return jsonError(400, describeIssues(unknown), unknown);
  const catalogue = getCatalogue(dataset);
  const siteUrl = getEnv().SITE_URL;
  // The same bytes as the API's answer to the same query, and the same cache.
  const key = [dataset.version, siteUrl, JSON.stringify(parsed.query)].join('|');
  const body = retailPointsBody(key, () => queryRetailPoints(catalogue, parsed.query), {
    catalogue,
    lang: parsed.query.lang,
    now,
    siteUrl,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ocop-retail-points.geojson"',
      'Cache-Control': 'public, max-age=60, s-maxage=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
