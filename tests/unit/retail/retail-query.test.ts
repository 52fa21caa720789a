import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import {
  findUnknownRetailValues,
  parseRetailPointQuery,
  queryRetailPoints,
  type RetailPointQuery,
} from '@/lib/retail/retail-query';

let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const parse = (query: string): RetailPointQuery => {
  const parsed = parseRetailPointQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
};
const run = (query: string) => queryRetailPoints(catalogue, parse(query));
const slugs = (query: string) => run(query).map((p) => p.slug);
const sortedSlugs = (query: string) => slugs(query).sort();
const issuesOf = (query: string) => {
  const parsed = parseRetailPointQuery(new URLSearchParams(query));
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.parameter);
};

describe('parseRetailPointQuery', () => {
  it('has defaults: no filters, Vietnamese', () => {
    expect(parse('')).toEqual({
      q: undefined,
      kind: [],
      area: [],
      region: [],
      product: [],
      group: [],
      lang: 'vi',
    });
  });
  it('takes lists repeated or comma-separated', () => {
    expect(parse('kind=market&kind=hotel').kind).toEqual(['market', 'hotel']);
    expect(parse('kind=market,hotel,market').kind).toEqual(['market', 'hotel']);
  });
  it.each([
    ['kind=castle', 'kind'],
    ['region=north', 'region'],
    ['area=Kon Tum', 'area'],
    ['lang=fr', 'lang'],
    ['lang=vi&lang=en', 'lang'],
    ['q=a&q=b', 'q'],
    [`q=${'a'.repeat(201)}`, 'q'],
  ])('rejects %s, naming the parameter', (query, parameter) => {
    expect(issuesOf(query)).toEqual([parameter]);
  });
  it('ignores parameters it does not know', () => {
    expect(parseRetailPointQuery(new URLSearchParams('utm_source=zalo&point=x')).ok).toBe(true);
  });
});

describe('findUnknownRetailValues', () => {
  it('names areas, products and groups the data does not know', () => {
    expect(
      findUnknownRetailValues(
        parse('area=atlantis,kon-tum&product=khong-co&group=weapons'),
        catalogue.dataset,
      ),
    ).toEqual([
      { parameter: 'area', message: 'unknown value "atlantis"' },
      { parameter: 'product', message: 'unknown value "khong-co"' },
      { parameter: 'group', message: 'unknown value "weapons"' },
    ]);
  });
  it('accepts what the data knows', () => {
    expect(
      findUnknownRetailValues(
        parse('area=ly-son&product=toi-ly-son-dori&group=food'),
        catalogue.dataset,
      ),
    ).toEqual([]);
  });
});

