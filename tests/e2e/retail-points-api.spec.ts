import { expect, test } from '@playwright/test';

const documentedProperties = [
  'slug',
  'name',
  'kind',
  'address',
  'area',
  'formerAddress',
  'phone',
  'website',
  'openingHours',
  'isOpenNow',
  'productCount',
  'products',
  'url',
];

interface Answer {
  type: string;
  features: Array<{
    type: string;
    id: string;
    geometry: { type: string; coordinates: [number, number] };
    properties: Record<string, unknown> & { slug: string; kind: string; products: string[] };
  }>;
  onlineShops: Array<{ slug: string; kind: string }>;
}

test('lists sales points as GeoJSON with the documented properties', async ({ request }) => {
  const response = await request.get('/api/v1/retail-points?lang=en');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = (await response.json()) as Answer;
  expect(body.type).toBe('FeatureCollection');
  expect(body.features.length).toBeGreaterThan(10);
  for (const feature of body.features) {
    expect(feature.type).toBe('Feature');
    expect(feature.id).toBe(feature.properties.slug);
    expect(feature.geometry.type).toBe('Point');
    for (const key of documentedProperties) expect(feature.properties, key).toHaveProperty(key);
    expect(feature.properties.url).toMatch(/\/en\/where-to-buy\/[a-z0-9-]+$/);
  }
  // [longitude, latitude], as RFC 7946 orders them.
  const market = body.features.find((f) => f.id === 'cho-kon-tum-sap-ocop');
  expect(market?.geometry.coordinates).toEqual([107.998, 14.352]);
  // Online shops have no place: not features, but listed beside them.
  expect(body.features.some((f) => f.properties.kind === 'online-shop')).toBe(false);
  expect(body.onlineShops.length).toBeGreaterThan(0);
});

test('?product= narrows to the points that stock the product', async ({ request }) => {
  const all = (await (await request.get('/api/v1/retail-points')).json()) as Answer;
  const response = await request.get('/api/v1/retail-points?product=sam-ngoc-linh-tuoi');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Answer;
  expect(body.features.length).toBeGreaterThan(0);
  expect(body.features.length).toBeLessThan(all.features.length);
  for (const feature of body.features)
    expect(feature.properties.products).toContain('sam-ngoc-linh-tuoi');
});

const badQueries: [query: string, parameter: string][] = [
  ['kind=castle', 'kind'],
  ['area=atlantis', 'area'],
  ['product=no-such-product', 'product'],
  ['group=weapons', 'group'],
  ['lang=vi&lang=en', 'lang'],
  [`q=${'x'.repeat(5000)}`, 'q'],
];

for (const [query, parameter] of badQueries) {
  test(`GET /api/v1/retail-points?${query.slice(0, 30)} answers 400 with a JSON message`, async ({
    request,
  }) => {
    const response = await request.get(`/api/v1/retail-points?${query}`);
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expect(body.error).toContain(parameter);
    expect(body.issues[0].parameter).toBe(parameter);
  });
}

test('the API is read-only', async ({ request }) => {
  const response = await request.post('/api/v1/retail-points');
  expect(response.status()).toBe(405);
  expect((await response.json()).error).toBeTruthy();
});

test('the open-data download is a GeoJSON attachment, and refuses a bad language', async ({
  request,
}) => {
  const response = await request.get('/data/retail-points.geojson');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(
    'attachment; filename="ocop-retail-points.geojson"',
  );
  const body = (await response.json()) as Answer;
  expect(body.type).toBe('FeatureCollection');
  expect(body.features.length).toBeGreaterThan(10);
  const english = (await (
    await request.get('/data/retail-points.geojson?lang=en')
  ).json()) as Answer;
  expect(english.features[0]?.properties.url).toContain('/en/where-to-buy/');
  const bad = await request.get('/data/retail-points.geojson?lang=fr');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0].parameter).toBe('lang');
});

for (const path of ['/api/v1/retail-points?lang=en', '/data/retail-points.geojson']) {
  test(`${path} has an ETag, and a client that has the bytes gets a 304`, async ({ request }) => {
    const first = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    // Compressed, from the copy the server keeps for this ETag: whole, so its length is known
    // (compression on the fly streams it in chunks, without a Content-Length).
    expect(first.headers()['content-encoding']).toBe('br');
    expect(Number(first.headers()['content-length'])).toBeGreaterThan(0);
    expect(first.headers()['vary']).toMatch(/accept-encoding/i);
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
    expect(again.headers()['cache-control']).toBe(first.headers()['cache-control']);
    expect(await again.body()).toHaveLength(0);
    const other = await request.get(path, { headers: { 'If-None-Match': '"other"' } });
    expect(other.status()).toBe(200);
  });
}
