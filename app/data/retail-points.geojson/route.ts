import type { NextRequest } from 'next/server';
import { jsonError } from '@/lib/api/http';
import { retailPointsAnswer } from '@/lib/api/retail-points-body';
import { describeIssues } from '@/lib/catalogue/product-query';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { findUnknownRetailValues, parseRetailPointQuery } from '@/lib/retail/retail-query';

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
  const body = retailPointsAnswer(dataset, parsed.query, now, getEnv().SITE_URL);
  return new Response(body, {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ocop-retail-points.geojson"',
      'Cache-Control': 'public, max-age=60, s-maxage=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
