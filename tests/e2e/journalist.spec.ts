import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { loadSampleContent } from './fixtures';

const freeSlug = 'hop-nhat-tinh-va-giay-chung-nhan-ocop';

/** Issue 7's journey in one go: the press room, an article, a chart and an embedded card. */
test('a journalist takes a feed, an article with its credit, a chart and an embed from the press room', async ({
  page,
  context,
}) => {
  const { dataset } = await loadSampleContent();
  const article = dataset.articles.find((a) => a.slug === freeSlug)!;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  // 1. The press room: the news feed's address, in one click.
  await page.goto('/vi/press', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Sao chép địa chỉ: Tin tức (RSS 2.0)' }).click();
  expect(await clipboard()).toMatch(/\/feeds\/news\.xml$/);
  const embedCode = await page
    .getByRole('region', { name: 'Nhúng vào trang của bạn' })
    .locator('pre code')
    .innerText();

  // 2. An article free to republish: its text and the exact credit line.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tin tức' })
    .click();
  await page.getByRole('link', { name: article.title.vi }).first().click();
  await expect(page).toHaveURL(`/vi/news/${freeSlug}`);
  await page.waitForLoadState('networkidle');
  const credit = (await page.locator('#credit-line').innerText()).trim();
  await page.getByRole('button', { name: 'Sao chép toàn văn (văn bản thuần)' }).click();
  const copied = await clipboard();
  expect(copied.startsWith(article.title.vi)).toBe(true);
  expect(copied.trim().endsWith(credit)).toBe(true);

  // 3. A chart for the graphics desk, as a PNG.
  await page.goto('/vi/stats');
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('link', { name: /^Ảnh 1920×1080 \(PNG\)\s*: Sản phẩm OCOP theo hạng sao$/ })
    .click();
  const png = await readFile((await (await downloading).path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');

  // 4. The embed code from the press room, pasted into the newspaper's page.
  expect(embedCode).toMatch(/^<iframe src="[^"]+\/embed\/products\//);
  await page.route('http://localhost:3999/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><title>Báo</title></head><body>${embedCode}</body></html>`,
    }),
  );
  await page.goto('http://localhost:3999/bai-viet');
  const card = page.frameLocator('iframe');
  await expect(card.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect(card.getByRole('link', { name: /Xem trên OCOP Quảng Ngãi/ })).toBeVisible();
});
