import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { toEventDetail } from '@/lib/api/event-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { parseQuery, singleParameter } from '@/lib/catalogue/product-query';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';

const detailQuerySchema = z.object({ lang: singleParameter(z.enum(locales).default('vi')) });

/** GET /api/v1/events/{slug}: the whole event, in `lang` (vi by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseQuery(detailQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const { slug } = await params;
  const [dataset, now] = await Promise.all([getDataset(), getNow()]);
  const catalogue = getCatalogue(dataset);
  const event = catalogue.event(slug);
  if (!event) return jsonError(404, `No event with slug "${slug}".`);
  return jsonResponse(
    toEventDetail(event, { catalogue, lang: parsed.query.lang, now, siteUrl: getEnv().SITE_URL }),
  );
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
