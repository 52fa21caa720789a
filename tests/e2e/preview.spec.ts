import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext } from '@playwright/test';

import { e2eSecrets } from './servers';

// The e2e servers run with this CONTENTFUL_PREVIEW_SECRET (playwright.config.ts).
const secret = e2eSecrets.preview;
const productPath = '/vi/products/mach-nha-mantoza';
const previewLink = (query: string) => `/api/draft?secret=${secret}&${query}`;
const productLink = previewLink('contentType=product&slug=mach-nha-mantoza&lang=vi');

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function hasDraftCookie(context: BrowserContext) {
  return (await context.cookies()).some((c) => c.name === '__prerender_bypass' && c.value !== '');
}

test('a link without the right secret is refused in JSON and turns nothing on', async ({
  request,
}) => {
  for (const query of [
    'secret=wrong&contentType=product&slug=mach-nha-mantoza',
    'contentType=product&slug=mach-nha-mantoza',
  ]) {
    const response = await request.get(`/api/draft?${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(401);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(await response.json()).toMatchObject({
      error: expect.any(String),
      issues: [{ parameter: 'secret' }],
    });
  }
  const badSlug = await request.get(previewLink('contentType=product&slug=..%2Fx'), {
    maxRedirects: 0,
  });
  expect(badSlug.status()).toBe(400);
  expect(await badSlug.json()).toMatchObject({ issues: [{ parameter: 'slug' }] });
});

test('an editor previews a product with the banner, uncached, and leaves preview', async ({
  page,
  context,
  request,
}) => {
  const response = await page.goto(productLink);
  expect(page.url()).toMatch(new RegExp(`${productPath}$`));
  const redirect = await response!.request().redirectedFrom()!.response();
  expect(redirect!.status()).toBe(307);
  expect(await hasDraftCookie(context)).toBe(true);

  // The previewed page must never be kept by a browser or a shared cache.
  const cacheControl = response!.headers()['cache-control'] ?? '';
  expect(cacheControl).toMatch(/no-store/);
  expect(cacheControl).not.toMatch(/public|s-maxage/);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mạch nha Quảng Ngãi Mantoza');
  const banner = page.getByRole('region', { name: 'Chế độ xem trước' });
  await expect(banner).toContainText('đang hiện bản nháp từ Contentful');

  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);

  // Other visitors (no cookie) still get the public page, without the banner.
  const publicPage = await request.get(productPath);
  expect(await publicPage.text()).not.toContain('aria-label="Chế độ xem trước"');

  await banner.getByRole('button', { name: 'Thoát chế độ xem trước' }).click();
  await expect(page).toHaveURL(new RegExp(`${productPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mạch nha Quảng Ngãi Mantoza');
  await expect(page.getByRole('region', { name: 'Chế độ xem trước' })).toHaveCount(0);
  expect(await hasDraftCookie(context)).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the English banner’s exit button still works', async ({ page, context }) => {
    await page.goto(previewLink('contentType=product&slug=mach-nha-mantoza&lang=en'));
    await expect(page).toHaveURL(/\/en\/products\/mach-nha-mantoza$/);
    const banner = page.getByRole('region', { name: 'Preview mode' });
    await banner.getByRole('button', { name: 'Exit preview' }).click();
    await expect(page).toHaveURL(/\/en\/products\/mach-nha-mantoza$/);
    await expect(page.getByRole('region', { name: 'Preview mode' })).toHaveCount(0);
    expect(await hasDraftCookie(context)).toBe(false);
  });
});

test('leaving preview only ever goes back to a page of this site', async ({ request }) => {
  const cases: [path: string, location: string][] = [
    [productPath, productPath],
    ['//evil.example/vi', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
  ];
  for (const [path, location] of cases) {
    const response = await request.post(`/api/draft/disable?path=${encodeURIComponent(path)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(303);
    expect(response.headers()['location'], path).toBe(location);
  }
});
