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
import { buildNewsAtom } from '@/lib/feeds/news-feed';

/** GET /feeds/news.atom: the latest articles as Atom 1.0, in Vietnamese or `?lang=en`. */
export async function GET(request: NextRequest) {
  const language = readFeedLanguage(request.nextUrl.searchParams);
  if (!language.ok) return language.response;
  const options = await loadNewsFeedOptions(language.lang);
  const atom = cachedFeedBody(newsFeedKey(options, 'atom'), () => buildNewsAtom(options));
  return feedResponse(atom, feedContentTypes.atom);
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
