import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Article, Dataset } from '@/lib/content/schema';
import { newsItemId } from '@/lib/feeds/ids';
import {
  buildNewsAtom,
  buildNewsJsonFeed,
  buildNewsRss,
  newsFeedSize,
  type NewsFeedOptions,
} from '@/lib/feeds/news-feed';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { sortNewestFirst } from '@/lib/news/article-query';

const siteUrl = 'https://ocop.example';
let dataset: Dataset;
let catalogue: Catalogue;
const dicts: Partial<Record<Locale, Dictionary>> = {};

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
  catalogue = getCatalogue(dataset);
  dicts.vi = await getDictionary('vi');
  dicts.en = await getDictionary('en');
});

function options(lang: Locale = 'vi', overrides: Partial<NewsFeedOptions> = {}): NewsFeedOptions {
  return {
    catalogue,
    lang,
    siteUrl,
    license: dataset.settings.dataLicense,
    dict: dicts[lang]!,
    ...overrides,
  };
}

/** Options over a dataset whose articles are replaced (for hostile or missing content). */
function optionsWithArticles(articles: Article[], lang: Locale = 'vi'): NewsFeedOptions {
  return options(lang, {
    catalogue: getCatalogue({ ...dataset, version: `test-${Math.random()}`, articles }),
  });
}

type LinkXml = { $: { rel?: string; href: string; type?: string; length?: string } };
type ExtraItemFields = { links?: LinkXml[]; id?: string; 'content:encoded'?: string };
const parser = new Parser<Record<string, unknown>, ExtraItemFields>({
  customFields: { item: [['link', 'links', { keepArray: true }], 'id'] },
});

const newest = () => sortNewestFirst(dataset.articles);
const article = (slug: string) => dataset.articles.find((a) => a.slug === slug)!;

