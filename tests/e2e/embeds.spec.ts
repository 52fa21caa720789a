import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * A journalist takes an embed: the oEmbed answer's code goes into an article on another site,
 * the card renders there without script, and its link opens the full page. Only /embed may be
 * framed; every other page refuses.
 */
const product = 'mach-nha-mantoza';
const event = 'phien-cho-ocop-ba-to-thang-12-2026';
/**
 * Another site, served by the test itself: framing must work across origins. On a loopback name
 * like the server's, because Chromium blocks a public page from framing a loopback one (Private
 * Network Access), which a real newspaper and a real deployment never meet.
 */
const pressSite = 'http://localhost:3999';

async function productPageUrl(request: APIRequestContext, lang: 'vi' | 'en') {
  const body = await (await request.get(`/api/v1/products/${product}?lang=${lang}`)).json();
  return body.url as string;
}

// A test page cannot sit at a public address here, and Chromium refuses (Local Network Access)
// to let a page it does not see as local frame the loopback server: playwright.config.ts turns
// that check off. Real sites never meet it.
test.describe('framed by another site', () => {
  test('a newspaper frames the card from the oEmbed answer; it renders and opens the product page', async ({
    browser,
    request,
  }) => {
    const pageUrl = await productPageUrl(request, 'vi');
    const oembed = await (
      await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`)
    ).json();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${pressSite}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="vi"><head><title>Bài báo</title></head><body>
          <h1>Bài báo</h1>${oembed.html}
            </body></html>`,
      }),
    );
    await page.goto(`${pressSite}/bai-bao`);
    const card = page.frameLocator('iframe[src*="/embed/products/"]');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText('Mạch nha Quảng Ngãi Mantoza');
    await expect(card.getByText('4 sao')).toBeVisible();
    await expect(card.getByRole('img')).toBeVisible();
    const link = card.getByRole('link', { name: /Xem trên OCOP Quảng Ngãi/ });
    await expect(link).toHaveAttribute('target', '_top');

    // That the site's own pages refuse framing is checked on their headers (the test below).

    await link.click();
    await expect(page).toHaveURL(pageUrl);
    await context.close();
  });
});

test('only /embed may be framed: frame-ancestors * there, none and DENY everywhere else', async ({
  request,
}) => {
  for (const path of [`/embed/products/${product}`, `/embed/events/${event}?lang=en`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors *');
    expect(response.headers()['x-frame-options'], path).toBeUndefined();
  }
  for (const path of ['/vi', `/en/products/${product}`, '/api/oembed']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
});

for (const path of [`/embed/products/${product}?lang=vi`, `/embed/events/${event}?lang=en`]) {
  test(`${path} loads no script and transfers under 30 KB`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: Array<Promise<number>> = [];
    const scripts: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      responses.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.locator('script').count()).toBe(0);
    expect(scripts).toEqual([]);
    const total = (await Promise.all(responses)).reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(30_000);
    await context.close();
  });
}

test('cards answer a real 404 for an unknown record and 400 for an unknown language', async ({
  request,
}) => {
  const missing = await request.get('/embed/products/khong-co-san-pham-nay?lang=en');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Not found');
  expect((await request.get('/embed/events/khong-co')).status()).toBe(404);
  const badLanguage = await request.get(`/embed/products/${product}?lang=fr`);
  expect(badLanguage.status()).toBe(400);
  expect(await badLanguage.text()).toContain('"vi"');
});

test('oEmbed answers JSON for product and event pages, 404 for other sites, 400 for bad parameters', async ({
  request,
}) => {
  const pageUrl = await productPageUrl(request, 'en');
  const answer = await request.get(
    `/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json&maxwidth=320&maxheight=400`,
  );
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('application/json');
  expect(answer.headers()['access-control-allow-origin']).toBe('*');
  const body = await answer.json();
  expect(body).toMatchObject({
    version: '1.0',
    type: 'rich',
    title: 'Mantoza Quảng Ngãi malt syrup',
    provider_name: 'OCOP Quảng Ngãi',
    width: 320,
    height: 220,
  });
  expect(body.cache_age).toBeGreaterThan(0);
  expect(body.html).toMatch(/^<iframe src="[^"]+\/embed\/products\/mach-nha-mantoza\?lang=en"/);

  const eventUrl = pageUrl.replace(`/en/products/${product}`, `/vi/events/${event}`);
  const eventAnswer = await request.get(`/api/oembed?url=${encodeURIComponent(eventUrl)}`);
  expect(eventAnswer.status()).toBe(200);
  expect((await eventAnswer.json()).html).toContain(`/embed/events/${event}?lang=vi`);

  for (const url of [
    'https://example.com/vi/products/mach-nha-mantoza',
    pageUrl.replace(product, 'khong-co'),
  ]) {
    const response = await request.get(`/api/oembed?url=${encodeURIComponent(url)}`);
    expect(response.status(), url).toBe(404);
    expect(await response.json()).toHaveProperty('error');
  }
  for (const query of ['maxwidth=abc', 'maxwidth=-1', 'maxwidth=100', 'format=xml']) {
    const response = await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.any(String) });
  }
  expect((await request.get('/api/oembed')).status()).toBe(400);
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const path of [`/vi/products/${product}/broadcast.png`, `/en/events/${event}/broadcast.png`]) {
  test(`${path} is a 1920 × 1080 PNG`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1920, height: 1080 });
  });
}

test('broadcast cards of unknown records or languages are 404', async ({ request }) => {
  expect((await request.get('/vi/products/khong-co/broadcast.png')).status()).toBe(404);
  expect((await request.get(`/fr/products/${product}/broadcast.png`)).status()).toBe(404);
  expect((await request.get('/en/events/khong-co/og.png')).status()).toBe(404);
});

test('product and event pages take their Open Graph image from the card renderer (1200 × 630)', async ({
  page,
  request,
}) => {
  for (const [path, title] of [
    [`/vi/products/${product}`, 'Mạch nha'],
    [`/en/events/${event}`, 'Ba Tơ'],
  ] as const) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image ?? '').pathname).toBe(`${path}/og.png`);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
      'content',
      '1200',
    );
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      'content',
      new RegExp(title),
    );
    // The layout's site name survives the page's own Open Graph fields.
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', /OCOP/);
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  }
});

test('product and event pages advertise their oEmbed answer (discovery)', async ({
  page,
  request,
}) => {
  for (const path of [`/vi/products/${product}`, `/en/events/${event}`]) {
    await page.goto(path);
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link, path).toHaveCount(1);
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.pathname).toBe('/api/oembed');
    const response = await request.get(href.pathname + href.search);
    expect(response.status(), path).toBe(200);
    expect(await response.json()).toMatchObject({ type: 'rich', version: '1.0' });
  }
});