describe('queryRetailPoints', () => {
  it('lists every point without filters, by name in Vietnamese collation', () => {
    const all = run('');
    expect(all).toHaveLength(catalogue.dataset.retailPoints.length);
    const names = all.map((p) => p.name.vi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    // Stable: the same answer each time, not a copy in another order.
    expect(slugs('')).toEqual(all.map((p) => p.slug));
  });

  it('orders by the English name when asked in English', () => {
    const names = run('lang=en').map((p) => p.name.en ?? p.name.vi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('filters by kind', () => {
    expect(sortedSlugs('kind=market')).toEqual([
      'cho-kon-tum-sap-ocop',
      'cho-ly-son-sap-toi',
      'cho-quang-ngai-sap-ocop',
    ]);
    expect(sortedSlugs('kind=online-shop,airport')).toEqual([
      'dac-san-mang-den-online',
      'gian-hang-ocop-quang-ngai-truc-tuyen',
    ]);
  });

  it('filters by area and by region (east: former Quảng Ngãi, west: former Kon Tum)', () => {
    expect(sortedSlugs('area=mang-den')).toEqual([
      'diem-ocop-mang-den',
      'khu-du-lich-sinh-thai-mang-den-quay-ocop',
      'resort-mang-den-quay-ocop',
    ]);
    const west = run('region=west');
    expect(west.length).toBe(9);
    for (const point of west) expect(catalogue.area(point.address?.area)?.region).toBe('west');
    expect(run('region=east').length + west.length).toBe(
      catalogue.dataset.retailPoints.filter((p) => p.kind !== 'online-shop').length,
    );
  });

  it('leaves online shops out of any area or region filter', () => {
    expect(slugs('kind=online-shop&region=east')).toEqual([]);
    expect(slugs('kind=online-shop&region=east,west')).toEqual([]);
    expect(run('region=east,west').some((p) => p.kind === 'online-shop')).toBe(false);
    expect(run('area=kon-tum').some((p) => p.kind === 'online-shop')).toBe(false);
  });

  it('finds the points that stock a product', () => {
    expect(sortedSlugs('product=sam-ngoc-linh-tuoi')).toEqual([
      'diem-ocop-mang-den',
      'diem-ocop-ngoc-linh',
    ]);
    expect(sortedSlugs('product=sam-ngoc-linh-tuoi,diem-du-lich-thanh-co-quang-ngai')).toEqual([
      'diem-ocop-mang-den',
      'diem-ocop-ngoc-linh',
      'thanh-co-quang-ngai-quay-luu-niem',
    ]);
  });

  it('matches a group when the point stocks at least one product of it', () => {
    expect(sortedSlugs('group=tourism')).toEqual([
      'diem-ocop-mang-den',
      'khach-san-bien-my-khe-quay-ocop',
      'khu-du-lich-sinh-thai-mang-den-quay-ocop',
      'lang-co-go-co-quay-ocop',
      'resort-mang-den-quay-ocop',
      'thanh-co-quang-ngai-quay-luu-niem',
    ]);
    for (const point of run('group=ornamental')) {
      expect(point.products.some((s) => catalogue.product(s)?.group === 'ornamental')).toBe(true);
    }
  });

  it('combines filters: every parameter must hold', () => {
    expect(slugs('kind=hotel&region=west')).toEqual(['resort-mang-den-quay-ocop']);
    expect(sortedSlugs('group=tourism&region=west&kind=hotel,tourist-site')).toEqual([
      'khu-du-lich-sinh-thai-mang-den-quay-ocop',
      'resort-mang-den-quay-ocop',
    ]);
    expect(slugs('kind=market&product=toi-ly-son-phu-sinh')).toEqual(['cho-ly-son-sap-toi']);
    expect(slugs('kind=market&group=tourism')).toEqual([]);
  });

  it('searches names, addresses and areas, ignoring case and accents', () => {
    expect(slugs('q=chợ kon tum')).toEqual(['cho-kon-tum-sap-ocop']);
    expect(slugs('q=CHO KON TUM')).toEqual(['cho-kon-tum-sap-ocop']);
    // đ folds to d: "dak ha" finds Đăk Hà, and not every "cửa hàng" in an area named Đăk.
    expect(slugs('q=dak ha')).toEqual(['cua-hang-ocop-dak-ha']);
    // While typing, and in another word order.
    expect(slugs('q=chợ kon t')).toEqual(['cho-kon-tum-sap-ocop']);
    expect(slugs('q=kon tum chợ')).toEqual(['cho-kon-tum-sap-ocop']);
    // The area's name (Tịnh Khê) and the English name.
    expect(slugs('q=tinh khe')).toEqual(['khach-san-bien-my-khe-quay-ocop']);
    expect(sortedSlugs('q=market&lang=en')).toEqual(sortedSlugs('kind=market'));
    // The address line, and an area's former name (Châu Ổ, now in xã Bình Sơn).
    expect(slugs('q=Phan Chu Trinh')).toEqual(['cho-kon-tum-sap-ocop']);
    expect(slugs('q=chau o')).toEqual(['cua-hang-ocop-chau-o']);
    expect(slugs('q=truc tuyen')).toEqual(['gian-hang-ocop-quang-ngai-truc-tuyen']);
    expect(slugs('q=no such place')).toEqual([]);
  });
});