describe('RSS 2.0 news feed, read back by rss-parser', () => {
  it('lists the latest articles newest first, with absolute links and tag: guids', async () => {
    const feed = await parser.parseString(buildNewsRss(options()));
    expect(feed.title).toBe('Tin tức OCOP Quảng Ngãi');
    expect(feed.link).toBe(`${siteUrl}/vi/news`);
    expect(feed.feedUrl).toBe(`${siteUrl}/feeds/news.xml`);
    const expected = newest().slice(0, newsFeedSize);
    expect(feed.items.map((i) => i.link)).toEqual(
      expected.map((a) => `${siteUrl}/vi/news/${a.slug}`),
    );
    expect(feed.items.map((i) => i.guid)).toEqual(expected.map((a) => newsItemId('vi', a.slug)));
    expect(feed.items[0]!.guid).toMatch(/^tag:ocop\.quangngai\.vn,2026:vi\/news\//);
  });

  it('carries the whole article: lead, body, credit line, author, date and hero enclosure', async () => {
    const feed = await parser.parseString(buildNewsRss(options()));
    const slug = 'hop-nhat-tinh-va-giay-chung-nhan-ocop';
    const item = feed.items.find((i) => i.link?.endsWith(`/${slug}`))!;
    expect(item.title).toBe(article(slug).title.vi);
    expect(item.creator).toBe('Nguyễn Văn Hùng');
    expect(item.pubDate).toBeDefined();
    expect(new Date(item.pubDate!).toISOString()).toBe(
      new Date(article(slug).publishedAt).toISOString(),
    );
    const content = item['content:encoded']!;
    expect(content).toContain('<h2>Giấy chứng nhận OCOP vẫn còn hiệu lực</h2>');
    expect(content).toContain(`<strong>${article(slug).lead.vi}</strong>`);
    expect(content).toContain(
      `Nguồn: OCOP Quảng Ngãi (${siteUrl}/vi/news/${slug}), tác giả Nguyễn Văn Hùng, giấy phép CC BY 4.0`,
    );
    expect(content).toContain(`<img src="${siteUrl}/images/news/press-release.svg"`);
    expect(item.enclosure).toEqual({
      url: `${siteUrl}/images/news/press-release.svg`,
      type: 'image/svg+xml',
      length: '0',
    });
    expect(item.categories).toEqual(['Thông cáo báo chí']);
  });

  it('marks articles that are not free to republish instead of giving a credit line', async () => {
    const feed = await parser.parseString(buildNewsRss(options()));
    const item = feed.items.find((i) =>
      i.link?.endsWith('/khai-mac-hoi-cho-ocop-quang-ngai-2023'),
    )!;
    const content = item['content:encoded']!;
    expect(content).toContain('không được tự do đăng lại');
    expect(content).not.toContain('Nguồn: OCOP Quảng Ngãi');
  });

  it('lists the products of a rating round with their stars, linked', async () => {
    const feed = await parser.parseString(buildNewsRss(options()));
    const item = feed.items.find((i) => i.link?.endsWith('/ket-qua-danh-gia-ocop-dot-2-nam-2025'))!;
    const content = item['content:encoded']!;
    expect(content).toContain(
      `<a href="${siteUrl}/vi/products/toi-ly-son-dori">Tỏi Lý Sơn DORI</a>: Hạng 4 sao OCOP`,
    );
  });

  it('lets no raw HTML or unsafe link through', async () => {
    const hostile: Article = {
      ...article('ra-mat-website-ocop-quang-ngai'),
      slug: 'hostile',
      title: { vi: 'Tiêu đề <b>đậm</b> & "trích"' },
      body: {
        vi: 'Chữ <script>alert(1)</script> và <img src=x onerror=alert(2)>.\n\n[bấm](javascript:alert(3)) [trang](/vi/products)\n\n<iframe src="https://evil.example"></iframe>',
      },
    };
    const xml = buildNewsRss(optionsWithArticles([hostile]));
    const [item] = (await parser.parseString(xml)).items;
    const content = item!['content:encoded']!;
    expect(content).not.toMatch(/<script|<iframe|onerror|javascript:/i);
    expect(content).toContain(`<a href="${siteUrl}/vi/products">trang</a>`);
    expect(item!.title).toBe('Tiêu đề <b>đậm</b> & "trích"');
  });

  it('says the data are sample data until they are official', async () => {
    const sample = await parser.parseString(buildNewsRss(options()));
    expect(sample.description).toMatch(/\(Dữ liệu mẫu\)$/);
    const settings = { ...dataset.settings, isSampleData: false };
    const official = getCatalogue({ ...dataset, settings, version: 'official-test' });
    const feed = await parser.parseString(buildNewsRss(options('vi', { catalogue: official })));
    expect(feed.description).not.toContain('Dữ liệu mẫu');
  });

  it('is the same document each time for the same content', () => {
    expect(buildNewsRss(options())).toBe(buildNewsRss(options()));
  });
});

describe('Atom 1.0 news feed, read back by rss-parser', () => {
  it('has ids, alternate links, content and a correctly typed enclosure', async () => {
    const feed = await parser.parseString(buildNewsAtom(options('en')));
    expect(feed.title).toBe('OCOP Quảng Ngãi news');
    expect(feed.feedUrl).toBe(`${siteUrl}/feeds/news.atom?lang=en`);
    const slug = 'ket-qua-danh-gia-ocop-dot-2-nam-2025';
    const item = feed.items.find((i) => i.link === `${siteUrl}/en/news/${slug}`)!;
    expect(item.id).toBe(newsItemId('en', slug));
    expect(item.title).toBe('OCOP evaluation results, round 2 of 2025');
    expect(item.content).toContain('Products rated in Round 2/2025');
    expect(item.content).toContain('Source: OCOP Quảng Ngãi');
    const enclosure = item.links?.find((l) => l.$.rel === 'enclosure');
    expect(enclosure?.$).toMatchObject({
      href: `${siteUrl}/images/news/rating-results.svg`,
      type: 'image/svg+xml',
    });
  });

  it('escapes titles, which Atom declares as HTML', async () => {
    const odd = { ...article('ra-mat-website-ocop-quang-ngai'), title: { vi: 'A & B <C>' } };
    const xml = buildNewsAtom(optionsWithArticles([odd]));
    expect(xml).toContain('<title type="html"><![CDATA[A &amp; B &lt;C&gt;]]></title>');
    const [item] = (await parser.parseString(xml)).items;
    expect(item!.title).toBe('A &amp; B &lt;C&gt;');
  });
});

describe('JSON Feed 1.1 news feed', () => {
  it('has the required fields of version 1.1', () => {
    const feed = buildNewsJsonFeed(options());
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Tin tức OCOP Quảng Ngãi');
    expect(feed.home_page_url).toBe(`${siteUrl}/vi/news`);
    expect(feed.feed_url).toBe(`${siteUrl}/feeds/news.json`);
    expect(feed.language).toBe('vi');
    expect(feed).not.toHaveProperty('author');
    expect(feed.items.length).toBe(Math.min(dataset.articles.length, newsFeedSize));
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toMatch(/^https:\/\/ocop\.example\/vi\/news\/[a-z0-9-]+$/);
      expect(item.content_html ?? item.content_text).toBeTruthy();
      expect(item.authors?.[0]?.name).toBeTruthy();
      expect(item).not.toHaveProperty('author');
      expect(item.image).toMatch(/^https:\/\/ocop\.example\/images\//);
      expect(new Date(item.date_published!).toISOString()).toBe(item.date_published);
    }
  });

  it('says which English items are still in Vietnamese', () => {
    const feed = buildNewsJsonFeed(options('en'));
    const untranslated = feed.items.find((i) =>
      i.url?.endsWith('/nguoi-mua-chua-biet-mua-san-pham-ocop-o-dau'),
    );
    const translated = feed.items.find((i) => i.url?.endsWith('/ra-mat-website-ocop-quang-ngai'));
    expect(feed.language).toBe('en');
    expect(untranslated?.language).toBe('vi');
    expect(translated).not.toHaveProperty('language');
  });

  it('serialises to the JSON the route sends', () => {
    const parsed = JSON.parse(JSON.stringify(buildNewsJsonFeed(options())));
    expect(parsed.version).toBe('https://jsonfeed.org/version/1.1');
  });
});

describe('item ids', () => {
  it('do not depend on the site address, so moving the site does not repeat every item', async () => {
    const ids = (xml: string) =>
      parser.parseString(xml).then((feed) => feed.items.map((i) => i.guid));
    const here = await ids(buildNewsRss(options()));
    const elsewhere = await ids(buildNewsRss(options('vi', { siteUrl: 'https://new.example' })));
    expect(elsewhere).toEqual(here);
    expect(here.every((id) => !id?.includes('ocop.example'))).toBe(true);
  });

  it('are the same in RSS, Atom and JSON Feed, and differ between languages', async () => {
    const rss = (await parser.parseString(buildNewsRss(options()))).items.map((i) => i.guid);
    const atom = (await parser.parseString(buildNewsAtom(options()))).items.map((i) => i.id);
    const json = buildNewsJsonFeed(options()).items.map((i) => i.id);
    expect(atom).toEqual(rss);
    expect(json).toEqual(rss);
    const english = buildNewsJsonFeed(options('en')).items.map((i) => i.id);
    expect(english.some((id) => rss.includes(id))).toBe(false);
    expect(new Set(rss).size).toBe(rss.length);
  });
});
