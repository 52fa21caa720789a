/**
 * Links to pages prefetch when the visitor reaches for them, not when they come into view
 * (components/ui/page-link.tsx), and still navigate on the client.
 */
import { expect, test, type Page, type Request } from '@playwright/test';

/**
 * Opens `path` and waits until the network is idle, by when viewport prefetching would have asked
 * for the pages of the links in view: no page's data may have been prefetched.
 */
async function openWithoutPrefetching(page: Page, path: string) {
  const prefetched: string[] = [];
  page.on('request', (request: Request) => {
    if (request.headers()['next-router-prefetch'] === '1')
      prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(prefetched).toEqual([]);
}

function isPrefetchOf(path: string) {
  return (request: Request) =>
    request.headers()['next-router-prefetch'] === '1' && new URL(request.url()).pathname === path;
}

test('opening the home page prefetches no other page; a pointer over a link prefetches it', async ({
  page,
}) => {
  // On a desktop screen every header link is in view.
  await openWithoutPrefetching(page, '/vi');

  const productsLink = page
    .getByRole('navigation', { name: /chính/i })
    .getByRole('link', { name: 'Sản phẩm', exact: true });
  const prefetch = page.waitForRequest(isPrefetchOf('/vi/products'));
  await productsLink.hover();
  await prefetch;

  // Still a client-side navigation: the document loaded first is the one still running.
  await page.evaluate(() => ((window as { openedHere?: boolean }).openedHere = true));
  await productsLink.click();
  await expect(page).toHaveURL(/\/vi\/products$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as { openedHere?: boolean }).openedHere)).toBe(true);
});

test('keyboard focus on a link prefetches its page', async ({ page }) => {
  await openWithoutPrefetching(page, '/vi');
  const prefetch = page.waitForRequest(isPrefetchOf('/vi/events'));
  await page
    .getByRole('navigation', { name: /chính/i })
    .getByRole('link', { name: 'Hội chợ, phiên chợ', exact: true })
    .focus();
  await prefetch;
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 412, height: 823 } });

  test('a tap prefetches the page as the finger goes down, then navigates to it', async ({
    page,
  }) => {
    await openWithoutPrefetching(page, '/vi');
    // The first featured product: a link outside the menu, which a phone keeps closed.
    const productLink = page.getByRole('main').getByRole('article').first().getByRole('link');
    const href = await productLink.getAttribute('href');
    expect(href).toMatch(/^\/vi\/products\/[a-z0-9-]+$/);
    const prefetch = page.waitForRequest(isPrefetchOf(href!));
    await productLink.tap();
    await prefetch;
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});
