import type { NextRequest } from 'next/server';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { toProducerSummary } from '@/lib/api/producer-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import {
  findUnknownProducerValues,
  parseProducerQuery,
  queryProducers,
} from '@/lib/catalogue/producer-query';
import { describeIssues } from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';

/** GET /api/v1/producers: the directory's filters as query parameters, plus `lang`, `page` and `limit`. */
export async function GET(request: NextRequest) {
  const parsed = parseProducerQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, today] = await Promise.all([getDataset(), getToday()]);
  const unknown = findUnknownProducerValues(parsed.query, dataset);
  if (unknown.length > 0) {
    return jsonError(400, describeIssues(unknown), unknown);
  }
  const catalogue = getCatalogue(dataset);
  const { items, total, page, limit } = queryProducers(catalogue, parsed.query, today);
  const context = { catalogue, lang: parsed.query.lang, today, siteUrl: getEnv().SITE_URL };
  return jsonResponse({
    items: items.map((p) => toProducerSummary(p, context)),
    total,
    page,
    limit,
  });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
