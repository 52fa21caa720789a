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
import { buildNewsJsonFeed } from '@/lib/feeds/news-feed';

/** GET /feeds/news.json: the latest articles as JSON Feed 1.1, in Vietnamese or `?lang=en`. */
export async function GET(request: NextRequest) {
  const language = readFeedLanguage(request.nextUrl.searchParams);
  if (!language.ok) return language.response;
  const options = await loadNewsFeedOptions(language.lang);
  const json = cachedFeedBody(newsFeedKey(options, 'json'), () =>
    JSON.stringify(buildNewsJsonFeed(options)),
  );
  return feedResponse(json, feedContentTypes.json);
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
