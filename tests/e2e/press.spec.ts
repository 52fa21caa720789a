import { expect, test } from '@playwright/test';

test('a journalist copies a feed address from the press room', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/vi/press');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phòng báo chí');
  const feeds = page.getByRole('region', { name: 'Nguồn tin và lịch' });
  await feeds.getByRole('button', { name: 'Sao chép địa chỉ: Tin tức (RSS 2.0)' }).click();
  await expect(feeds.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^http:\/\/[^/]+\/feeds\/news\.xml$/,
  );
  await expect(
    page.getByRole('region', { name: 'Liên hệ báo chí' }).getByRole('link', { name: /@/ }),
  ).not.toHaveCount(0);
  await expect(page.getByRole('link', { name: 'CC BY 4.0' }).first()).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
});

test('the press room’s open data answer with data', async ({ page, request }) => {
  await page.goto('/en/press');
  const data = page.getByRole('region', { name: 'Open data' });
  for (const link of await data.getByRole('link').all()) {
    const href = (await link.getAttribute('href'))!;
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test('the API guide lists every endpoint of the OpenAPI document', async ({ page, request }) => {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  expect(document.openapi).toBe('3.1.0');
  await page.goto('/en/press/api');
  for (const path of Object.keys(document.paths)) {
    await expect(page.getByRole('heading', { name: `GET ${path}`, exact: true })).toBeVisible();
  }
  const products = page.getByRole('table', { name: 'Parameters: GET /api/v1/products' });
  await expect(products.getByRole('rowheader', { name: 'stars' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the addresses are there to select, with no dead copy buttons', async ({ page }) => {
    await page.goto('/en/press');
    await expect(page.getByText(/\/feeds\/changes\.xml\?lang=en$/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });
});
