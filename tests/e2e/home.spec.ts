import { expect, test } from '@playwright/test';
import { getFeaturedProducts } from '../../lib/catalogue/product-status';
import { getLatestArticles } from '../../lib/news/articles';
import { getKeyFigures } from '../../lib/stats/key-figures';
import { loadSampleContent } from './fixtures';

test('a consumer lands on the home page and searches the catalogue', async ({ page }) => {
  await page.goto('/vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sản phẩm OCOP Quảng Ngãi');
  const search = page.getByRole('search');
  await search.getByLabel('Tìm sản phẩm').fill('toi ly son');
  await search.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/\/vi\/products\?q=toi\+ly\+son$/);
});

test('the home page shows featured products, coming events, latest news and key figures', async ({
  page,
}) => {
  const { dataset, today } = await loadSampleContent();
  await page.goto('/en');

  const featured = page.getByRole('region', { name: 'Featured products' });
  const expected = getFeaturedProducts(dataset.products, today, 8);
  await expect(featured.getByRole('article')).toHaveCount(expected.length);
  for (const product of expected) {
    await expect(
      featured.getByRole('link', { name: product.name.en ?? product.name.vi }),
    ).toHaveAttribute('href', `/en/products/${product.slug}`);
  }
  await expect(featured.getByText(/^OCOP/).first()).toBeVisible();

  const events = page.getByRole('region', { name: 'Coming up' });
  await expect(events.getByRole('article')).toHaveCount(3);

  const news = page.getByRole('region', { name: 'Latest news' });
  const latest = getLatestArticles(dataset.articles, 3);
  await expect(news.getByRole('heading', { level: 3 })).toHaveText(
    latest.map((a) => a.title.en ?? a.title.vi).map((t) => new RegExp(escape(t))),
  );

  const figures = getKeyFigures(dataset, today);
  const figureBox = page.getByRole('region', { name: 'Key figures' });
  await expect(
    figureBox.getByText('valid products in the catalogue', { exact: true }).locator('..'),
  ).toContainText(String(figures.certifiedProducts));
  await expect(
    figureBox.getByText('five-star products', { exact: true }).locator('..'),
  ).toContainText(String(figures.fiveStarProducts));
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the first featured picture loads at once and first; the others wait until scrolled to', async ({
  page,
}) => {
  await page.goto('/vi');
  const pictures = page.getByRole('region', { name: 'Sản phẩm tiêu biểu' }).locator('img');
  await expect(pictures.first()).toHaveAttribute('loading', 'eager');
  await expect(pictures.first()).toHaveAttribute('fetchpriority', 'high');
  const count = await pictures.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 1; i < count; i++) {
    await expect(pictures.nth(i)).toHaveAttribute('loading', 'lazy');
    await expect(pictures.nth(i)).not.toHaveAttribute('fetchpriority', /./);
  }
});
