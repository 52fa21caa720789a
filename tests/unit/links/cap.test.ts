import { describe, expect, it } from 'vitest';
import { CrawlBudget, variantGroup } from '@/scripts/check-links/cap';

const site = 'http://127.0.0.1:3600';
const limits = { maxUrls: 100, maxVariantsPerPath: 3, identityParams: ['url'] };

describe('CrawlBudget', () => {
  it('admits up to the per-path number of query variants, and the bare path always', () => {
    const budget = new CrawlBudget(limits);
    const answers = ['?page=2', '?page=3', '?group=food', '?stars=5', ''].map((query) =>
      budget.admit(`${site}/vi/products${query}`),
    );
    expect(answers).toEqual(['admitted', 'admitted', 'admitted', 'over-path', 'admitted']);
    // Another path has its own count.
    expect(budget.admit(`${site}/en/products?page=2`)).toBe('admitted');
  });

  it('counts each embedded page of the oEmbed endpoint as its own resource', () => {
    const budget = new CrawlBudget(limits);
    const oembed = (slug: string, format = 'json') =>
      `${site}/api/oembed?format=${format}&url=${encodeURIComponent(`${site}/vi/products/${slug}`)}`;
    for (const slug of ['a', 'b', 'c', 'd', 'e'])
      expect(budget.admit(oembed(slug))).toBe('admitted');
    // The same page's variants are capped like any other.
    for (const format of ['xml', 'x', 'y']) budget.admit(oembed('a', format));
    expect(budget.admit(oembed('a', 'z'))).toBe('over-path');
  });

  it('stops at the total', () => {
    const budget = new CrawlBudget({ ...limits, maxUrls: 2 });
    expect(budget.admit(`${site}/vi`)).toBe('admitted');
    expect(budget.admit(`${site}/en`)).toBe('admitted');
    expect(budget.admit(`${site}/vi/about`)).toBe('over-total');
    expect(budget.admittedCount).toBe(2);
  });
});

describe('variantGroup', () => {
  it('is the path, plus the parameters that name a resource', () => {
    expect(variantGroup(new URL(`${site}/vi/products?page=2`), ['url'])).toBe('/vi/products');
    expect(variantGroup(new URL(`${site}/api/oembed?url=x&format=json`), ['url'])).toBe(
      '/api/oembed?url=x',
    );
  });
});
