import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';

const parser = new Parser();

const feeds = [
  { path: '/feeds/news.xml', type: 'application/rss+xml; charset=utf-8' },
  { path: '/feeds/news.atom', type: 'application/atom+xml; charset=utf-8' },
  { path: '/feeds/news.json', type: 'application/feed+json; charset=utf-8' },
  { path: '/feeds/changes.xml', type: 'application/rss+xml; charset=utf-8' },
];

test('every feed answers with its media type, in Vietnamese and in English', async ({
  request,
}) => {
  for (const { path, type } of feeds) {
    for (const url of [path, `${path}?lang=en`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toBe(type);
      expect(response.headers()['access-control-allow-origin'], url).toBe('*');
    }
  }
});

test('a journalist subscribes to the news feed and every item leads to its article', async ({
  request,
}) => {
  const feed = await parser.parseString(await (await request.get('/feeds/news.xml')).text());
  expect(feed.title).toBe('Tin tức OCOP Quảng Ngãi');
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) {
    expect(item.guid).toMatch(/^tag:ocop\.quangngai\.vn,2026:vi\/news\/[a-z0-9-]+$/);
    const link = new URL(item.link!);
    expect(link.pathname).toMatch(/^\/vi\/news\/[a-z0-9-]+$/);
    expect((await request.get(link.pathname)).status(), link.pathname).toBe(200);
  }
  const english = await parser.parseString(
    await (await request.get('/feeds/news.atom?lang=en')).text(),
  );
  expect(english.title).toBe('OCOP Quảng Ngãi news');
  expect(english.items[0]?.link).toMatch(/\/en\/news\//);
});

test('the JSON feed is JSON Feed 1.1', async ({ request }) => {
  const feed = await (await request.get('/feeds/news.json?lang=en')).json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.language).toBe('en');
  expect(feed.title).toBeTruthy();
  for (const item of feed.items) {
    expect(item.id).toMatch(/^tag:/);
    expect(item.url).toMatch(/^https?:\/\/[^/]+\/en\/news\//);
    expect(item.content_html).toBeTruthy();
    expect(item.authors[0].name).toBeTruthy();
  }
});

test('the certification changes feed lists changes newest first, linking to products', async ({
  request,
}) => {
  const feed = await parser.parseString(await (await request.get('/feeds/changes.xml')).text());
  const times = feed.items.map((i) => Date.parse(i.isoDate!));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const revoked = feed.items.find((i) =>
    i.guid?.endsWith(':vi/certificates/gao-an-tra/revoked/2024-06-14'),
  );
  expect(revoked?.title).toBe('Gạo Ấn Trà: Thu hồi giấy chứng nhận');
  expect(new URL(revoked!.link!).pathname).toBe('/vi/products/gao-an-tra');
  expect(feed.items.some((i) => i.title?.endsWith('Giấy chứng nhận hết hạn'))).toBe(true);
});

test('feeds answer bad requests in JSON, never with a server error', async ({ request }) => {
  for (const { path } of feeds) {
    for (const url of [`${path}?lang=fr`, `${path}?lang=vi&lang=en`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect((await response.json()).issues[0].parameter, url).toBe('lang');
    }
    expect((await request.post(path)).status(), path).toBe(405);
  }
});

test('pages announce the feeds in their language', async ({ page }) => {
  const announced = async (path: string) => {
    await page.goto(path);
    const links = page.locator('head link[rel="alternate"][type]');
    return Object.fromEntries(
      await links.evaluateAll((elements) =>
        elements.map((e) => [
          `${e.getAttribute('type')} ${e.getAttribute('title')}`,
          new URL(e.getAttribute('href')!, location.href).pathname +
            new URL(e.getAttribute('href')!, location.href).search,
        ]),
      ),
    );
  };
  for (const path of ['/vi', '/vi/news', '/vi/products/mach-nha-mantoza']) {
    expect(await announced(path), path).toMatchObject({
      'application/rss+xml Tin tức (RSS)': '/feeds/news.xml',
      'application/atom+xml Tin tức (Atom)': '/feeds/news.atom',
      'application/feed+json Tin tức (JSON Feed)': '/feeds/news.json',
    });
  }
  for (const path of ['/en', '/en/news/hop-nhat-tinh-va-giay-chung-nhan-ocop', '/en/events']) {
    expect(await announced(path), path).toMatchObject({
      'application/rss+xml News (RSS)': '/feeds/news.xml?lang=en',
      'application/atom+xml News (Atom)': '/feeds/news.atom?lang=en',
      'application/feed+json News (JSON Feed)': '/feeds/news.json?lang=en',
    });
  }
});
