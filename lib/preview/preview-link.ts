/**
 * The editors' "open preview" link (`/api/draft?secret=…&contentType=…&slug=…&lang=…`), checked
 * and turned into the public path of the entry. Pure: the route handler only adds draft mode and
 * the HTTP answer.
 *
 * The path is only ever built from the content type, a validated slug and a language of the site,
 * never taken from the query, so the link cannot send anyone to another site (open redirect) or to
 * a path the entry does not resolve to.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { parseQuery, singleParameter, type QueryIssue } from '../catalogue/product-query';
import { slugSchema } from '../content/schema';
import { locales, type Locale } from '../i18n/locales';

/** Contentful content type ids whose entries can be previewed, with where each one shows. */
const pathOf = {
  product: (lang, slug) => `/${lang}/products/${slug}`,
  producer: (lang, slug) => `/${lang}/producers/${slug}`,
  event: (lang, slug) => `/${lang}/events/${slug}`,
  retailPoint: (lang, slug) => `/${lang}/where-to-buy/${slug}`,
  article: (lang, slug) => `/${lang}/news/${slug}`,
  // Records without a page of their own open where they show: the site settings on every page
  // (the home page is the fullest), groups and rounds on the programme page, an area as the
  // catalogue filtered by it.
  siteSettings: (lang) => `/${lang}`,
  groupScheme: (lang) => `/${lang}/about`,
  evaluationRound: (lang) => `/${lang}/about`,
  area: (lang, slug) => (slug ? `/${lang}/products?area=${slug}` : `/${lang}/products`),
} satisfies Record<string, (lang: Locale, slug: string | undefined) => string>;

export type PreviewContentType = keyof typeof pathOf;

export const previewContentTypes = Object.keys(pathOf) as PreviewContentType[];

/** Content types with one page per entry: their links must carry the entry's slug. */
const needsSlug = new Set<PreviewContentType>([
  'product',
  'producer',
  'event',
  'retailPoint',
  'article',
]);

// Contentful leaves a field placeholder empty when the entry has no such field (the singletons):
// an empty parameter counts as absent.
const emptyAsAbsent = (value: string | undefined) => value?.trim() || undefined;

const previewQuerySchema = z
  .object({
    contentType: singleParameter(
      z.enum(previewContentTypes as [PreviewContentType, ...PreviewContentType[]], {
        message: `must be one of ${previewContentTypes.join(', ')}`,
      }),
    ),
    slug: singleParameter(
      z.string().optional().transform(emptyAsAbsent).pipe(slugSchema.optional()),
    ),
    lang: singleParameter(
      z
        .string()
        .optional()
        .transform(emptyAsAbsent)
        .pipe(z.enum(locales, { message: `must be one of ${locales.join(', ')}` }).default('vi')),
    ),
  })
  .superRefine((query, ctx) => {
    if (needsSlug.has(query.contentType) && !query.slug) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: `is required for ${query.contentType} entries`,
      });
    }
  });

export type PreviewQuery = z.output<typeof previewQuerySchema>;

/** What the preview link resolves to: the path to open in draft mode, or the error to answer. */
export type PreviewLinkResult =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 401; error: string; issues: QueryIssue[] };

/**
 * Whether `given` is the configured preview secret. Both sides are hashed first, so the
 * comparison takes the same time whatever the input's length and content (timingSafeEqual needs
 * equal lengths); no configured secret matches nothing.
 */
export function isPreviewSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!expected || given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The public path where an entry of this type shows, in one language. */
export function toPreviewPath(
  contentType: PreviewContentType,
  lang: Locale,
  slug?: string,
): string {
  return pathOf[contentType](lang, slug);
}

/**
 * Checks an "open preview" link's query. The secret comes first: a caller without it learns
 * nothing, not even which content types exist (401 before any 400).
 */
export function resolvePreviewLink(
  searchParams: URLSearchParams,
  expectedSecret: string | undefined,
): PreviewLinkResult {
  const secrets = searchParams.getAll('secret');
  if (!expectedSecret) {
    return unauthorized('Preview is not configured on this site (CONTENTFUL_PREVIEW_SECRET).');
  }
  if (secrets.length !== 1 || !isPreviewSecret(secrets[0], expectedSecret)) {
    return unauthorized('Missing or wrong preview secret.');
  }
  const parsed = parseQuery(previewQuerySchema, searchParams);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error, issues: parsed.issues };
  const { contentType, lang, slug } = parsed.query;
  return { ok: true, path: toPreviewPath(contentType, lang, slug) };
}

function unauthorized(error: string): PreviewLinkResult {
  return { ok: false, status: 401, error, issues: [{ parameter: 'secret', message: error }] };
}
