import type { NextRequest } from 'next/server';
import { optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { buildChangesRss } from '@/lib/feeds/changes-feed';
import {
  cachedFeedBody,
  feedContentTypes,
  feedResponse,
  readFeedLanguage,
} from '@/lib/feeds/feed-route';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';

/**
 * GET /feeds/changes.xml: certification changes (certified, re-recognised, upgraded, revoked,
 * expired) up to today, newest first, as RSS 2.0, in Vietnamese or `?lang=en`.
 */
export async function GET(request: NextRequest) {
  const language = readFeedLanguage(request.nextUrl.searchParams);
  if (!language.ok) return language.response;
  const { lang } = language;
  const [dataset, today, dict] = await Promise.all([getDataset(), getToday(), getDictionary(lang)]);
  const siteUrl = getEnv().SITE_URL;
  const key = ['changes', dataset.version, lang, siteUrl, today];
  const rss = cachedFeedBody(key, () => buildChangesRss(dataset, { lang, siteUrl, today, dict }));
  return feedResponse(rss, feedContentTypes.rss);
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
