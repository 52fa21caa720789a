/**
 * Addresses of what can be embedded: the public page of a product or event and its card under
 * /embed. Cards carry no language in the path (SPEC.md): `?lang=vi|en`, Vietnamese by default.
 */
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

export const embedKinds = ['product', 'event'] as const;
export type EmbedKind = (typeof embedKinds)[number];

/** The path segment of each kind, in page URLs and card URLs alike. */
export const embedSegments: Record<EmbedKind, string> = { product: 'products', event: 'events' };

/** The public page: `${siteUrl}/vi/products/{slug}`. */
export function recordPageUrl(siteUrl: string, kind: EmbedKind, slug: string, lang: Locale) {
  return `${siteUrl}/${lang}/${embedSegments[kind]}/${slug}`;
}

/** The card: `${siteUrl}/embed/products/{slug}?lang=vi` (the language is always written out). */
export function embedCardUrl(siteUrl: string, kind: EmbedKind, slug: string, lang: Locale) {
  return `${siteUrl}/embed/${embedSegments[kind]}/${slug}?lang=${lang}`;
}

/**
 * The language a card was asked for. Absent means Vietnamese; anything else but `vi` or `en`
 * (`EN`, `fr`, an empty or repeated value) is refused, so a mistake in an embed code shows at
 * once instead of silently giving the wrong language.
 */
export function parseEmbedLanguage(
  params: URLSearchParams,
): { ok: true; lang: Locale } | { ok: false } {
  const values = params.getAll('lang');
  if (values.length === 0) return { ok: true, lang: defaultLocale };
  const [value] = values;
  return values.length === 1 && isLocale(value) ? { ok: true, lang: value } : { ok: false };
}
