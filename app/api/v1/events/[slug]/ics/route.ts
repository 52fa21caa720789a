import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { jsonError, optionsResponse, publicCacheControl, readOnlyMethods } from '@/lib/api/http';
import { buildEventCalendar } from '@/lib/calendar/ics';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { parseQuery, singleParameter } from '@/lib/catalogue/product-query';
import { getDataset } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';

const icsQuerySchema = z.object({ lang: singleParameter(z.enum(locales).default('vi')) });

/**
 * GET /api/v1/events/{slug}/ics: one event (past ones too) as an iCalendar file to add to a
 * calendar, in `lang` (vi by default).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseQuery(icsQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const { slug } = await params;
  const catalogue = getCatalogue(await getDataset());
  const event = catalogue.event(slug);
  if (!event) return jsonError(404, `No event with slug "${slug}".`);
  const calendar = buildEventCalendar([event], {
    lang: parsed.query.lang,
    siteUrl: getEnv().SITE_URL,
    catalogue,
  });
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      // The slug of a record that exists: URL-safe, so it needs no quoting in the header.
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': publicCacheControl,
      'Access-Control-Allow-Origin': '*',
    },
  });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
