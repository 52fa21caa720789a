/**
 * Feed autodiscovery: the `<link rel="alternate">` tags that let browsers, feed readers and
 * newsroom tools find the news feeds (and the certification changes feed) from any page.
 */
import type { Metadata } from 'next';
import { feedPath } from '../feeds/feed-urls';
import { newsStrings } from '../i18n/dictionaries/news';
import type { Locale } from '../i18n/locales';

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * The feeds in the page's language, keyed by media type as Next's `alternates.types` wants them.
 * URLs are relative: the root layout's `metadataBase` makes them absolute.
 */
export function feedAlternates(lang: Locale): AlternateTypes {
  const t = newsStrings[lang];
  return {
    'application/rss+xml': [
      { url: feedPath('news.xml', lang), title: t.alternateRss },
      { url: feedPath('changes.xml', lang), title: t.alternateChanges },
    ],
    'application/atom+xml': [{ url: feedPath('news.atom', lang), title: t.alternateAtom }],
    'application/feed+json': [{ url: feedPath('news.json', lang), title: t.alternateJson }],
  };
}
