/**
 * What a CDN in front may keep (docs/deployment.md, "CDN"): the pages that answer a query string
 * are shared for a minute (server/shared-cache.mjs), while an editor's preview of the same page and
 * the browser's client navigations keep Next's private answer.
 */
import { expect, test } from '@playwright/test';
import { inlineScriptHashes } from '../../server/content-security-policy.mjs';
import { queryPageCacheControl } from '../../server/shared-cache.mjs';
import { e2eSecrets } from './servers';

const queryPages = [
  '/vi/products',
  '/vi/products?group=food&stars=4',
  '/en/products?q=honey',
  '/vi/producers',
  '/vi/events',
  '/en/news',
  '/vi/where-to-buy',
  '/vi/verify',
];

test('the pages that answer a query string may be kept by a CDN, each with its own policy', async ({
  request,
}) => {
  for (const path of queryPages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(queryPageCacheControl);
    // A CDN must key on Vary: the same URL answers client navigations differently.
    expect(response.headers()['vary'], path).toMatch(/\brsc\b/);
    // The policy kept with the page is that page's own.
    const policy = response.headers()['content-security-policy'] ?? '';
    for (const hash of inlineScriptHashes(await response.text())) expect(policy).toContain(hash);
  }
  // A HEAD answer has no body to take script hashes from: it is not offered to shared caches.
  const head = await request.head('/vi/products');
  expect(head.headers()['cache-control']).not.toMatch(/s-maxage|public/);
  // A prerendered page keeps the header Next made from its cache profile.
  const product = await request.get('/vi/products/mach-nha-mantoza');
  expect(product.headers()['cache-control']).toBe('s-maxage=3600, stale-while-revalidate=82800');
});

// What the server makes per request gets the hash of its bytes as ETag (server/body-etags.mjs).
const madePerRequest = [
  '/vi/products?group=food&stars=4',
  '/en/events',
  '/api/v1/products?q=mat&limit=5',
  '/feeds/news.xml',
  '/feeds/events.ics',
  '/sitemap.xml',
  '/data/products.csv',
];

test('what is made per request has an ETag, a 304 for a client that has it, and a kept copy', async ({
  request,
}) => {
  for (const path of madePerRequest) {
    const first = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(first.status(), path).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    // Sent from the compressed copy kept for that ETag: whole, so with its length.
    expect(first.headers()['content-encoding'], path).toBe('br');
    expect(Number(first.headers()['content-length']), path).toBeGreaterThan(0);
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status(), path).toBe(304);
    expect(again.headers()['etag'], path).toBe(etag);
    expect(again.headers()['cache-control'], path).toBe(first.headers()['cache-control']);
    expect(await again.body(), path).toHaveLength(0);
    const other = await request.get(path, { headers: { 'If-None-Match': '"an-older-copy"' } });
    expect(other.status(), path).toBe(200);
    expect(other.headers()['etag'], path).toBe(etag);
  }
});

test('a client navigation to the catalogue is not offered to shared caches', async ({ page }) => {
  await page.goto('/vi');
  const navigation = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/vi/products' &&
      response.request().headers()['rsc'] === '1' &&
      !response.request().headers()['next-router-prefetch'],
  );
  await page
    .getByRole('navigation', { name: /chính/i })
    .getByRole('link', { name: 'Sản phẩm', exact: true })
    .click();
  await expect(page).toHaveURL(/\/vi\/products$/);
  const cacheControl = (await navigation).headers()['cache-control'] ?? '';
  expect(cacheControl).not.toContain(queryPageCacheControl);
  expect(cacheControl).not.toMatch(/s-maxage/);
});

test('an editor previewing the catalogue gets it private, never for a shared cache', async ({
  page,
}) => {
  await page.goto(
    `/api/draft?secret=${e2eSecrets.preview}&contentType=product&slug=mach-nha-mantoza&lang=vi`,
  );
  const response = await page.goto('/vi/products?group=food');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Chế độ xem trước' })).toBeVisible();
  const cacheControl = response!.headers()['cache-control'] ?? '';
  expect(cacheControl).toMatch(/no-store/);
  expect(cacheControl).not.toMatch(/s-maxage|public/);
});
