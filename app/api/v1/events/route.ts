import type { NextRequest } from 'next/server';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { toEventSummary } from '@/lib/api/event-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { describeIssues } from '@/lib/catalogue/product-query';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { findUnknownEventValues, parseEventQuery, queryEvents } from '@/lib/events/event-query';

/**
 * GET /api/v1/events: `when` (upcoming by default, past, all), `kind`, `area`, `region`,
 * `organiser`, `from`/`to` (YYYY-MM-DD, inclusive, province days), `lang`, `page`, `limit`.
 */
export async function GET(request: NextRequest) {
  const parsed = parseEventQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, now] = await Promise.all([getDataset(), getNow()]);
  const unknown = findUnknownEventValues(parsed.query, dataset);
  if (unknown.length > 0) return jsonError(400, describeIssues(unknown), unknown);
  const catalogue = getCatalogue(dataset);
  const { items, total, page, limit } = queryEvents(dataset, parsed.query, now);
  const context = { catalogue, lang: parsed.query.lang, now, siteUrl: getEnv().SITE_URL };
  return jsonResponse({
    items: items.map((e) => toEventSummary(e, context)),
    total,
    page,
    limit,
  });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
