/**
 * oEmbed 1.0 (https://oembed.com) for product and event pages: the rules of `/api/oembed`, kept
 * pure so they are tested without a server.
 *
 * - `url` must be a page of this site, `/{lang}/products/{slug}` or `/{lang}/events/{slug}` in
 *   either language (http or https, any query or fragment); the card takes the page's language.
 * - Missing or malformed parameters answer 400; a URL of another site, another kind of page or an
 *   unknown record answers 404, as the oEmbed spec asks.
 * - `format=xml` answers 400, not the spec's 501: the site never answers a request with a 5xx
 *   (SPEC.md), and 501 would tell monitoring that the server failed when the request asked for
 *   something we do not offer. The message says to use JSON.
 * - `maxwidth`/`maxheight` are positive whole numbers; the frame never exceeds them. Below what
 *   the card needs to stay readable (280 × 200) the request is refused with 400 rather than
 *   answered with a frame that would cut the card.
 */
import type { Metadata } from 'next';
import { z } from 'zod';
import type { Catalogue } from '../catalogue/catalogue';
import { parseQuery, singleParameter, type QueryIssue } from '../catalogue/product-query';
import type { Image } from '../content/schema';
import { eventOrganiser } from '../events/event-query';
import type { Dictionary } from '../i18n/dictionary';
import { fill, localizedString } from '../i18n/localize';
import { isLocale, type Locale } from '../i18n/locales';
import { embedCardUrl, embedSegments, type EmbedKind } from './embed-urls';
import { escapeHtml } from './html';

/** The frame the card is designed for, and the smallest in which it still reads well. */
export const cardFrame = {
  preferred: { width: 360, height: 220 },
  minimum: { width: 280, height: 200 },
} as const;

/** How long consumers may keep an answer (seconds): content changes a few times a day. */
export const oembedCacheAge = 3600;

export interface OembedTarget {
  kind: EmbedKind;
  slug: string;
  lang: Locale;
}

export type OembedRequest =
  | { ok: true; target: OembedTarget; maxWidth?: number; maxHeight?: number }
  | { ok: false; status: 400 | 404; error: string; issues: QueryIssue[] };

const maxDimension = (name: 'width' | 'height') =>
  singleParameter(
    z
      .string()
      .regex(/^[1-9]\d{0,5}$/, 'must be a positive whole number of pixels')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(
            cardFrame.minimum[name],
            `must be at least ${cardFrame.minimum[name]}: the card needs ${cardFrame.minimum.width} × ${cardFrame.minimum.height} pixels`,
          ),
      )
      .optional(),
  );

const oembedQuerySchema = z.object({
  url: singleParameter(
    z
      .string({ message: 'is required: the address of a product or event page of this site' })
      .refine((value) => URL.canParse(value), 'must be an absolute URL (https://…)'),
  ),
  format: singleParameter(
    z
      .enum(['json'], { message: 'only "json" is offered: ask with format=json or leave it out' })
      .optional(),
  ),
  maxwidth: maxDimension('width'),
  maxheight: maxDimension('height'),
});

const recordPath = new RegExp(
  `^/(\\w+)/(${Object.values(embedSegments).join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`,
);

/**
 * The product or event a URL shows, if it is a page of this site. The host must be the site's
 * (the scheme may differ: http and https name the same page); a site served under a path prefix
 * (`https://example.gov.vn/ocop`) keeps that prefix.
 */
export function parseRecordUrl(raw: string, siteUrl: string): OembedTarget | undefined {
  if (!URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  const site = new URL(siteUrl);
  if (!['http:', 'https:'].includes(url.protocol) || url.host !== site.host) return undefined;
  const base = site.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${base}/`)) return undefined;
  const match = recordPath.exec(url.pathname.slice(base.length));
  if (!match) return undefined;
  const [, lang, segment, slug] = match;
  const kind = (Object.keys(embedSegments) as EmbedKind[]).find(
    (k) => embedSegments[k] === segment,
  );
  if (!isLocale(lang) || !kind || !slug) return undefined;
  return { kind, slug, lang };
}

/** Validates the query of `/api/oembed`; a URL that names no page of this site gives 404. */
export function parseOembedRequest(params: URLSearchParams, siteUrl: string): OembedRequest {
  const parsed = parseQuery(oembedQuerySchema, params);
  if (!parsed.ok) return { ...parsed, status: 400 };
  const { url, maxwidth, maxheight } = parsed.query;
  const target = parseRecordUrl(url, siteUrl);
  if (!target) {
    return {
      ok: false,
      status: 404,
      error: `No embeddable page at ${url}: only product and event pages of ${siteUrl} can be embedded`,
      issues: [{ parameter: 'url', message: 'not a product or event page of this site' }],
    };
  }
  return { ok: true, target, maxWidth: maxwidth, maxHeight: maxheight };
}

/** The frame's size: the card's preferred size, shrunk to fit `maxwidth` and `maxheight`. */
export function frameSize(maxWidth?: number, maxHeight?: number) {
  const { preferred } = cardFrame;
  return {
    width: Math.min(preferred.width, maxWidth ?? preferred.width),
    height: Math.min(preferred.height, maxHeight ?? preferred.height),
  };
}

/**
 * The embed code: an iframe of the card. Sandboxed without scripts (the card has none), but
 * allowed to open the full page in the top window when the reader clicks its link.
 */
export function iframeHtml(src: string, size: { width: number; height: number }, title: string) {
  return (
    `<iframe src="${escapeHtml(src)}" width="${size.width}" height="${size.height}" ` +
    `title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%" ` +
    `sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation">` +
    `</iframe>`
  );
}

