import type { NextRequest } from 'next/server';
import { optionsResponse, readOnlyMethods } from '@/lib/api/http';
import {
  cachedFeedBody,
  feedContentTypes,
  feedResponse,
  loadNewsFeedOptions,
  newsFeedKey,
  readFeedLanguage,
} from '@/lib/feeds/feed-route';
import { buildNewsRss } from '@/lib/feeds/news-feed';

/** GET /feeds/news.xml: the latest articles as RSS 2.0, in Vietnamese or `?lang=en`. */
export async function GET(request: NextRequest) {
  const language = readFeedLanguage(request.nextUrl.searchParams);
  if (!language.ok) return language.response;
  const options = await loadNewsFeedOptions(language.lang);
  const rss = cachedFeedBody(newsFeedKey(options, 'rss'), () => buildNewsRss(options));
  return feedResponse(rss, feedContentTypes.rss);
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
