import type { NextRequest } from 'next/server';
import { jsonError } from '@/lib/api/http';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import {
  describeIssues,
  findUnknownValues,
  parseProductQuery,
} from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { csvStream } from '@/lib/export/csv';
import { productCsvColumns, productCsvRows, productsForExport } from '@/lib/export/products-csv';
import { getDictionary } from '@/lib/i18n/dictionary';

/**
 * GET /data/products.csv: every product with its certificate (expired and revoked included), or
 * those the catalogue's filters select (`?group=food&stars=4,5&status=valid`); `page` and `limit`
 * are ignored. Names and labels follow `?lang=` (Vietnamese by default).
 */
export async function GET(request: NextRequest) {
  const parsed = parseProductQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const [dataset, today, dict] = await Promise.all([
    getDataset(),
    getToday(),
    getDictionary(parsed.query.lang),
  ]);
  const unknown = findUnknownValues(parsed.query, dataset);
  if (unknown.length > 0) {
    return jsonError(400, describeIssues(unknown), unknown);
  }
  const catalogue = getCatalogue(dataset);
  const rows = productCsvRows(productsForExport(catalogue, parsed.query, today), {
    catalogue,
    lang: parsed.query.lang,
    today,
    siteUrl: getEnv().SITE_URL,
    dict,
  });
  return new Response(csvStream(productCsvColumns, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ocop-products.csv"',
      'Cache-Control': 'public, max-age=60, s-maxage=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
