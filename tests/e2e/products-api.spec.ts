import { expect, test } from '@playwright/test';

test('lists products with the documented shape, cache headers and open CORS', async ({
  request,
}) => {
  const response = await request.get('/api/v1/products?q=toi%20ly%20son&limit=2&lang=en');
  expect(response.status()).toBe(200);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(response.headers()['cache-control']).toContain('max-age=');
  const body = await response.json();
  expect(body).toMatchObject({ page: 1, limit: 2 });
  expect(body.total).toBeGreaterThanOrEqual(2);
  expect(body.items).toHaveLength(2);
  const item = body.items[0];
  for (const key of [
    'slug',
    'name',
    'summary',
    'group',
    'subgroup',
    'stars',
    'score',
    'status',
    'isPotentialFiveStar',
    'producer',
    'area',
    'certificate',
    'image',
    'url',
  ]) {
    expect(item, key).toHaveProperty(key);
  }
  expect(item.producer).toMatchObject({
    slug: expect.any(String),
    name: expect.any(String),
    type: expect.any(String),
  });
  expect(item.area).toMatchObject({
    slug: expect.any(String),
    name: expect.any(String),
    formerNames: expect.any(Array),
  });
  expect(item.certificate).toMatchObject({
    number: expect.any(String),
    issuedBy: expect.any(Object),
    issuedOn: expect.any(String),
    expiresOn: expect.any(String),
  });
  expect(item.image).toMatchObject({
    url: expect.stringMatching(/^https?:\/\//),
    alt: expect.any(String),
  });
  expect(item.url).toMatch(/^https?:\/\/.+\/en\/products\//);
});

for (const query of [
  'stars=9',
  'page=0',
  'limit=1000',
  'sort=cheapest',
  `q=${'x'.repeat(10_000)}`,
  'group=unknown-group',
  'lang=fr',
  'page=1&page=2',
  'limit=-5',
  'status=%00',
]) {
  test(`GET /api/v1/products?${query.slice(0, 40)} answers 400 with a JSON message`, async ({
    request,
  }) => {
    const response = await request.get(`/api/v1/products?${query}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toEqual(expect.any(String));
    expect(body.issues.length).toBeGreaterThan(0);
  });
}

test('a page past the end is empty, not an error', async ({ request }) => {
  const body = await (await request.get('/api/v1/products?page=500')).json();
  expect(body.items).toEqual([]);
  expect(body.total).toBeGreaterThan(0);
});

test('one product in full; an unknown one is a JSON 404', async ({ request }) => {
  const found = await request.get('/api/v1/products/gao-an-tra?lang=en');
  expect(found.status()).toBe(200);
  const product = await found.json();
  expect(product).toMatchObject({ slug: 'gao-an-tra', status: 'revoked' });
  expect(product.certificateHistory.map((e: { kind: string }) => e.kind)).toContain('revoked');

  const missing = await request.get('/api/v1/products/no-such-product');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({
    error: expect.stringContaining('no-such-product'),
    issues: [],
  });
});

test('the API is read-only: other methods get a JSON 405', async ({ request }) => {
  const response = await request.post('/api/v1/products', { data: {} });
  expect(response.status()).toBe(405);
  expect(response.headers()['allow']).toContain('GET');
  expect((await response.json()).error).toContain('read-only');
});
