import { readFile } from 'node:fs/promises';
import { expect, test, type APIResponse } from '@playwright/test';
import { figureIds, getFigureSet, getFigures } from '../../lib/stats/figures';
import { placesShown } from '../../lib/stats/localized-figures';
import { loadSampleContent } from './fixtures';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function expectPng1920x1080(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1920, height: 1080 });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a journalist reads the figures in Vietnamese: chart, table and source for each', async ({
    page,
  }) => {
    const { dataset, today } = await loadSampleContent();
    const figures = getFigures(dataset, today);
    await page.goto('/vi/stats');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Số liệu OCOP');

    const stars = page.getByRole('region', { name: 'Sản phẩm OCOP theo hạng sao' });
    await expect(stars.getByRole('img', { name: 'Sản phẩm OCOP theo hạng sao' })).toBeVisible();
    const table = stars.getByRole('table', { name: 'Bảng số liệu: Sản phẩm OCOP theo hạng sao' });
    await expect(table.getByRole('columnheader')).toHaveText(['Hạng sao', 'Số sản phẩm']);
    const total = figures.sets.find((s) => s.id === 'products-by-stars')!.total;
    await expect(table.getByRole('row', { name: /Tổng cộng/ })).toContainText(String(total));
    await expect(table.getByRole('rowheader', { name: 'trong đó: tiềm năng 5 sao' })).toBeVisible();
    await expect(
      stars.getByText(/^Nguồn: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi, số liệu ngày/),
    ).toBeVisible();

    // Every figure set: a region with a chart, a table and three downloads.
    await expect(page.getByRole('table')).toHaveCount(figureIds.length);
    await expect(page.locator('svg[role="img"] title')).toHaveCount(figureIds.length);
    for (const id of figureIds) {
      for (const format of ['svg', 'png', 'csv']) {
        await expect(page.locator(`a[href="/vi/stats/${id}.${format}"]`)).toHaveCount(1);
      }
    }

    // A row leads to the catalogue filtered the same way, showing the same count.
    const fourStars = figures.sets
      .find((s) => s.id === 'products-by-stars')!
      .rows.find((r) => r.key === '4')!.value;
    await table.getByRole('link', { name: '4 sao' }).click();
    await expect(page).toHaveURL(/\/vi\/products\?stars=4$/);
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${fourStars} sản phẩm`) }),
    ).toBeVisible();
  });

  test('the figures read in English', async ({ page }) => {
    await page.goto('/en/stats');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP figures');
    const groups = page.getByRole('region', { name: 'OCOP products by product group' });
    await expect(groups.getByRole('img', { name: 'OCOP products by product group' })).toBeVisible();
    await expect(groups.getByRole('rowheader', { name: 'Food' })).toBeVisible();
    await expect(
      groups.getByText(
        /^Source: Quảng Ngãi Department of Agriculture and Environment, figures as of/,
      ),
    ).toBeVisible();
    await expect(
      // The link's visible text, then hidden context naming the chart.
      page.getByRole('link', {
        name: /^Image 1920×1080 \(PNG\)\s*: OCOP products by product group$/,
      }),
    ).toHaveAttribute('href', '/en/stats/products-by-group.png');
  });

  test('a graphics desk downloads a chart as a 1920×1080 PNG from the page', async ({ page }) => {
    await page.goto('/vi/stats');
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('link', { name: /^Ảnh 1920×1080 \(PNG\)\s*: Sản phẩm OCOP theo hạng sao$/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^ocop-products-by-stars-vi-\d{4}-\d{2}-\d{2}\.png$/,
    );
    expect(pngSize(await readFile(await download.path()))).toEqual({ width: 1920, height: 1080 });
  });
});

test('the places chart names the places with most products and the CSV lists them all', async ({
  page,
  request,
}) => {
  const { dataset, today } = await loadSampleContent();
  const places = getFigureSet(getFigures(dataset, today), 'products-by-area').rows;
  const others = places.slice(placesShown);
  expect(others.length, 'the sample has more places than the page names').toBeGreaterThan(1);
  const gathered = others.reduce((sum, row) => sum + row.value, 0);

  await page.goto('/vi/stats');
  const region = page.getByRole('region', { name: 'Sản phẩm OCOP theo xã, phường, đặc khu' });
  const rows = region.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(placesShown + 1);
  const remainder = rows.last();
  await expect(remainder.getByRole('rowheader')).toHaveText(
    `Các địa phương khác (${others.length})`,
  );
  await expect(remainder.getByRole('cell')).toHaveText(String(gathered));
  await expect(remainder.getByRole('link')).toHaveCount(0);
  await expect(region.locator('svg[role="img"] rect.bar')).toHaveCount(placesShown);
  await expect(
    region.getByRole('paragraph').filter({ hasText: `tệp CSV ghi đủ ${places.length} địa phương` }),
  ).toBeVisible();

  const svg = await (await request.get('/vi/stats/products-by-area.svg')).text();
  expect(svg.match(/<rect class="bar"/g)).toHaveLength(placesShown);
  expect(svg).toContain(`Các địa phương khác (${others.length})`);
  const csv = (await (await request.get('/vi/stats/products-by-area.csv')).text()).trim();
  expect(csv.split('\r\n')).toHaveLength(places.length + 1);
});

test('each chart downloads as SVG, PNG and CSV with the right types', async ({ request }) => {
  const svg = await request.get('/vi/stats/products-by-group.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  const markup = await svg.text();
  expect(markup).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
  expect(markup).toContain(
    '<title id="chart-products-by-group-title">Sản phẩm OCOP theo nhóm sản phẩm</title>',
  );
  expect(markup).toContain('Nguồn: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi');

  await expectPng1920x1080(await request.get('/vi/stats/products-by-area.png'));
  await expectPng1920x1080(await request.get('/en/stats/events-by-year.png'));

  const csv = await request.get('/en/stats/products-by-stars.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(
    /^attachment; filename="ocop-products-by-stars-en-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('Code,Rating,Products,Part of');
});

test('an unknown chart or format is a JSON 404', async ({ request }) => {
  for (const path of ['/vi/stats/products-by-colour.svg', '/vi/stats/products-by-stars.pdf']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect((await response.json()).error, path).toBeTruthy();
  }
});

test('/api/v1/stats gives every figure set with labels, date, source and downloads', async ({
  request,
}) => {
  const { dataset, today } = await loadSampleContent();
  const figures = getFigures(dataset, today);
  const response = await request.get('/api/v1/stats?lang=en');
  expect(response.status()).toBe(200);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(response.headers()['cache-control']).toContain('public');
  const body = await response.json();
  expect(body).toMatchObject({ lang: 'en', asOf: today, isSampleData: true });
  expect(body.figures.map((f: { id: string }) => f.id)).toEqual([...figureIds]);
  for (const [index, set] of figures.sets.entries()) {
    const json = body.figures[index];
    expect(json.total, set.id).toBe(set.total);
    expect(
      json.rows.map((r: { value: number }) => r.value),
      set.id,
    ).toEqual(set.rows.map((r) => r.value));
    expect(typeof json.title).toBe('string');
    expect(json.source.line).toMatch(/^Source: /);
    expect(json.downloads.png).toMatch(new RegExp(`^https?://[^/]+/en/stats/${set.id}\\.png$`));
  }
  expect(body.figures[0].rows[0]).toMatchObject({ key: '5', label: '5 stars' });

  const vietnamese = await (await request.get('/api/v1/stats')).json();
  expect(vietnamese.lang).toBe('vi');
  expect(vietnamese.figures[0].title).toBe('Sản phẩm OCOP theo hạng sao');
});

for (const query of ['lang=fr', 'lang=vi&lang=en']) {
  test(`GET /api/v1/stats?${query} answers 400 with a JSON message`, async ({ request }) => {
    const response = await request.get(`/api/v1/stats?${query}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toMatch(/lang/);
    expect(body.issues[0].parameter).toBe('lang');
  });
}
