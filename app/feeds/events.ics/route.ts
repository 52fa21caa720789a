import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { jsonError, optionsResponse, publicCacheControl, readOnlyMethods } from '@/lib/api/http';
import { buildEventCalendar, eventsForFeed } from '@/lib/calendar/ics';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { parseQuery, singleParameter } from '@/lib/catalogue/product-query';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/localize';
import { locales } from '@/lib/i18n/locales';

const feedQuerySchema = z.object({ lang: singleParameter(z.enum(locales).default('vi')) });

/**
 * GET /feeds/events.ics: fairs and market sessions to subscribe to (webcal://), in `lang` (vi by
 * default): every event to come and those of the last twelve months. Served inline, not as an
 * attachment, so calendar apps can subscribe to the address.
 */
export async function GET(request: NextRequest) {
  const parsed = parseQuery(feedQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const { lang } = parsed.query;
  const [dataset, now, dict] = await Promise.all([getDataset(), getNow(), getDictionary(lang)]);
  const calendar = buildEventCalendar(eventsForFeed(dataset.events, now), {
    lang,
    siteUrl: getEnv().SITE_URL,
    catalogue: getCatalogue(dataset),
    name: fill(dict.events.calendarName, { province: dataset.settings.province.name }),
  });
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': publicCacheControl,
      'Access-Control-Allow-Origin': '*',
    },
  });
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
