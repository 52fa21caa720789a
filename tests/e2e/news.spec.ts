import { expect, test, type Page } from '@playwright/test';
import { sortNewestFirst } from '../../lib/news/article-query';
import { loadSampleContent } from './fixtures';

const freeSlug = 'hop-nhat-tinh-va-giay-chung-nhan-ocop';
const freeTitle = 'Hợp nhất tỉnh: giấy chứng nhận OCOP vẫn còn hiệu lực';
const creditLine = (lang: 'vi' | 'en', slug: string, author: string) =>
  lang === 'vi'
    ? new RegExp(
        `^Nguồn: OCOP Quảng Ngãi \\(https?://[^/]+/vi/news/${slug}\\), tác giả ${author}, giấy phép CC BY 4\\.0$`,
      )
    : new RegExp(
        `^Source: OCOP Quảng Ngãi \\(https?://[^/]+/en/news/${slug}\\), by ${author}, licence CC BY 4\\.0$`,
      );

const cards = (page: Page) =>
  page.getByRole('region', { name: /bài viết|articles?$/ }).getByRole('article');

test('a reader filters the news to rating results and opens an announcement', async ({ page }) => {
  const { dataset } = await loadSampleContent();
  await page.goto('/vi/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức');
  await expect(
    page.getByRole('heading', { name: `${dataset.articles.length} bài viết` }),
  ).toBeVisible();
  const newest = sortNewestFirst(dataset.articles)[0]!;
  await expect(cards(page).first().getByRole('heading')).toHaveText(newest.title.vi);

  const kinds = page.getByRole('navigation', { name: 'Loại bài' });
  await kinds.getByRole('link', { name: 'Kết quả đánh giá, phân hạng' }).click();
  await expect(page).toHaveURL(/\/vi\/news\?kind=rating-results$/);
  await expect(kinds.getByRole('link', { name: 'Kết quả đánh giá, phân hạng' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const ratingCount = dataset.articles.filter((a) => a.kind === 'rating-results').length;
  await expect(cards(page)).toHaveCount(ratingCount);
  for (const text of await cards(page).allInnerTexts()) {
    expect(text).toContain('Kết quả đánh giá, phân hạng');
  }

  await page
    .getByRole('link', { name: 'Kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2025' })
    .click();
  await expect(page).toHaveURL(/\/vi\/news\/ket-qua-danh-gia-ocop-dot-2-nam-2025$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2025',
  );
  await expect(page.locator('figure figcaption')).toContainText(
    'Ảnh: Minh họa: OCOP Quảng Ngãi (dữ liệu mẫu) · CC BY 4.0',
  );
  await expect(page.locator('time').first()).toHaveText('09:00 22/09/2025');

  const rated = page.getByRole('region', { name: 'Sản phẩm được công nhận trong Đợt 2/2025' });
  await expect(rated.getByRole('listitem')).toHaveCount(5);
  const upgraded = rated.getByRole('listitem').filter({ hasText: 'Nước mắm cá cơm Mộ Đức' });
  await expect(upgraded).toContainText('4 sao');
  await expect(upgraded).toContainText('Nâng hạng lên 4 sao');
  await upgraded.getByRole('link').click();
  await expect(page).toHaveURL(/\/vi\/products\/nuoc-mam-ca-com-mo-duc$/);
});

test('an article lists its related products with stars and its related events', async ({
  page,
}) => {
  await page.goto('/en/news/khai-mac-hoi-cho-ocop-quang-ngai-2023');
  const products = page.getByRole('region', { name: 'Products in this article' });
  await expect(products.getByRole('listitem')).toHaveCount(8);
  await expect(products.getByRole('listitem').first()).toContainText(/OCOP.*\d stars/);
  const events = page.getByRole('region', { name: 'Related events' });
  await events.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/events\/hoi-cho-ocop-quang-ngai-2023$/);
});

test('the list pages twelve at a time and ignores bad parameters with a notice', async ({
  page,
}) => {
  const { dataset } = await loadSampleContent();
  await page.goto('/en/news');
  await expect(cards(page)).toHaveCount(Math.min(12, dataset.articles.length));
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await pagination.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/news\?page=2$/);
  await expect(cards(page)).toHaveCount(dataset.articles.length - 12);
  await expect(pagination).toContainText('Page 2 of 2');
  await expect(pagination.getByRole('link', { name: 'Previous page' })).toHaveAttribute(
    'href',
    '/en/news',
  );

  await page.goto('/en/news?kind=gossip&page=99');
  await expect(page.getByRole('alert').filter({ hasText: 'Some parameters' })).toHaveText(
    'Some parameters were not valid and were ignored: kind, page',
  );
  await expect(cards(page)).toHaveCount(Math.min(12, dataset.articles.length));
});

test('a journalist copies an article as plain text with its credit line', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/vi/news/${freeSlug}`, { waitUntil: 'networkidle' });
  const box = page.getByRole('region', { name: 'Được phép đăng lại, ghi rõ nguồn' });
  const shown = (await box.locator('#credit-line').innerText()).trim();
  expect(shown).toMatch(creditLine('vi', freeSlug, 'Nguyễn Văn Hùng'));

  await box.getByRole('button', { name: 'Sao chép toàn văn (văn bản thuần)' }).click();
  await expect(box.getByText('Đã sao chép toàn văn và dòng ghi nguồn')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const paragraphs = copied.split('\n\n');
  expect(paragraphs[0]).toBe(freeTitle);
  expect(paragraphs[1]).toMatch(/^Sau ngày 1\/7\/2025, giấy chứng nhận OCOP đã cấp/);
  expect(copied).toContain('Giấy chứng nhận OCOP vẫn còn hiệu lực');
  expect(copied).not.toMatch(/\*\*|^#/m);
  expect(paragraphs.at(-1)).toBe(shown);
});

test('a journalist downloads an article as Markdown', async ({ page, request }) => {
  await page.goto(`/en/news/${freeSlug}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download as Markdown (.md)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${freeSlug}.en.md`);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  expect(text.startsWith('# Provinces merged: OCOP certificates remain valid\n\n')).toBe(true);
  expect(text).toContain('- Author: Nguyễn Văn Hùng\n');
  expect(text).toMatch(
    /^- Source: OCOP Quảng Ngãi \(.*\), by Nguyễn Văn Hùng, licence CC BY 4\.0$/m,
  );
  expect(text).toContain('## OCOP certificates remain valid');

  const response = await request.get(`/vi/news/${freeSlug}/article.md`);
  expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  // Only what is free to republish is handed out as a file.
  const closed = await request.get('/vi/news/khai-mac-hoi-cho-ocop-quang-ngai-2023/article.md');
  expect(closed.status()).toBe(404);
});

test('an article that is not free to republish says so and offers no copy or download', async ({
  page,
}) => {
  await page.goto('/vi/news/khai-mac-hoi-cho-ocop-quang-ngai-2023');
  await expect(page.getByText('Bài viết này không được tự do đăng lại.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Sao chép toàn văn/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Markdown/ })).toHaveCount(0);
});

test('an English article without a translation shows the Vietnamese text, marked', async ({
  page,
}) => {
  await page.goto('/en/news/nguoi-mua-chua-biet-mua-san-pham-ocop-o-dau');
  await expect(page.getByText('(Vietnamese only)').first()).toBeVisible();
  await expect(page.locator('[lang="vi"] h2').first()).toHaveText('Có sản phẩm nhưng khó tìm');
});

test('the article page describes itself as a NewsArticle with breadcrumbs', async ({ page }) => {
  await page.goto(`/vi/news/${freeSlug}`);
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text),
  );
  const article = data.find((d) => d['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    headline: freeTitle,
    inLanguage: 'vi',
    datePublished: '2025-07-10T09:00:00+07:00',
    dateModified: '2025-09-05T08:00:00+07:00',
    author: [{ '@type': 'Person', name: 'Nguyễn Văn Hùng' }],
    license: 'https://creativecommons.org/licenses/by/4.0/',
  });
  expect(article.image[0].creditText).toBe('Minh họa: OCOP Quảng Ngãi (dữ liệu mẫu)');
  expect(data.find((d) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(3);
});

// Like every partially prerendered page, an unknown slug answers 200 with a not-found page that
// search engines are told not to index (a known gap, see the closing notes of issues 3 and 7).
test('an unknown article shows the not-found page and is not indexed', async ({ page }) => {
  await page.goto('/vi/news/khong-co-bai-nay');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list filters and pages with plain links, and articles read in full', async ({
    page,
  }) => {
    await page.goto('/vi/news');
    await page
      .getByRole('navigation', { name: 'Loại bài' })
      .getByRole('link', { name: 'Thông cáo báo chí' })
      .click();
    await expect(page).toHaveURL(/\/vi\/news\?kind=press-release$/);
    for (const text of await cards(page).allInnerTexts()) {
      expect(text).toContain('Thông cáo báo chí');
    }
    await page.getByRole('link', { name: freeTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(freeTitle);
    await expect(
      page.getByRole('heading', { name: 'Giấy chứng nhận OCOP vẫn còn hiệu lực', exact: true }),
    ).toBeVisible();
    await expect(page.locator('#credit-line')).toBeVisible();
    // The copy button needs a script: it is not shown dead; the download is a plain link.
    await expect(page.getByRole('button', { name: /Sao chép toàn văn/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Tải về dạng Markdown (.md)' })).toBeVisible();
  });
});
