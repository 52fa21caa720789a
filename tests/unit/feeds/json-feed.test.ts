import { Feed } from 'feed';
import { describe, expect, it } from 'vitest';
import { jsonFeedVersion, toJsonFeed11 } from '@/lib/feeds/json-feed';
import { feedPath, feedUrl } from '@/lib/feeds/feed-urls';
import { imageMediaType } from '@/lib/feeds/media-type';

function version1() {
  const feed = new Feed({
    title: 'Tin tức',
    id: 'tag:x,2026:vi/news',
    link: 'https://ocop.example/vi/news',
    author: { name: 'Sở Công Thương', link: 'https://ocop.example' },
    feedLinks: { json: 'https://ocop.example/feeds/news.json' },
  });
  feed.addItem({
    id: 'a',
    title: 'A',
    link: 'https://ocop.example/vi/news/a',
    date: new Date('2026-01-02T00:00:00Z'),
    content: '<p>A</p>',
    author: [{ name: 'Nguyễn Văn A' }],
  });
  feed.addItem({
    id: 'b',
    title: 'B',
    link: 'https://ocop.example/vi/news/b',
    date: new Date('2026-01-01T00:00:00Z'),
    description: 'B',
  });
  return feed.json1();
}

describe('toJsonFeed11', () => {
  it('writes version 1.1 with authors arrays and the language', () => {
    const feed = toJsonFeed11(version1(), {
      language: 'en',
      itemLanguages: new Map([
        ['a', 'vi'],
        ['b', 'en'],
      ]),
    });
    expect(feed.version).toBe(jsonFeedVersion);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.authors).toEqual([{ name: 'Sở Công Thương', url: 'https://ocop.example' }]);
    expect(feed).not.toHaveProperty('author');
    expect(feed.feed_url).toBe('https://ocop.example/feeds/news.json');
    const [a, b] = feed.items;
    expect(a).toMatchObject({ id: 'a', authors: [{ name: 'Nguyễn Văn A' }], language: 'vi' });
    expect(a).not.toHaveProperty('author');
    // An item in the feed's own language does not repeat it; one without an author has none.
    expect(b).not.toHaveProperty('language');
    expect(b).not.toHaveProperty('authors');
    expect(b?.content_html).toBe('B');
  });

  it('refuses a document that is not a JSON Feed', () => {
    expect(() =>
      toJsonFeed11(JSON.stringify({ version: 'x', items: [] }), { language: 'vi' }),
    ).toThrow(/version/);
  });
});

describe('feed addresses and media types', () => {
  it('gives Vietnamese the bare address and English ?lang=en', () => {
    expect(feedPath('news.xml', 'vi')).toBe('/feeds/news.xml');
    expect(feedPath('news.json', 'en')).toBe('/feeds/news.json?lang=en');
    expect(feedUrl('https://ocop.example', 'changes.xml', 'en')).toBe(
      'https://ocop.example/feeds/changes.xml?lang=en',
    );
  });

  it('knows the image types, whatever the case or query string', () => {
    expect(imageMediaType('/images/news/news.svg')).toBe('image/svg+xml');
    expect(imageMediaType('https://images.example/photo.JPG?w=1200')).toBe('image/jpeg');
    expect(imageMediaType('/x.webp')).toBe('image/webp');
    expect(imageMediaType('/no-extension')).toBe('application/octet-stream');
  });
});
