/**
 * What the feed route handlers share: the `lang` parameter (400 in JSON when bad, like the API),
 * the inputs of the news feeds, and the response with its media type and cache headers. The only
 * module in lib/feeds that reads content and environment; the builders stay pure.
 */
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { jsonError, publicCacheControl } from '../api/http';
import { getCatalogue } from '../catalogue/catalogue';
import { parseQuery, singleParameter } from '../catalogue/product-query';
import { getDataset } from '../content';
import { dataLicense } from '../content/data-license';
import { getEnv } from '../env';
import { getDictionary } from '../i18n/dictionary';
import { locales, type Locale } from '../i18n/locales';
import type { NewsFeedOptions } from './news-feed';

const feedQuerySchema = z.object({ lang: singleParameter(z.enum(locales).default('vi')) });

/** The feed's language from `?lang=` (Vietnamese by default), or the 400 answer to send. */
export function readFeedLanguage(
  searchParams: URLSearchParams,
): { ok: true; lang: Locale } | { ok: false; response: Response } {
  const parsed = parseQuery(feedQuerySchema, searchParams);
  if (!parsed.ok) return { ok: false, response: jsonError(400, parsed.error, parsed.issues) };
  return { ok: true, lang: parsed.query.lang };
}

/** Everything the news feed builders take, for one language. */
export async function loadNewsFeedOptions(lang: Locale): Promise<NewsFeedOptions> {
  const [dataset, dict] = await Promise.all([getDataset(), getDictionary(lang)]);
  const env = getEnv();
  return {
    catalogue: getCatalogue(dataset),
    lang,
    siteUrl: env.SITE_URL,
    license: dataLicense(dataset.settings, env.DATA_LICENSE),
    dict,
  };
}

export const feedContentTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

// Building a news feed renders every article's Markdown (about 0.1 s for the sample content): keep
// the last few documents, keyed by everything they depend on.
const bodies = new LRUCache<string, string>({ max: 32 });

/**
 * The feed document cached under `key` (content version, language, format, site address and
 * licence; the day too for time-dependent feeds), or `build()`'s, kept for the next request.
 */
export function cachedFeedBody(key: ReadonlyArray<string>, build: () => string): string {
  const joined = key.join('\u0000');
  const cached = bodies.get(joined);
  if (cached !== undefined) return cached;
  const body = build();
  bodies.set(joined, body);
  return body;
}

/** The cache key of a news feed in a format. */
export function newsFeedKey(options: NewsFeedOptions, format: string): string[] {
  return [
    'news',
    format,
    options.catalogue.dataset.version,
    options.lang,
    options.siteUrl,
    options.license.name,
  ];
}

/** A feed answer: readable from other sites' pages (CORS) and cached like the API. */
export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Cache-Control': publicCacheControl,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
