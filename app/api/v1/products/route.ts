import type { NextRequest } from 'next/server';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { toProductSummary } from '@/lib/api/product-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import {
  describeIssues,
  findUnknownValues,
  parseProductQuery,
  queryProducts,
} from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';

/** GET /api/v1/products: the catalogue's filters as query parameters, plus `lang`, `page` and `limit`. */
export async function GET(request: NextRequest) {
  const parsed = parseProductQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, today] = await Promise.all([getDataset(), getToday()]);
  const unknown = findUnknownValues(parsed.query, dataset);
  if (unknown.length > 0) {
    return jsonError(400, describeIssues(unknown), unknown);
  }
  const catalogue = getCatalogue(dataset);
  const result = queryProducts(catalogue, parsed.query, today);
  const context = { catalogue, lang: parsed.query.lang, today, siteUrl: getEnv().SITE_URL };
  return jsonResponse({ ...result, items: result.items.map((p) => toProductSummary(p, context)) });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
