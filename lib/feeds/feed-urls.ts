/**
 * Where the feeds live (SPEC.md: a public contract). Vietnamese is the default and has the bare
 * address; other languages add `?lang=`.
 */
import { defaultLocale, type Locale } from '../i18n/locales';

export const feedFiles = ['news.xml', 'news.atom', 'news.json', 'changes.xml'] as const;
export type FeedFile = (typeof feedFiles)[number];

/** A feed's path in a language, e.g. `/feeds/news.xml` or `/feeds/news.xml?lang=en`. */
export function feedPath(file: FeedFile, lang: Locale): string {
  return lang === defaultLocale ? `/feeds/${file}` : `/feeds/${file}?lang=${lang}`;
}

/** A feed's absolute address, for self links inside the feed. */
export function feedUrl(siteUrl: string, file: FeedFile, lang: Locale): string {
  return `${siteUrl}${feedPath(file, lang)}`;
}
