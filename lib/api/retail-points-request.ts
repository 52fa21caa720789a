/**
 * What `/api/v1/retail-points` and its download `/data/retail-points.geojson` both do with a
 * request's query: refuse a malformed one, or one naming an area, product or group the content does
 * not have, with a 400 in JSON; otherwise answer with the matching points (retail-points-body.ts).
 * The two routes differ only in the headers they send the bytes with.
 */
import { describeIssues } from '../catalogue/product-query';
import { getDataset, getNow } from '../content';
import { getEnv } from '../env';
import { findUnknownRetailValues, parseRetailPointQuery } from '../retail/retail-query';
import { jsonError } from './http';
import { retailPointsAnswer, type RetailPointsAnswer } from './retail-points-body';

/** The GeoJSON bytes to send with their ETag, or the 400 Response to send instead. */
export async function answerRetailPointsQuery(
  searchParams: URLSearchParams,
): Promise<RetailPointsAnswer | Response> {
  const parsed = parseRetailPointQuery(searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, now] = await Promise.all([getDataset(), getNow()]);
  const unknown = findUnknownRetailValues(parsed.query, dataset);
  if (unknown.length > 0) return jsonError(400, describeIssues(unknown), unknown);
  return retailPointsAnswer(dataset, parsed.query, now, getEnv().SITE_URL);
}
