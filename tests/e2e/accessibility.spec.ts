import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages, embedPaths } from './routes';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of [
  ...allPages,
  ...embedPaths,
  '/vi/khong-co-trang-nay',
  '/en/no-such-page',
  '/fr',
]) {
  test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('the narrow-screen menu passes axe when open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/vi');
  await page.getByText('Danh mục', { exact: true }).click();
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
