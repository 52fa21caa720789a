/**
 * Structured data of an article page: a schema.org NewsArticle with its language, section, dates
 * in the province's time, the author, the site as publisher, and the hero image with its credit
 * and licence (what image search shows as "Licensable"). Built here rather than with next-seo's
 * ArticleJsonLd, which takes neither inLanguage, license nor the image's creditText; next-seo's
 * JsonLdScript renders it.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { Article } from '../content/schema';
import { localize, localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import type { DataLicense } from '../content/data-license';
import { toProvinceIso } from '../time/province-time';

/** Author strings that name a unit rather than a person ("Phòng Xúc tiến thương mại", "Báo …"). */
const organisationAuthor =
  /^(phòng|sở|ban|trung tâm|văn phòng|báo|đài|ủy ban|ubnd|công ty|hợp tác xã|htx|department|office|board|centre|center)(?=\s|$)/iu;

/** The author as a Person, or as an Organization when the name is one the site knows or looks like one. */
export function articleAuthorJsonLd(author: string, catalogue: Catalogue) {
  const known = catalogue.dataset.settings.organisations.find((o) =>
    [o.name.vi, o.name.en, o.shortName?.vi, o.shortName?.en].includes(author),
  );
  const isOrganisation = known !== undefined || organisationAuthor.test(author);
  return {
    '@type': isOrganisation ? 'Organization' : 'Person',
    name: author,
    ...(known?.website && { url: known.website }),
  };
}

export interface NewsArticleJsonLdOptions {
  catalogue: Catalogue;
  lang: Locale;
  pageUrl: string;
  siteUrl: string;
  license: DataLicense;
  /** The kind of article in the page's language, e.g. "Thông cáo báo chí". */
  section: string;
}

export function newsArticleJsonLd(article: Article, options: NewsArticleJsonLdOptions) {
  const { catalogue, lang, pageUrl, siteUrl, license } = options;
  const { settings } = catalogue.dataset;
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const iso = (value: string) => toProvinceIso(new Date(value));
  const image = article.heroImage;
  const licenseRef = license.url ?? license.name;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${pageUrl}#article`,
    headline: text(article.title),
    description: text(article.lead),
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    // The language of the text itself: an English page without a translation shows Vietnamese.
    inLanguage: localize(article.body, lang).lang,
    articleSection: options.section,
    datePublished: iso(article.publishedAt),
    dateModified: iso(article.updatedAt ?? article.publishedAt),
    author: [articleAuthorJsonLd(article.author, catalogue)],
    publisher: {
      '@type': 'Organization',
      name: text(settings.siteName),
      url: siteUrl,
      logo: { '@type': 'ImageObject', url: `${siteUrl}/icon.svg` },
    },
    ...(image && {
      image: [
        {
          '@type': 'ImageObject',
          url: new URL(image.src, siteUrl).href,
          width: image.width,
          height: image.height,
          ...(image.caption && { caption: text(image.caption) }),
          creditText: image.credit,
          copyrightNotice: image.credit,
          // A licence named like the site's has the site's licence address.
          license: image.license === license.name ? licenseRef : image.license,
          acquireLicensePage: pageUrl,
        },
      ],
    }),
    isAccessibleForFree: true,
    ...(article.isFreeToRepublish && { license: licenseRef }),
  };
}
