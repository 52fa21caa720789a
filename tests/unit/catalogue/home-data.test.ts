import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getFeaturedProducts,
  isProductCertified,
  productStatus,
} from '@/lib/catalogue/product-status';
import { getRoundsOfYear } from '@/lib/catalogue/rounds';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { resolveReferences } from '@/lib/content/references';
import type { Dataset } from '@/lib/content/schema';
import { getLatestArticles } from '@/lib/news/articles';
import { getKeyFigures } from '@/lib/stats/key-figures';

let dataset: Dataset;
const today = '2026-11-23';

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

describe('featured products', () => {
  it('shows only certified products, marked ones first, best rated first', () => {
    const featured = getFeaturedProducts(dataset.products, today, 8);
    expect(featured).toHaveLength(8);
    expect(featured.every((p) => isProductCertified(p, today))).toBe(true);
    const firstUnmarked = featured.findIndex((p) => !p.isFeatured);
    if (firstUnmarked >= 0)
      expect(featured.slice(firstUnmarked).every((p) => !p.isFeatured)).toBe(true);
    const marked = featured.filter((p) => p.isFeatured);
    expect(marked.map((p) => p.stars)).toEqual(
      [...marked.map((p) => p.stars)].sort((a, b) => b - a),
    );
  });

  it('leaves out a featured product once its certificate has expired', () => {
    const expiredFeatured = {
      ...dataset.products[0]!,
      isFeatured: true,
      certificate: { ...dataset.products[0]!.certificate, expiresOn: '2026-01-01' },
    };
    expect(productStatus(expiredFeatured, today)).toBe('expired');
    expect(getFeaturedProducts([expiredFeatured], today, 8)).toEqual([]);
  });
});

describe('key figures', () => {
  it('count certified products by stars, and the producers behind them', () => {
    const figures = getKeyFigures(dataset, today);
    const certified = dataset.products.filter((p) => isProductCertified(p, today));
    expect(figures.certifiedProducts).toBe(certified.length);
    expect(figures.certifiedProducts).toBeLessThan(dataset.products.length);
    expect(figures.fiveStarProducts).toBe(certified.filter((p) => p.stars === 5).length);
    expect(figures.fiveStarProducts + figures.fourStarProducts).toBeLessThanOrEqual(
      figures.certifiedProducts,
    );
    expect(figures.retailPoints).toBe(dataset.retailPoints.length);
  });
});

describe('rounds of a year', () => {
  it('lists the year in order with product counts and state', () => {
    const rounds = getRoundsOfYear(dataset.rounds, dataset.products, 2026, today);
    expect(rounds.map((r) => r.round.number)).toEqual([1, 2, 3]);
    expect(rounds.map((r) => r.isPast)).toEqual([true, true, true]);
    expect(
      getRoundsOfYear(dataset.rounds, dataset.products, 2026, '2026-06-01').map((r) => r.isPast),
    ).toEqual([true, false, false]);
    for (const { round, productCount } of rounds) {
      expect(productCount).toBe(
        dataset.products.filter((p) => p.certificate.round === round.slug).length,
      );
    }
  });
});

describe('latest articles', () => {
  it('come newest first', () => {
    const latest = getLatestArticles(dataset.articles, 3);
    expect(latest).toHaveLength(3);
    expect(Date.parse(latest[0]!.publishedAt)).toBeGreaterThanOrEqual(
      Date.parse(latest[2]!.publishedAt),
    );
  });
});

describe('resolveReferences', () => {
  it('trims a list reference to a missing product but keeps the sales point', () => {
    const carried = dataset.retailPoints.find((p) => p.products.length > 1)!;
    const removed = carried.products[0]!;
    const input = { ...dataset, products: dataset.products.filter((p) => p.slug !== removed) };
    const { dataset: output, problems } = resolveReferences(
      input,
      (collection, slug) => `${collection}/${slug}`,
    );
    const point = output.retailPoints.find((p) => p.slug === carried.slug)!;
    expect(point.products).toEqual(carried.products.slice(1));
    expect(problems).toContainEqual({
      location: `retailPoints/${carried.slug}`,
      field: 'products.0',
      message: `no product with slug "${removed}"`,
    });
  });
});
