import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distanceKm } from '../../lib/geo/distance';
import { loadSampleContent } from './fixtures';

const product = 'toi-ly-son-phu-sinh';
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Tiles come from another server: block them all, as an offline or filtered network would. */
async function blockTiles(page: Page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
}

const map = (page: Page) => page.getByRole('region', { name: 'Map of the sales points' });
const list = (page: Page) => page.getByRole('list', { name: 'List of sales points' });

/** How many points the markers stand for: one per marker, or the number a cluster shows. */
async function pointsOnMap(page: Page) {
  const labels = await map(page)
    .locator('.leaflet-marker-icon')
    .evaluateAll((icons) => icons.map((icon) => icon.getAttribute('title') ?? ''));
  return labels.reduce((sum, label) => {
    const cluster = label.match(/^(\d+) sales points/);
    return sum + (cluster ? Number(cluster[1]) : 1);
  }, 0);
}

test('with tiles unreachable the map shows the outline and the points; a marker selects its list entry', async ({
  page,
}) => {
  const { dataset } = await loadSampleContent();
  const carrying = dataset.retailPoints.filter(
    (p) => p.coordinates && p.products.includes(product),
  );
  await blockTiles(page);
  await page.goto(`/en/where-to-buy?product=${product}`);

  // The list is there first, and narrowed to the product.
  await expect(list(page).getByRole('listitem')).toHaveCount(carrying.length);
  await expect(page.getByText('Showing the places that sell Phú Sinh Lý Sơn garlic')).toBeVisible();

  // The map: the province outline is drawn, and every listed point is on it (alone or clustered).
  await expect(map(page).locator('.leaflet-overlay-pane path')).not.toHaveCount(0);
  await expect.poll(() => pointsOnMap(page)).toBe(carrying.length);
  await expect(map(page).getByText('The map background could not load')).toBeVisible();

  // Zoom into clusters until a single point can be picked, then pick it. A cluster may vanish
  // while the map still moves from the last click: then the next round tries again.
  const clusters = map(page).locator('.leaflet-marker-icon[title$="select to zoom in"]');
  const singles = map(page).locator('.leaflet-marker-icon:not([title$="select to zoom in"])');
  for (let round = 0; round < 8 && (await singles.count()) === 0; round++) {
    await clusters
      .first()
      .click({ timeout: 3000 })
      .catch(() => undefined);
    await page.waitForTimeout(800);
  }
  const marker = singles.first();
  const name = (await marker.getAttribute('title'))!;
  await marker.click();
  const entry = list(page).getByRole('listitem').filter({ hasText: name });
  await expect(entry).toHaveAttribute('aria-current', 'true');
  const slug = carrying.find((p) => p.name.en === name || p.name.vi === name)!.slug;
  await expect(page).toHaveURL(new RegExp(`point=${slug}`));
  await expect(page.getByRole('region', { name: 'Selected sales point' })).toContainText(name);
});

test('a list entry selects its marker, and "nearest to me" sorts by distance on the device', async ({
  page,
  context,
}) => {
  const { dataset } = await loadSampleContent();
  const here = { latitude: 14.35, longitude: 108.0 }; // Kon Tum ward
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(here);
  await blockTiles(page);
  await page.goto('/en/where-to-buy');

  const first = list(page).getByRole('listitem').first();
  await first.getByRole('button', { name: 'Show on the map' }).click();
  await expect(first).toHaveAttribute('aria-current', 'true');
  const selectedName = await first.getByRole('heading').innerText();
  await expect(
    map(page).locator(`.leaflet-marker-icon[title="${selectedName}"] .bg-ochre-700`),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Nearest to me' }).click();
  await expect(page.getByText('Sorted by distance from where you are.')).toBeVisible();
  const nearest = dataset.retailPoints
    .filter((p) => p.coordinates)
    .map((p) => ({
      p,
      km: distanceKm({ lat: here.latitude, lng: here.longitude }, p.coordinates!),
    }))
    .sort((a, b) => a.km - b.km)[0]!;
  await expect(list(page).getByRole('listitem').first().getByRole('heading')).toHaveText(
    nearest.p.name.en ?? nearest.p.name.vi,
  );
  await expect(list(page).getByRole('listitem').first()).toContainText(/\d.*(m|km) away/);
});

test('on a phone the map loads only when asked for, and passes axe before and after', async ({
  page,
}) => {
  // Two axe scans and the map's first load: 10–32 s on these shared 2-core machines, against the
  // default limit of 30 s.
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  const mapData: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/retail-points')) mapData.push(r.url());
  });
  await blockTiles(page);
  await page.goto('/en/where-to-buy');
  const showMap = page.getByRole('button', { name: 'Show the map' });
  await expect(showMap).toBeVisible();
  await expect(list(page).getByRole('listitem').first()).toBeVisible();
  // Hydrated (the list's map buttons appear with JavaScript), and still no map or map data.
  await expect(page.getByRole('button', { name: 'Show on the map' }).first()).toBeVisible();
  await expect(map(page)).toHaveCount(0);
  expect(mapData).toEqual([]);
  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(wcag22aa).analyze()).violations.map((v) => v.id);
  expect(await axe()).toEqual([]);

  await showMap.click();
  await expect(map(page).locator('.leaflet-overlay-pane path')).not.toHaveCount(0);
  await expect.poll(() => pointsOnMap(page)).toBeGreaterThan(0);
  await expect(showMap).toHaveCount(0);
  expect(mapData).toHaveLength(1);
  expect(await axe()).toEqual([]);
});

