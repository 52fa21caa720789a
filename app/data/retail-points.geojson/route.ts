import type { NextRequest } from 'next/server';
import { validatedResponse } from '@/lib/api/http';
import { answerRetailPointsQuery } from '@/lib/api/retail-points-request';

/**
 * GET /data/retail-points.geojson: every sales point as a GeoJSON file to save (`?lang=en` for
 * English), or those the where-to-buy filters select, like the producers CSV. Same shape as
 * `/api/v1/retail-points`.
 */
export async function GET(request: NextRequest) {
  const answer = await answerRetailPointsQuery(request.nextUrl.searchParams);
  if (answer instanceof Response) return answer;
  return validatedResponse(request, answer, {
    'Content-Type': 'application/geo+json; charset=utf-8',
    'Content-Disposition': 'attachment; filename="ocop-retail-points.geojson"',
    'Cache-Control': 'public, max-age=60, s-maxage=300',
    'Access-Control-Allow-Origin': '*',
  });
}
