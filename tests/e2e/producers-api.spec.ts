import { expect, test } from '@playwright/test';

test('lists producers with the documented shape', async ({ request }) => {
  const response = await request.get(
    '/api/v1/producers?type=cooperative&region=west&wholesale=true&lang=en',
  );
  expect(response.status()).toBe(200);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = await response.json();
  expect(body.total).toBeGreaterThan(0);
  for (const item of body.items) {
    expect(item).toMatchObject({
      type: 'cooperative',
      area: expect.objectContaining({ region: 'west' }),
      wholesale: expect.objectContaining({ isAvailable: true }),
    });
    for (const key of [
      'slug',
      'name',
      'address',
      'phone',
      'email',
      'website',
      'productCount',
      'bestStars',
      'url',
    ])
      expect(item, key).toHaveProperty(key);
  }
});

for (const query of [
  'type=bank',
  'wholesale=maybe',
  'limit=1000',
  'page=0',
  'sort=price',
  'area=atlantis',
  `q=${'x'.repeat(5000)}`,
]) {
  test(`GET /api/v1/producers?${query.slice(0, 30)} answers 400 with a JSON message`, async ({
    request,
  }) => {
    const response = await request.get(`/api/v1/producers?${query}`);
    expect(response.status()).toBe(400);
    expect((await response.json()).issues.length).toBeGreaterThan(0);
  });
}

test('one producer in full with its products; an unknown one is a JSON 404', async ({
  request,
}) => {
  const body = await (await request.get('/api/v1/producers/muoi-sahu')).json();
  expect(body.products.map((p: { slug: string }) => p.slug).sort()).toEqual([
    'hoa-muoi-sahu',
    'muoi-rang-sahu',
    'muoi-tre-sahu',
  ]);
  const missing = await request.get('/api/v1/producers/no-such-producer');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toContain('no-such-producer');
});

test('the CSV export applies the filters, and refuses bad ones in JSON', async ({ request }) => {
  const response = await request.get('/data/producers.csv?type=household-business');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').trim().split('\r\n');
  expect(lines[0]).toContain('slug,name,type');
  expect(lines.slice(1).every((line) => line.includes('Hộ kinh doanh'))).toBe(true);
  const bad = await request.get('/data/producers.csv?type=bank');
  expect(bad.status()).toBe(400);
});

test('a buyer downloads a supplier’s contact card', async ({ page }) => {
  await page.goto('/vi/producers/htx-nam-duc-nhuan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải danh thiếp vào điện thoại (.vcf)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('htx-nam-duc-nhuan.vcf');
  const text = await (await download.createReadStream()).toArray();
  const card = Buffer.concat(text).toString('utf8');
  expect(card).toContain('VERSION:4.0');
  expect(card).toContain('FN:Hợp tác xã Nấm Đức Nhuận');
  expect(card).toContain('TEL;TYPE=work,voice;VALUE=uri:tel:0900000006');
});