test('on a phone, "Show on the map" in the list opens the map at that point', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await blockTiles(page);
  await page.goto('/en/where-to-buy');
  const first = list(page).getByRole('listitem').first();
  const name = await first.getByRole('heading').innerText();
  await first.getByRole('button', { name: 'Show on the map' }).click();
  await expect(
    map(page).locator(`.leaflet-marker-icon[title="${name}"] .bg-ochre-700`),
  ).toBeVisible();
});

test('on a wide screen the map loads by itself', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await blockTiles(page);
  await page.goto('/en/where-to-buy');
  await expect(map(page).locator('.leaflet-overlay-pane path')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show the map' })).toBeHidden();
});

test('"nearest to me" works after arriving by a link inside the site (Permissions-Policy)', async ({
  page,
  context,
  request,
}) => {
  // Only this page's policy allows geolocation; other pages forbid it.
  expect((await request.get('/en/where-to-buy')).headers()['permissions-policy']).toMatch(
    /geolocation=\(self\)/,
  );
  expect((await request.get('/en')).headers()['permissions-policy']).toMatch(/geolocation=\(\)/);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 15.12, longitude: 108.8 });
  await blockTiles(page);
  await page.goto('/en');
  await page
    .getByRole('navigation', { name: /main/i })
    .getByRole('link', { name: 'Where to buy' })
    .click();
  await expect(page).toHaveURL(/\/en\/where-to-buy$/);
  await page.getByRole('button', { name: 'Nearest to me' }).click();
  await expect(page.getByText('Sorted by distance from where you are.')).toBeVisible();
  await expect(page).not.toHaveURL(/near=1/);
});

test('a sales point page gives hours, directions, the products sold and structured data', async ({
  page,
}) => {
  await blockTiles(page);
  await page.goto('/en/where-to-buy/cho-kon-tum-sap-ocop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kon Tum market – OCOP produce stall',
  );
  await expect(page.getByRole('region', { name: 'Opening hours' })).toContainText(
    'Monday – Sunday: 05:00–18:00',
  );
  await expect(page.getByText(/^(Open now|Closed now)$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Google Maps' })).toHaveAttribute('href', /14\.352/);
  await expect(
    page.getByRole('region', { name: 'OCOP products sold here' }).getByRole('link'),
  ).toHaveCount(5);
  await expect(map(page).locator('.leaflet-marker-icon')).toHaveCount(1);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(
    jsonLd.some((t) => t.includes('"openingHoursSpecification"') && t.includes('"GeoCoordinates"')),
  ).toBe(true);
});

test('product pages link to the map filtered to the product', async ({ page }) => {
  await page.goto(`/en/products/${product}`);
  await page.getByRole('link', { name: 'See the sales points on the map' }).click();
  await expect(page).toHaveURL(`/en/where-to-buy?product=${product}`);
  await expect(list(page).getByRole('listitem')).not.toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list and filters work, and the map is simply absent', async ({ page }) => {
    const { dataset } = await loadSampleContent();
    await page.goto('/vi/where-to-buy');
    await expect(page.getByRole('region', { name: 'Bản đồ các điểm bán' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xem trên bản đồ' })).toHaveCount(0);
    await page.getByRole('group', { name: 'Loại điểm bán' }).getByLabel('Siêu thị').check();
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(page).toHaveURL(/kind=supermarket/);
    const supermarkets = dataset.retailPoints.filter((p) => p.kind === 'supermarket');
    await expect(
      page.getByRole('list', { name: 'Danh sách điểm bán' }).getByRole('listitem'),
    ).toHaveCount(supermarkets.length);
  });
});
