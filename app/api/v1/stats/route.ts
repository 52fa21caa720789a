import type { NextRequest } from 'next/server';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { parseQuery } from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { getFiguresOfTheDay } from '@/lib/stats/figures-of-the-day';
import { statsQuerySchema, toStatsJson } from '@/lib/stats/stats-json';

/**
 * GET /api/v1/stats: every figure set of /{lang}/stats with labels in `lang` (vi by default), the day
 * they hold for, their source and the addresses of each chart's SVG, PNG and CSV.
 */
export async function GET(request: NextRequest) {
  const parsed = parseQuery(statsQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.issues);
  const { lang } = parsed.query;
  const [dataset, today, dict] = await Promise.all([getDataset(), getToday(), getDictionary(lang)]);
  const figures = getFiguresOfTheDay(dataset, today, lang, dict);
  return jsonResponse(
    toStatsJson(figures, { settings: dataset.settings, siteUrl: getEnv().SITE_URL }),
  );
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
