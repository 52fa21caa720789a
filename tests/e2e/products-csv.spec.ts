import { expect, test } from '@playwright/test';

/** A retailer or a data journalist downloads the product list as a spreadsheet. */
test('products.csv is UTF-8 with a BOM and lists every product the API lists', async ({
  request,
}) => {
  const response = await request.get('/data/products.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toContain('ocop-products.csv');
  const bytes = await response.body();
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^code,slug,name,/);
  expect(lines.join('\n')).toContain('Mạch nha Quảng Ngãi Mantoza');

  const api = await (await request.get('/api/v1/products?status=all&limit=100')).json();
  // Every product name in the sample fits on one line, so lines count rows.
  expect(lines.length - 1).toBe(api.total);
});

test('products.csv takes the catalogue filters and refuses bad ones with JSON', async ({
  request,
}) => {
  const filtered = await request.get('/data/products.csv?stars=5&status=valid&lang=en');
  expect(filtered.status()).toBe(200);
  const rows = (await filtered.text()).trimEnd().split('\r\n').length - 1;
  const api = await (await request.get('/api/v1/products?stars=5&status=valid&limit=100')).json();
  expect(rows).toBe(api.total);

  const bad = await request.get('/data/products.csv?stars=9');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toContain('application/json');
  expect(await bad.json()).toMatchObject({ error: expect.any(String), issues: expect.any(Array) });
});