/**
 * A thumbnail for consumers that show one: the record's picture when it is a photo (not an SVG
 * illustration, which many consumers cannot show) and fits within the maximum size asked for.
 */
export function thumbnailFor(
  image: Image | undefined,
  siteUrl: string,
  max: { maxWidth?: number; maxHeight?: number },
) {
  if (!image || /\.svg(?:$|\?)/i.test(image.src)) return undefined;
  if (image.width > (max.maxWidth ?? Infinity) || image.height > (max.maxHeight ?? Infinity)) {
    return undefined;
  }
  return {
    thumbnail_url: new URL(image.src, `${siteUrl}/`).href,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
  };
}

export interface OembedContext {
  catalogue: Catalogue;
  dict: Dictionary;
  siteUrl: string;
  maxWidth?: number;
  maxHeight?: number;
}

/** The oEmbed answer for a product or event, or undefined when there is no such record. */
export function oembedResponse(target: OembedTarget, context: OembedContext) {
  const { catalogue, dict, siteUrl, maxWidth, maxHeight } = context;
  const { kind, slug, lang } = target;
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  let record: { title: string; image?: Image; authorName?: string; authorUrl?: string };
  if (kind === 'product') {
    const product = catalogue.product(slug);
    if (!product) return undefined;
    const producer = catalogue.producer(product.producer);
    record = {
      title: text(product.name),
      image: product.images[0],
      authorName: producer && text(producer.name),
      authorUrl: producer && `${siteUrl}/${lang}/producers/${producer.slug}`,
    };
  } else {
    const event = catalogue.event(slug);
    if (!event) return undefined;
    const organiser = catalogue.organisation(eventOrganiser(event, catalogue.dataset));
    record = {
      title: text(event.title),
      image: event.images[0],
      authorName: organiser && text(organiser.name),
      authorUrl: organiser?.website,
    };
  }
  const size = frameSize(maxWidth, maxHeight);
  const iframeTitle = fill(dict.embeds.iframeTitle, { name: record.title });
  return {
    version: '1.0' as const,
    type: 'rich' as const,
    title: record.title,
    ...(record.authorName ? { author_name: record.authorName } : {}),
    ...(record.authorUrl ? { author_url: record.authorUrl } : {}),
    provider_name: text(catalogue.dataset.settings.siteName),
    provider_url: `${siteUrl}/${lang}`,
    cache_age: oembedCacheAge,
    html: iframeHtml(embedCardUrl(siteUrl, kind, slug, lang), size, iframeTitle),
    width: size.width,
    height: size.height,
    ...thumbnailFor(record.image, siteUrl, { maxWidth, maxHeight }),
  };
}

/** The address of the oEmbed answer for a page. */
export function oembedEndpoint(pageUrl: string, siteUrl: string): string {
  return `${siteUrl}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/**
 * oEmbed discovery for a page's `<head>`: the `alternates.types` entry that Next renders as
 * `<link rel="alternate" type="application/json+oembed" href="…" title="…">`. Pages use it through
 * `withOembedDiscovery`, which keeps the feeds already in `types`.
 */
export function oembedAlternate(
  pageUrl: string,
  siteUrl: string,
  title?: string,
): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  return {
    'application/json+oembed': [{ url: oembedEndpoint(pageUrl, siteUrl), title }],
  };
}

/**
 * A page's alternates with oEmbed discovery added beside what is there already (hreflang links and
 * the feeds that `languageAlternates` puts in `types`), so neither replaces the other.
 */
export function withOembedDiscovery(
  alternates: Metadata['alternates'],
  pageUrl: string,
  siteUrl: string,
  title?: string,
): NonNullable<Metadata['alternates']> {
  return {
    ...alternates,
    types: { ...alternates?.types, ...oembedAlternate(pageUrl, siteUrl, title) },
  };
}
