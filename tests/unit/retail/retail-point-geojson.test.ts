import path from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  toRetailPointCollection,
  toRetailPointFeature,
  type RetailPointContext,
} from '@/lib/api/retail-point-geojson';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { RetailPoint } from '@/lib/content/schema';

let catalogue: Catalogue;
const siteUrl = 'https://ocop.example.vn';
// Monday 23 November 2026, 17:59 in the province.
const now = new Date('2026-11-23T17:59:00+07:00');

beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const context = (overrides: Partial<RetailPointContext> = {}): RetailPointContext => ({
  catalogue,
  lang: 'vi',
  siteUrl,
  now,
  ...overrides,
});
const point = (slug: string): RetailPoint => {
  const found = catalogue.dataset.retailPoints.find((p) => p.slug === slug);
  if (!found) throw new Error(`no sample point ${slug}`);
  return found;
};

describe('toRetailPointCollection', () => {
  it('is valid GeoJSON for the whole sample content', () => {
    const collection = toRetailPointCollection(catalogue.dataset.retailPoints, context());
    // check() re-parses the text and throws a HintError listing every problem.
    const parsed = check(JSON.stringify(collection));
    expect(parsed.type).toBe('FeatureCollection');
  });

  it('maps places as features and lists online shops apart', () => {
    const points = catalogue.dataset.retailPoints;
    const collection = toRetailPointCollection(points, context());
    expect(collection.features).toHaveLength(points.filter((p) => p.coordinates).length);
    expect(collection.features.some((f) => f.properties.kind === 'online-shop')).toBe(false);
    expect(collection.onlineShops.map((s) => s.slug).sort()).toEqual([
      'dac-san-mang-den-online',
      'gian-hang-ocop-quang-ngai-truc-tuyen',
    ]);
    expect(collection.onlineShops[0]).not.toHaveProperty('geometry');
    expect(collection.onlineShops[0]).toMatchObject({ area: null, address: null });
  });

  it('keeps the order it is given', () => {
    const points = [point('winmart-kon-tum'), point('cho-ly-son-sap-toi')];
    expect(toRetailPointCollection(points, context()).features.map((f) => f.id)).toEqual([
      'winmart-kon-tum',
      'cho-ly-son-sap-toi',
    ]);
  });
});

describe('toRetailPointFeature', () => {
  it('writes coordinates as [longitude, latitude] with the documented properties', () => {
    const feature = toRetailPointFeature(point('cho-kon-tum-sap-ocop'), context({ lang: 'en' }));
    expect(feature.id).toBe('cho-kon-tum-sap-ocop');
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [107.998, 14.352] });
    expect(feature.properties).toEqual({
      slug: 'cho-kon-tum-sap-ocop',
      name: 'Kon Tum market – OCOP produce stall',
      kind: 'market',
      operator: 'Tiểu thương tại chợ (dữ liệu mẫu)',
      isStateFunded: false,
      address: '(địa chỉ mẫu) chợ Kon Tum, đường Phan Chu Trinh',
      area: { slug: 'kon-tum', name: 'Kon Tum', region: 'west' },
      formerAddress: { line: null, commune: 'Thắng Lợi', district: 'thành phố Kon Tum' },
      phone: '0900 000 261',
      website: null,
      openingHours: 'Mo-Su 05:00-18:00',
      isOpenNow: true,
      productCount: 5,
      products: ['ga-dak-koi', 'gao-daka', 'mang-kho-mang-den', 'ca-phe-dak-rve', 'mat-ong-son-ha'],
      url: `${siteUrl}/en/where-to-buy/cho-kon-tum-sap-ocop`,
    });
  });

  it('names the point in Vietnamese on /vi, and says whether it is open at the given moment', () => {
    const market = point('cho-kon-tum-sap-ocop');
    const evening = new Date('2026-11-23T18:00:00+07:00');
    expect(toRetailPointFeature(market, context({ now: evening })).properties).toMatchObject({
      name: 'Chợ Kon Tum – sạp nông sản OCOP',
      isOpenNow: false,
      url: `${siteUrl}/vi/where-to-buy/cho-kon-tum-sap-ocop`,
    });
    const noHours = { ...market, openingHours: [] };
    expect(toRetailPointFeature(noHours, context()).properties).toMatchObject({
      isOpenNow: null,
      openingHours: null,
    });
  });

  it('rounds coordinates to six decimals', () => {
    const precise = { ...point('winmart-kon-tum'), coordinates: { lat: 14.34812345, lng: 108.0 } };
    expect(toRetailPointFeature(precise, context()).geometry?.coordinates).toEqual([
      108, 14.348123,
    ]);
  });

  it('gives an online shop a null geometry (collections list it apart)', () => {
    const shop = toRetailPointFeature(point('dac-san-mang-den-online'), context());
    expect(shop.geometry).toBeNull();
    expect(shop.properties.website).toBe('https://example.com/dac-san-mang-den');
  });
});
