import type { NextRequest } from 'next/server';
import { jsonError, jsonResponse, optionsResponse, readOnlyMethods } from '@/lib/api/http';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset } from '@/lib/content';
import { oembedResponse, parseOembedRequest } from '@/lib/embed/oembed';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';

/**
 * GET /api/oembed?url=…&format=json&maxwidth=&maxheight=: oEmbed 1.0 (type `rich`) for product
 * and event pages. The rules, and why `format=xml` gets 400 rather than 501, are in
 * lib/embed/oembed.ts.
 */
export async function GET(request: NextRequest) {
  const siteUrl = getEnv().SITE_URL;
  const parsed = parseOembedRequest(request.nextUrl.searchParams, siteUrl);
  if (!parsed.ok) return jsonError(parsed.status, parsed.error, parsed.issues);
  const { target, maxWidth, maxHeight } = parsed;
  const [dataset, dict] = await Promise.all([getDataset(), getDictionary(target.lang)]);
  const body = oembedResponse(target, {
    catalogue: getCatalogue(dataset),
    dict,
    siteUrl,
    maxWidth,
    maxHeight,
  });
  if (!body) {
    return jsonError(404, `No ${target.kind} "${target.slug}" on this site`, [
      { parameter: 'url', message: `unknown ${target.kind}` },
    ]);
  }
  return jsonResponse(body);
}

export const OPTIONS = optionsResponse;
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
