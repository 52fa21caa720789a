/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). The `feed` library writes version 1; this
 * upgrades its output: the 1.1 version URL, `authors` arrays in place of the deprecated `author`
 * objects, and `language` for the feed and for items whose text is in another language (an English
 * feed item that falls back to Vietnamese).
 */

export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  banner_image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
}

export interface JsonFeed {
  version: typeof jsonFeedVersion;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  authors?: JsonFeedAuthor[];
  language?: string;
  items: JsonFeedItem[];
}

/** What version 1 has that 1.1 replaced. */
type Version1Item = Omit<JsonFeedItem, 'authors'> & { author?: JsonFeedAuthor };
type Version1Feed = Omit<JsonFeed, 'version' | 'authors' | 'items'> & {
  version: string;
  author?: JsonFeedAuthor;
  items: Version1Item[];
};

function authorsOf(author: JsonFeedAuthor | undefined): JsonFeedAuthor[] | undefined {
  return author && Object.keys(author).length > 0 ? [author] : undefined;
}

/**
 * A version 1 JSON Feed (as `Feed#json1()` writes it) as version 1.1. `itemLanguages` gives, by
 * item id, the language of items that differ from the feed's.
 */
export function toJsonFeed11(
  version1: string,
  options: { language: string; itemLanguages?: ReadonlyMap<string, string> },
): JsonFeed {
  const { version, author, items, ...rest } = JSON.parse(version1) as Version1Feed;
  if (version !== 'https://jsonfeed.org/version/1' && version !== jsonFeedVersion) {
    throw new Error(`unexpected JSON Feed version ${version}`);
  }
  return {
    version: jsonFeedVersion,
    ...rest,
    ...(authorsOf(author) && { authors: authorsOf(author) }),
    language: options.language,
    items: items.map(({ author: itemAuthor, ...item }) => {
      const language = options.itemLanguages?.get(item.id);
      return {
        ...item,
        ...(authorsOf(itemAuthor) && { authors: authorsOf(itemAuthor) }),
        ...(language && language !== options.language && { language }),
      };
    }),
  };
}
