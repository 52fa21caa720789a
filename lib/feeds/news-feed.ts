/**
 * The news feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the same articles, written with the `feed`
 * library. Pure: the caller passes the dataset, the language, the site's address and its strings.
 *
 * Each item carries the whole article as sanitised HTML (hero image with its credit, lead, body,
 * the products of a rating round, and the credit line or a rights notice), an absolute link, a tag:
 * id that never changes (lib/feeds/ids.ts) and the hero image as enclosure / image.
 */
import { Feed, type Item } from 'feed';
import type { Element, ElementContent } from 'hast';
import type { Catalogue } from '../catalogue/catalogue';
import type { DataLicense } from '../content/data-license';
import type { Article } from '../content/schema';
import type { Dictionary } from '../i18n/dictionary';
import { fill, localize, localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { sortNewestFirst } from '../news/article-query';
import { articleCreditLine, articleUrl } from '../news/credit';
import { element, hastToHtml, markdownToHast } from '../news/markdown';
import { getRoundResults } from '../news/round-results';
import { feedUrl } from './feed-urls';
import { newsFeedId, newsItemId } from './ids';
import { toJsonFeed11, type JsonFeed } from './json-feed';
import { imageMediaType } from './media-type';

/** Feeds carry the latest articles; older ones stay on the site. */
export const newsFeedSize = 50;

export interface NewsFeedOptions {
  catalogue: Catalogue;
  lang: Locale;
  siteUrl: string;
  license: DataLicense;
  dict: Dictionary;
}

/** One article as every feed format needs it. */
export interface NewsFeedEntry {
  article: Article;
  id: string;
  url: string;
  title: string;
  /** The lead, plain text. */
  summary: string;
  contentHtml: string;
  /** Language the text is actually in (Vietnamese when the English is missing). */
  language: Locale;
  published: Date;
  /** Last change: the update time, else the publication time. */
  updated: Date;
  image?: { url: string; type: string };
  kindLabel: string;
}

/** Until the data are official, a feed says so too: it travels further than any page. */
export function withSampleNote(text: string, isSampleData: boolean, dict: Dictionary): string {
  return isSampleData ? `${text} (${dict.sampleNotice.title})` : text;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function heroFigure(article: Article, options: NewsFeedOptions): Element | undefined {
  const image = article.heroImage;
  if (!image) return undefined;
  const { lang, dict } = options;
  const credit = fill(dict.product.imageCredit, { credit: image.credit, license: image.license });
  const caption = image.caption ? `${localizedString(image.caption, lang)} ` : '';
  return element('figure', {}, [
    element('img', {
      src: image.src,
      alt: localizedString(image.alt, lang),
      width: image.width,
      height: image.height,
    }),
    element('figcaption', {}, `${caption}${credit}`),
  ]);
}

/** The products a rating-results announcement is about, with the stars the round gave them. */
function roundResultsList(article: Article, options: NewsFeedOptions): ElementContent[] {
  if (article.kind !== 'rating-results' || !article.round) return [];
  const { catalogue, lang, dict, siteUrl } = options;
  const round = catalogue.dataset.rounds.find((r) => r.slug === article.round);
  const results = getRoundResults(catalogue.dataset, article.round);
  if (!round || results.length === 0) return [];
  const roundName = fill(dict.about.roundName, { number: round.number, year: round.year });
  return [
    element('h2', {}, fill(dict.news.roundResultsHeading, { round: roundName })),
    element(
      'ul',
      {},
      results.map((result) =>
        element('li', {}, [
          element(
            'a',
            { href: `${siteUrl}/${lang}/products/${result.product.slug}` },
            localizedString(result.product.name, lang),
          ),
          { type: 'text', value: `: ${fill(dict.stars.label, { count: result.stars })}` },
        ]),
      ),
    ),
  ];
}

/** The closing line: the exact credit for a free article, a rights notice for the others. */
function rightsParagraph(article: Article, options: NewsFeedOptions): Element {
  const { catalogue, lang, dict } = options;
  if (article.isFreeToRepublish) {
    const credit = articleCreditLine(article, {
      lang,
      siteUrl: options.siteUrl,
      settings: catalogue.dataset.settings,
      license: options.license,
      strings: dict.news,
    });
    return element('p', {}, [element('small', {}, credit)]);
  }
  const source = catalogue.organisation(article.source.organisation);
  return element('p', {}, [
    element(
      'small',
      {},
      fill(dict.news.notFreeToRepublish, {
        organisation: source ? localizedString(source.name, lang) : article.source.organisation,
      }),
    ),
  ]);
}

/** The article as one HTML fragment, every URL absolute (feed readers are not on the site). */
export function articleFeedHtml(article: Article, options: NewsFeedOptions): string {
  const { lang, siteUrl } = options;
  const figure = heroFigure(article, options);
  const parts: ElementContent[] = [
    ...(figure ? [figure] : []),
    element('p', {}, [element('strong', {}, localizedString(article.lead, lang))]),
    ...(markdownToHast(localizedString(article.body, lang)).children as ElementContent[]),
    ...roundResultsList(article, options),
    rightsParagraph(article, options),
  ];
  return parts
    .map((part) => hastToHtml(part, { baseUrl: siteUrl }))
    .filter((html) => html.trim() !== '')
    .join('\n');
}

/** The latest articles as feed entries, newest first. */
export function newsFeedEntries(options: NewsFeedOptions): NewsFeedEntry[] {
  const { catalogue, lang, siteUrl, dict } = options;
  return sortNewestFirst(catalogue.dataset.articles)
    .slice(0, newsFeedSize)
    .map((article) => {
      const image = article.heroImage;
      const imageUrl = image && new URL(image.src, siteUrl).toString();
      return {
        article,
        id: newsItemId(lang, article.slug),
        url: articleUrl(siteUrl, lang, article.slug),
        title: localizedString(article.title, lang),
        summary: localizedString(article.lead, lang),
        contentHtml: articleFeedHtml(article, options),
        language: localize(article.body, lang).lang,
        published: new Date(article.publishedAt),
        updated: new Date(article.updatedAt ?? article.publishedAt),
        ...(imageUrl && { image: { url: imageUrl, type: imageMediaType(imageUrl) } }),
        kindLabel: dict.articleKinds[article.kind],
      };
    });
}

type Format = 'rss' | 'atom' | 'json';

function newsFeed(options: NewsFeedOptions, format: Format) {
  const { catalogue, lang, siteUrl, dict } = options;
  const { settings } = catalogue.dataset;
  const entries = newsFeedEntries(options);
  // The feed changes when an article does: the newest change dates it, so the output is stable.
  const updated = new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
  const feed = new Feed({
    id: newsFeedId(lang),
    title: fill(dict.news.feedTitle, { site: localizedString(settings.siteName, lang) }),
    description: withSampleNote(
      fill(dict.news.feedDescription, { province: settings.province.name }),
      settings.isSampleData,
      dict,
    ),
    link: `${siteUrl}/${lang}/news`,
    language: lang,
    updated,
    generator: false,
    favicon: `${siteUrl}/icon.svg`,
    feedLinks: {
      rss: feedUrl(siteUrl, 'news.xml', lang),
      atom: feedUrl(siteUrl, 'news.atom', lang),
      json: feedUrl(siteUrl, 'news.json', lang),
    },
  });
  for (const entry of entries) {
    // Atom's title and summary are declared HTML and RSS's description is HTML: escape the text.
    const isAtom = format === 'atom';
    const item: Item = {
      id: entry.id,
      guid: entry.id,
      link: entry.url,
      title: isAtom ? escapeHtml(entry.title) : entry.title,
      description: format === 'json' ? entry.summary : escapeHtml(entry.summary),
      content: entry.contentHtml,
      date: entry.updated,
      published: entry.published,
      category: [{ name: entry.kindLabel, term: entry.article.kind }],
      ...(entry.image && {
        image: { url: entry.image.url, type: entry.image.type, ...(!isAtom && { length: 0 }) },
      }),
      ...(entry.article.isFreeToRepublish && { copyright: options.license.name }),
      // RSS's <author> must be an e-mail address: RSS names the author with Dublin Core instead.
      ...(format === 'rss'
        ? { extensions: [{ name: 'dc:creator', objects: { _text: entry.article.author } }] }
        : { author: [{ name: entry.article.author }] }),
    };
    feed.addItem(item);
  }
  return { feed, entries };
}

/** RSS 2.0, with the whole article in content:encoded. */
export function buildNewsRss(options: NewsFeedOptions): string {
  return newsFeed(options, 'rss').feed.rss2();
}

/**
 * The library ignores an Atom enclosure's type and writes `image/<extension>` (`image/svg`,
 * `image/jpg`: jpmonette/feed#224); the right type is put back here.
 */
function fixAtomEnclosureTypes(xml: string, entries: NewsFeedEntry[]): string {
  let fixed = xml;
  for (const { image } of entries) {
    if (!image) continue;
    const url = new URL(image.url);
    const href = url.toString().replace(/&/g, '&amp;');
    const guessed = `image/${url.pathname.split('.').slice(-1)[0]}`;
    fixed = fixed.replaceAll(
      `rel="enclosure" href="${href}" type="${guessed}"`,
      `rel="enclosure" href="${href}" type="${image.type}"`,
    );
  }
  return fixed;
}

/** Atom 1.0, with the whole article as HTML content. */
export function buildNewsAtom(options: NewsFeedOptions): string {
  const { feed, entries } = newsFeed(options, 'atom');
  return fixAtomEnclosureTypes(feed.atom1(), entries);
}

/** JSON Feed 1.1, with the whole article as content_html. */
export function buildNewsJsonFeed(options: NewsFeedOptions): JsonFeed {
  const { feed, entries } = newsFeed(options, 'json');
  return toJsonFeed11(feed.json1(), {
    language: options.lang,
    itemLanguages: new Map(entries.map((e) => [e.id, e.language])),
  });
}
