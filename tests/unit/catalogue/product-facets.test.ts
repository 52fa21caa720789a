import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProductFacets, type FacetFilter } from '@/lib/catalogue/product-facets';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset, Product } from '@/lib/content/schema';

let dataset: Dataset;
/** The slugs a filter keeps, by the facets' test. */
let kept: (filter: FacetFilter) => string[];
/** The slugs a plain reading of each product keeps: what the facets must agree with. */
let expected: (keep: (product: Product) => boolean) => string[];

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
  const facets = buildProductFacets(dataset, {
    area: (slug) => dataset.areas.find((a) => a.slug === slug),
    producer: (slug) => dataset.producers.find((p) => p.slug === slug),
  });
  kept = (filter) => {
    const test = facets.matcher(filter);
    return dataset.products.filter((_, position) => test(position)).map((p) => p.slug);
  };
  expected = (keep) => dataset.products.filter(keep).map((p) => p.slug);
});

const producerType = (p: Product) => dataset.producers.find((r) => r.slug === p.producer)?.type;
const region = (p: Product) => dataset.areas.find((a) => a.slug === p.area)?.region;

describe('product facets', () => {
  it('keeps every product when no list is given or every list is empty', () => {
    expect(kept({})).toHaveLength(dataset.products.length);
    expect(kept({ group: [], stars: [] })).toHaveLength(dataset.products.length);
  });

  it('agrees with the products themselves on each facet, derived ones included', () => {
    expect(kept({ stars: [4] })).toEqual(expected((p) => p.stars === 4));
    expect(kept({ stars: [4, 5] })).toEqual(expected((p) => p.stars >= 4));
    expect(kept({ region: ['west'] })).toEqual(expected((p) => region(p) === 'west'));
    expect(kept({ producerType: ['cooperative'] })).toEqual(
      expected((p) => producerType(p) === 'cooperative'),
    );
    const group = dataset.products[0]!.group;
    expect(kept({ group: [group] })).toEqual(expected((p) => p.group === group));
    expect(kept({ group: [group] }).length).toBeLessThan(dataset.products.length);
  });

  it('requires every facet given (and), any value within one (or)', () => {
    expect(kept({ stars: [4, 5], producerType: ['cooperative'] })).toEqual(
      expected((p) => p.stars >= 4 && producerType(p) === 'cooperative'),
    );
  });

  it('keeps nothing for a value no product has', () => {
    expect(kept({ area: ['no-such-area'] })).toEqual([]);
    expect(kept({ stars: [2] })).toEqual([]);
  });
});
