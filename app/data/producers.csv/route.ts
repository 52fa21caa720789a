import type { NextRequest } from 'next/server';
import { jsonError } from '@/lib/api/http';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import {
  findUnknownProducerValues,
  parseProducerQuery,
  queryProducers,
} from '@/lib/catalogue/producer-query';
import { describeIssues } from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { csvStream } from '@/lib/export/csv';
import { producerCsvColumns, producerCsvRows } from '@/lib/export/producers-csv';
import { getDictionary } from '@/lib/i18n/dictionary';

/**
 * GET /data/producers.csv: every producer, or those the directory's filters select
 * (`?type=cooperative&region=west&wholesale=true`); `page` and `limit` are ignored.
 */
export async function GET(request: NextRequest) {
  const parsed = parseProducerQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, today, dict] = await Promise.all([
    getDataset(),
    getToday(),
    getDictionary(parsed.query.lang),
  ]);
  const unknown = findUnknownProducerValues(parsed.query, dataset);
  if (unknown.length > 0) {
    return jsonError(400, describeIssues(unknown), unknown);
  }
  const catalogue = getCatalogue(dataset);
  const { all } = queryProducers(catalogue, parsed.query, today);
  const rows = producerCsvRows(all, {
    catalogue,
    lang: parsed.query.lang,
    today,
    siteUrl: getEnv().SITE_URL,
    dict,
  });
  return new Response(csvStream(producerCsvColumns, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ocop-producers.csv"',
      'Cache-Control': 'public, max-age=60, s-maxage=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
