import type { Metadata } from 'next';
import type { SiteSettings } from '../content/schema';
import { localizedString } from '../i18n/localize';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { feedAlternates } from './feed-links';

/**
 * Canonical URL, hreflang alternates and the news feeds (autodiscovery) for a page that exists in
 * every language. `path` is the part after the language, '' for the home page. URLs are relative:
 * the root layout sets `metadataBase` from SITE_URL. Next replaces a layout's alternates with a
 * page's, so the feeds ride along here to be on every page.
 */
export function languageAlternates(lang: Locale, path: string): Metadata['alternates'] {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((l) => [l, `/${l}${path}`]),
  );
  languages['x-default'] = `/${defaultLocale}${path}`;
  return { canonical: `/${lang}${path}`, languages, types: feedAlternates(lang) };
}

/**
 * The site-wide Open Graph fields. Next replaces a layout's `openGraph` with a page's as a whole,
 * so a page that sets its own image or type spreads these first to keep the site name and locale.
 */
export function siteOpenGraph(lang: Locale, settings: SiteSettings) {
  return {
    siteName: localizedString(settings.siteName, lang),
    type: 'website',
    locale: lang === 'vi' ? 'vi_VN' : 'en_GB',
  } as const;
}
