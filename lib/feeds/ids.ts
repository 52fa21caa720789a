/**
 * Identifiers of feed items (RSS guid, Atom id, JSON Feed id). They must never change once
 * published, or every reader shows old items again as new: so they are tag: URIs (RFC 4151) made
 * of the record's slug, not URLs built from SITE_URL, which moves between staging, production and a
 * future domain.
 *
 * Each language's feed has its own ids (`…:vi/news/<slug>`, `…:en/news/<slug>`): the English item is
 * a different text from the Vietnamese one, and an aggregator that merges feeds by id (Atom says
 * equal ids are the same entry) would otherwise keep one language and drop the other.
 */
import type { Locale } from '../i18n/locales';

/**
 * The tagging authority and date: the site's domain and a day the programme held it. Fixed for
 * good; change it only before the first feed is published, never after.
 */
export const feedTagAuthority = 'ocop.quangngai.vn,2026';

const tag = (specific: string) => `tag:${feedTagAuthority}:${specific}`;

/** The id of the news feed itself (Atom `feed/id`). */
export function newsFeedId(lang: Locale): string {
  return tag(`${lang}/news`);
}

/** The id of an article in a language's news feeds (the same in RSS, Atom and JSON Feed). */
export function newsItemId(lang: Locale, slug: string): string {
  return tag(`${lang}/news/${slug}`);
}

/** The id of the certification changes feed. */
export function changesFeedId(lang: Locale): string {
  return tag(`${lang}/certificates`);
}

/** One certification change: a product, what happened and the day (YYYY-MM-DD). */
export function certificateChangeId(
  lang: Locale,
  productSlug: string,
  kind: string,
  date: string,
): string {
  return tag(`${lang}/certificates/${productSlug}/${kind}/${date}`);
}
