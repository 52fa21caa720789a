/**
 * What a newsroom must print with a republished article: the credit line, built from the site's
 * name, the article's address, its author and the site's data licence (lib/content/data-license.ts:
 * DATA_LICENSE when an operator set it, else the site settings' licence).
 */
import type { DataLicense } from '../content/data-license';
import type { Article, SiteSettings } from '../content/schema';
import type { NewsStrings } from '../i18n/dictionaries/news';
import { fill, localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';

/** The article's page, absolute: the address the credit line and the feeds give. */
export function articleUrl(siteUrl: string, lang: Locale, slug: string): string {
  return `${siteUrl}/${lang}/news/${slug}`;
}

export interface CreditOptions {
  lang: Locale;
  siteUrl: string;
  settings: SiteSettings;
  license: DataLicense;
  strings: Pick<NewsStrings, 'creditLine'>;
}

/**
 * The exact credit line, e.g. "Nguồn: OCOP Quảng Ngãi (https://…/vi/news/slug), tác giả Nguyễn Văn
 * Hùng, giấy phép CC BY 4.0", in the page's language and pointing to the page in that language.
 */
export function articleCreditLine(article: Article, options: CreditOptions): string {
  return fill(options.strings.creditLine, {
    site: localizedString(options.settings.siteName, options.lang),
    url: articleUrl(options.siteUrl, options.lang, article.slug),
    author: article.author,
    license: options.license.name,
  });
}
