import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('#catalogue-results');
const resultNames = (page: Page) =>
  results(page).getByRole('heading', { level: 3 }).allInnerTexts();

test('a consumer searches without accents, filters, opens a product, sees its certificate and where to buy, and shares it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Typing before the page's script has started would go unseen by the in-place search; wait for it.
  await page.goto('/vi/products', { waitUntil: 'networkidle' });
  await page
    .getByLabel('Tìm theo tên, nhà sản xuất, địa phương (tên mới hoặc cũ)')
    .fill('toi ly son');
  await expect(page).toHaveURL(/\/vi\/products\?q=toi\+ly\+son$/);
  await expect.poll(() => resultNames(page)).toContain('Tỏi Lý Sơn Phú Sinh');

  await page.getByRole('group', { name: 'Hạng sao' }).getByLabel('4 sao').check();
  await page
    .getByRole('group', { name: 'Nhóm sản phẩm' })
    .getByLabel('Thực phẩm', { exact: true })
    .check();
  await expect(page).toHaveURL(/q=toi\+ly\+son&group=food&stars=4/);
  await expect
    .poll(async () => {
      const cards = await results(page).getByRole('article').allInnerTexts();
      return (
        cards.length > 0 &&
        cards.every((card) => card.includes('4 sao') && card.includes('Thực phẩm'))
      );
    })
    .toBe(true);

  await results(page).getByRole('link', { name: 'Tỏi Lý Sơn Phú Sinh' }).click();
  await expect(page).toHaveURL(/\/vi\/products\/toi-ly-son-phu-sinh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỏi Lý Sơn Phú Sinh');
  const certificate = page.getByRole('region', { name: 'Giấy chứng nhận' });
  await expect(certificate).toContainText('958/QĐ-UBND');
  await expect(certificate).toContainText('Còn hiệu lực');
  await expect(page.getByText('Tiềm năng 5 sao').first()).toBeVisible();
  const whereToBuy = page.getByRole('region', { name: 'Nơi mua' });
  await expect(whereToBuy.getByRole('listitem')).not.toHaveCount(0);
  await expect(
    whereToBuy.getByRole('link', { name: 'Xem các điểm bán trên bản đồ' }),
  ).toHaveAttribute('href', '/vi/where-to-buy?product=toi-ly-son-phu-sinh');
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/vi\/products\/toi-ly-son-phu-sinh$/,
  );
  await expect(
    page.getByRole('img', { name: /Mã QR dẫn đến .*toi-ly-son-phu-sinh/ }),
  ).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/stars=4/);
  await expect(page.getByRole('group', { name: 'Hạng sao' }).getByLabel('4 sao')).toBeChecked();
});

test('the back button restores earlier filters and results', async ({ page }) => {
  await page.goto('/en/products', { waitUntil: 'networkidle' });
  const total = await page.locator('#catalogue-count').innerText();
  await page.getByRole('group', { name: 'Stars' }).getByLabel('5 stars').check();
  await expect(page).toHaveURL(/stars=5/);
  await expect(page.locator('#catalogue-count')).not.toHaveText(total);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/products$/);
  await expect(page.locator('#catalogue-count')).toHaveText(total);
  await expect(page.getByRole('group', { name: 'Stars' }).getByLabel('5 stars')).not.toBeChecked();
});

test('an empty result suggests removing filters', async ({ page }) => {
  await page.goto('/en/products?q=garlic&group=handicrafts');
  await expect(page.getByRole('heading', { name: 'No products match' })).toBeVisible();
  await page.getByRole('link', { name: 'Remove filter: Handicrafts' }).click();
  await expect.poll(() => resultNames(page)).toContain('Phú Sinh Lý Sơn garlic');
});

test('expired and revoked products appear only on request, clearly marked', async ({ page }) => {
  await page.goto('/en/products?q=gao+an+tra');
  await expect(page.getByRole('heading', { name: 'No products match' })).toBeVisible();
  await page.goto('/en/products?q=gao+an+tra&status=revoked');
  await expect(results(page).getByRole('article')).toHaveCount(1);
  await expect(results(page).getByText('Revoked')).toBeVisible();
});

test('an unknown product shows the not-found page and is not indexed', async ({ page }) => {
  await page.goto('/en/products/no-such-product');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
});

test('the product page describes the product for search engines as a certified product, not a reviewed one', async ({
  page,
}) => {
  await page.goto('/en/products/mach-nha-mantoza');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((text) => JSON.parse(text));
  const product = data.find((d) => d['@type'] === 'Product');
  expect(product.hasCertification).toMatchObject({
    certificationIdentification: '1425/QĐ-UBND',
    validFrom: '2023-12-25',
    expires: '2026-12-25',
  });
  expect(data.find((d) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(3);
  expect(blocks.join('')).not.toMatch(/AggregateRating|Review/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search and filters work as a form, and the product page reads fully', async ({ page }) => {
    await page.goto('/vi/products');
    await page
      .getByLabel('Tìm theo tên, nhà sản xuất, địa phương (tên mới hoặc cũ)')
      .fill('tỏi lý sơn');
    await page.getByRole('group', { name: 'Hạng sao' }).getByLabel('4 sao').check();
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(page).toHaveURL(/q=t%E1%BB%8Fi\+l%C3%BD\+s%C6%A1n/);
    await expect(page).toHaveURL(/stars=4/);
    expect(await resultNames(page)).toContain('Tỏi Lý Sơn Phú Sinh');
    await page.getByRole('link', { name: 'Tỏi Lý Sơn Phú Sinh' }).click();
    await expect(page.getByRole('region', { name: 'Giấy chứng nhận' })).toContainText(
      '958/QĐ-UBND',
    );
    await expect(
      page.getByRole('region', { name: 'Nơi mua' }).getByRole('listitem'),
    ).not.toHaveCount(0);
  });
});

test('the catalogue passes axe with filters and results updated in place', async ({ page }) => {
  await page.goto('/en/products', { waitUntil: 'networkidle' });
  await page.getByRole('group', { name: 'Region' }).getByLabel('West (former Kon Tum)').check();
  await expect(page).toHaveURL(/region=west/);
  const scan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
});
