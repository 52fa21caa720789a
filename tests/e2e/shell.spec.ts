import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { allPages } from './routes';

test.describe('language negotiation at /', () => {
  for (const [header, target] of [
    ['en-US,en;q=0.9', '/en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', '/vi'],
    ['fr-FR', '/vi'],
  ] as const) {
    test(`Accept-Language "${header}" goes to ${target}`, async ({ request }) => {
      const response = await request.get('/', {
        headers: { 'accept-language': header },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(target);
      expect(response.headers()['vary']).toContain('Accept-Language');
    });
  }
});

test('an unknown language is a 404, in both languages', async ({ page }) => {
  const response = await page.goto('/fr');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('an unknown page inside a language is a 404 that says so in both languages', async ({
  page,
}) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
    'href',
    '/en',
  );
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
});

test.describe('404 pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ['/fr', '/fr/products', '/vi/khong-co-trang-nay']) {
    test(`${path} is readable`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    });
  }
});

for (const path of allPages) {
  test(`${path}: language, landmarks, sample notice, canonical and hreflang`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const lang = path.slice(1, 3);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByTestId('sample-data-notice')).toContainText(
      lang === 'vi' ? 'Dữ liệu mẫu' : 'Sample data',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const rest = path.slice(3).split('?')[0]!;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/${lang}${rest}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute(
      'href',
      new RegExp(`/vi${rest}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      new RegExp(`/en${rest}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      new RegExp(`/vi${rest}$`),
    );
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/vi/about');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua để đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('the header links to every section and marks the current one', async ({ page }) => {
  await page.goto('/en/about');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const hrefs = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(new Set(hrefs)).toEqual(
    new Set(
      [
        'products',
        'producers',
        'events',
        'where-to-buy',
        'news',
        'press',
        'stats',
        'about',
        'verify',
      ].map((s) => `/en/${s}`),
    ),
  );
  await expect(nav.getByRole('link', { name: 'About' }).first()).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the language switcher keeps the page', async ({ page }) => {
  await page.goto('/vi/about');
  await page.getByRole('link', { name: 'Xem trang này bằng tiếng Anh' }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the OCOP programme');
  await page.getByRole('link', { name: 'View this page in Vietnamese' }).click();
  await expect(page).toHaveURL(/\/vi\/about$/);
});

test('the language switcher keeps the filters chosen on the page', async ({ page }) => {
  await page.goto('/en/products', { waitUntil: 'networkidle' });
  await page.getByRole('group', { name: 'Stars' }).getByLabel('5 stars').check();
  await expect(page).toHaveURL(/\/en\/products\?stars=5$/);
  await page.getByRole('link', { name: 'View this page in Vietnamese' }).click();
  await expect(page).toHaveURL(/\/vi\/products\?stars=5$/);
  await expect(page.getByRole('group', { name: 'Hạng sao' }).getByLabel('5 sao')).toBeChecked();
});

// components/layout/site-header.tsx: nothing in the header waits for the browser. A Suspense
// boundary there left every prerendered page with parts sent late ($RC) or rendered only by the
// browser ($RX), each one more layout of the page after it was first shown.
test('the header is whole in the first HTML, with the current section marked', async ({
  request,
}) => {
  for (const [path, current] of [
    ['/vi/press', 'Báo chí'],
    ['/en/products', 'Products'],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('<template id="B:');
    expect(html, path).not.toMatch(/\$R[CX]\(/);
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
    // The menu for phones and the list for wide screens both mark it.
    const marked = [...header.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)</g)].map(
      ([link, text]) => [/href="([^"]*)"/.exec(link)?.[1], text],
    );
    expect(marked, path).toEqual([
      [path, current],
      [path, current],
    ]);
  }
});

test('the footer gives contacts, sources, licence and the certificate check', async ({ page }) => {
  await page.goto('/en');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await expect(footer.getByRole('link', { name: /^0255/ }).first()).toHaveAttribute(
    'href',
    /^tel:/,
  );
  await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('rel', 'license');
  await expect(footer.getByRole('link', { name: 'Check an OCOP certificate' })).toHaveAttribute(
    'href',
    '/en/verify',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages read fully, the menu opens and the language switcher keeps the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en');
    await expect(page.getByRole('heading', { name: 'Featured products' })).toBeVisible();
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('link', { name: 'About' }).first().click();
    await expect(page).toHaveURL(/\/en\/about$/);
    await expect(page.getByRole('link', { name: 'View this page in Vietnamese' })).toHaveAttribute(
      'href',
      '/vi/about',
    );
  });
});

