import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { toProductDetail } from '@/lib/api/product-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { parseQuery, singleParameter } from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';

const detailQuerySchema = z.object({ lang: singleParameter(z.enum(locales).default('vi')) });

/** GET /api/v1/products/{slug}: the whole product, in `lang` (vi by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseQuery(detailQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const { slug } = await params;
  const [dataset, today] = await Promise.all([getDataset(), getToday()]);
  const catalogue = getCatalogue(dataset);
  const product = catalogue.product(slug);
  if (!product) return jsonError(404, `No product with slug "${slug}".`);
  return jsonResponse(
    toProductDetail(product, {
      catalogue,
      lang: parsed.query.lang,
      today,
      siteUrl: getEnv().SITE_URL,
    }),
  );
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
