import { expect, test } from '@playwright/test';

test('a shopper checks a certificate by decision number and by product code', async ({ page }) => {
  await page.goto('/vi/products/mach-nha-mantoza');
  await page.getByRole('link', { name: 'Kiểm tra giấy chứng nhận này' }).click();
  await expect(page).toHaveURL(/\/vi\/verify\?code=QNG-2023-0142$/);
  await expect(page.getByRole('region', { name: /Kết quả cho/ })).toContainText(
    'Mạch nha Quảng Ngãi Mantoza',
  );

  await page.getByLabel('Số quyết định hoặc mã sản phẩm').fill('612/qd-ubnd');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const result = page.getByRole('region', { name: /Kết quả cho/ });
  await expect(result).toContainText('Đã thu hồi');
  await expect(result).toContainText('thu hồi ngày 14/06/2024');
});

test('an unknown code says no certificate is known', async ({ page }) => {
  await page.goto('/en/verify?code=9999%2FQĐ-UBND');
  await expect(page.getByRole('status')).toContainText(
    'No certificate is known for “9999/QĐ-UBND”',
  );
});

test('an over-long code is refused politely', async ({ page }) => {
  const response = await page.goto(`/en/verify?code=${'9'.repeat(500)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('alert').filter({ hasText: 'too long' })).toBeVisible();
});

test('the footer links to the certificate check', async ({ page }) => {
  await page.goto('/vi');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'Tra cứu giấy chứng nhận OCOP' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu giấy chứng nhận OCOP');
});