// build-hooks/compile-hints.mjs: Chrome compiles these off the main thread while they download.
test('the framework chunks every page runs start with the compile hint, route chunks do not', async ({
  page,
  request,
}) => {
  const { rootMainFiles, polyfillFiles } = JSON.parse(
    readFileSync('.next/build-manifest.json', 'utf8'),
  ) as { rootMainFiles: string[]; polyfillFiles: string[] };
  await page.goto('/vi/products');
  const sources = await page
    .locator('script[src]')
    .evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src') ?? ''));
  const startsWithHint = async (source: string) =>
    (await (await request.get(source)).text()).startsWith('//# allFunctionsCalledOnLoad\n');

  for (const file of rootMainFiles) {
    expect(sources).toContain(`/_next/${file}`);
    expect(await startsWithHint(`/_next/${file}`), file).toBe(true);
  }
  const routeChunks = sources.filter(
    (source) => ![...rootMainFiles, ...polyfillFiles].some((file) => source === `/_next/${file}`),
  );
  expect(routeChunks.length).toBeGreaterThan(0);
  for (const source of routeChunks) expect(await startsWithHint(source), source).toBe(false);
});

// app/fonts.ts, webFontsScript: the first page in the system's font, the next ones in Be Vietnam Pro.
test('a first visit lays out in the system font and fetches Be Vietnam Pro for the next page', async ({
  page,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  const bodyFont = () => page.evaluate(() => getComputedStyle(document.body).fontFamily);
  const storedFlag = () => page.evaluate(() => localStorage.getItem('ocop-web-fonts'));

  await page.goto('/vi/products');
  await expect(page.locator('html')).not.toHaveAttribute('data-web-fonts');
  expect(await bodyFont()).not.toContain('latinFont');
  // Once the page has loaded, the four font files (two subsets, two weights) are fetched.
  await expect.poll(storedFlag).toBe('1');
  expect(fontRequests.filter((url) => url.endsWith('.woff2'))).toHaveLength(4);

  await page.goto('/vi/events');
  await expect(page.locator('html')).toHaveAttribute('data-web-fonts', '');
  expect(await bodyFont()).toMatch(/^"?latinFont/);
});

test('without storage, pages stay in the system font and nothing fails', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is off', 'SecurityError');
      },
    });
  });
  await page.goto('/vi');
  await page.waitForLoadState('load');
  await expect(page.locator('html')).not.toHaveAttribute('data-web-fonts');
  expect(errors).toEqual([]);
});

/** The Flight data a page carries for hydration: its inline `self.__next_f.push([1, "…"])` chunks. */
function inlineFlightData(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
    .map((match) => JSON.parse(match[1]!) as string)
    .join('');
}

test('a page rendered per request carries its data once, with no second render for prefetch', async ({
  request,
}) => {
  // next.config.js (cachedNavigations): Next 16.4 otherwise embeds a second render of the page,
  // as a byte stream (rows `<id>:o<length>,`), for the client router's cache.
  for (const path of ['/vi/products?stars=4', '/vi/where-to-buy', '/en/events']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const flight = inlineFlightData(await response.text());
    expect(flight.length, path).toBeGreaterThan(1000);
    expect(flight, path).not.toMatch(/(^|\n|,)[0-9a-f]+:o[0-9a-f]+,/);
  }
});

test('pages link one stylesheet, cached for a year, instead of carrying it', async ({
  request,
}) => {
  // next.config.js (inlineCss off): inlined, the stylesheet came twice in every page, once in a
  // <style> and once in the Flight data. Tailwind's output starts with `@layer properties`.
  const stylesheets = new Set<string>();
  for (const path of ['/vi', '/en/products', '/vi/products?stars=4', '/vi/where-to-buy']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('@layer properties');
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links, path).toHaveLength(1);
    stylesheets.add(links[0]!);
  }
  expect([...stylesheets]).toHaveLength(1);
  const [href] = [...stylesheets];
  expect(href).toMatch(/^\/_next\/static\/.+\.css$/);
  const stylesheet = await request.get(href!);
  expect(stylesheet.status()).toBe(200);
  expect(stylesheet.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await stylesheet.text()).toContain('@layer properties');
});
