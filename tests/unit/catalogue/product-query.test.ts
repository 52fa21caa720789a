import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import {
  findUnknownValues,
  parseProductQuery,
  queryProducts,
  type ProductQuery,
} from '@/lib/catalogue/product-query';
import { productStatus } from '@/lib/catalogue/product-status';
import { fromQueryString, toQueryString } from '@/lib/catalogue/query-string';
import { loadLocalContent } from '@/lib/content/local/local-source';

let catalogue: Catalogue;
const today = '2026-11-23';

beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const parse = (query: string): ProductQuery => {
  const parsed = parseProductQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
};
const run = (query: string) => queryProducts(catalogue, parse(query), today);
const issuesOf = (query: string) => {
  const parsed = parseProductQuery(new URLSearchParams(query));
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.parameter);
};

describe('parseProductQuery', () => {
  it('has defaults: page 1, 20 per page, Vietnamese, valid certificates', () => {
    expect(parse('')).toMatchObject({ page: 1, limit: 20, lang: 'vi', status: [], stars: [] });
  });
  it('takes lists repeated or comma-separated', () => {
    expect(parse('stars=4&stars=5').stars).toEqual([4, 5]);
    expect(parse('stars=4,5,4').stars).toEqual([4, 5]);
  });
  it.each([
    ['stars=9', 'stars'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['limit=1000', 'limit'],
    ['limit=0', 'limit'],
    ['sort=price', 'sort'],
    ['status=lost', 'status'],
    ['region=north', 'region'],
    ['producerType=bank', 'producerType'],
    ['lang=fr', 'lang'],
    ['group=Thực phẩm', 'group'],
    [`q=${'a'.repeat(10_000)}`, 'q'],
    ['q=a&q=b', 'q'],
  ])('rejects %s, naming the parameter', (query, parameter) => {
    expect(issuesOf(query)).toEqual([parameter]);
  });
  it('ignores parameters it does not know (tracking tags and the like)', () => {
    expect(parseProductQuery(new URLSearchParams('utm_source=zalo')).ok).toBe(true);
  });
  it('checks names of records against the data', () => {
    expect(
      findUnknownValues(parse('group=food&area=atlantis&subgroup=food-raw'), catalogue.dataset),
    ).toEqual([{ parameter: 'area', message: 'unknown value "atlantis"' }]);
  });
});

describe('queryProducts', () => {
  const statuses = (query: string) =>
    new Set(run(`${query}&limit=100`).items.map((p) => productStatus(p, today)));

  it('lists valid certificates by default, expired and revoked only on request', () => {
    expect(statuses('')).toEqual(new Set(['active', 'expiring']));
    expect(statuses('status=expired')).toEqual(new Set(['expired']));
    expect(statuses('status=revoked')).toEqual(new Set(['revoked']));
    expect(run('status=all&limit=100').total).toBe(catalogue.dataset.products.length);
  });

  it('filters by stars, group, sub-group, area, region and producer type', () => {
    expect(run('stars=5').items.every((p) => p.stars === 5)).toBe(true);
    expect(run('stars=5').total).toBeGreaterThan(0);
    expect(run('group=handicrafts&limit=100').items.every((p) => p.group === 'handicrafts')).toBe(
      true,
    );
    expect(
      run('subgroup=food-fresh&limit=100').items.every((p) => p.subgroup === 'food-fresh'),
    ).toBe(true);
    expect(run('area=ly-son&limit=100').items.every((p) => p.area === 'ly-son')).toBe(true);
    const west = run('region=west&limit=100').items;
    expect(west.length).toBeGreaterThan(0);
    expect(west.every((p) => catalogue.area(p.area)?.region === 'west')).toBe(true);
    const households = run('producerType=household-business&limit=100').items;
    expect(
      households.every((p) => catalogue.producer(p.producer)?.type === 'household-business'),
    ).toBe(true);
  });

  it('combines search and filters', () => {
    const result = run('q=toi&stars=4&group=food');
    expect(result.items.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['toi-ly-son-phu-sinh', 'toi-den-dori']),
    );
    expect(result.items.every((p) => p.stars === 4 && p.group === 'food')).toBe(true);
  });

  it('sorts by stars, name and newest certificate', () => {
    const byStars = run('limit=100').items.map((p) => p.stars);
    expect(byStars).toEqual([...byStars].sort((a, b) => b - a));
    const names = run('sort=name&limit=100').items.map((p) => p.name.vi);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    const dates = run('sort=newest&limit=100').items.map((p) => p.certificate.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages, and answers a page past the end with no items and the true total', () => {
    const first = run('limit=5');
    const second = run('limit=5&page=2');
    expect(first.items).toHaveLength(5);
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);
    const beyond = run('page=999');
    expect(beyond).toMatchObject({ items: [], page: 999, total: first.total });
  });
});

describe('catalogue query strings', () => {
  it('round-trip, leaving defaults out', () => {
    const state = { ...parse('q=tỏi&stars=4&stars=5&group=food&page=2') };
    const text = toQueryString(state);
    expect(text).toBe('?q=t%E1%BB%8Fi&group=food&stars=4&stars=5&page=2');
    expect(fromQueryString(text)).toMatchObject({
      q: 'tỏi',
      group: ['food'],
      stars: [4, 5],
      page: 2,
    });
    expect(toQueryString(parse(''))).toBe('');
  });
});
