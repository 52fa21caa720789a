import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { emptyAppBaselineGzKB, resolveChunkPath, routeKey } from '@/scripts/bench/bundles';
import {
  onDemandProductPages,
  pickProductPages,
  prerenderedProducts,
  sizeSamplePaths,
} from '@/scripts/bench/pages';

describe('the pages and bundles the benchmark measures', () => {
  it('times a product that is never prerendered cold, and ten spread over the ranking warm', () => {
    const ranked = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const { cold, warm } = pickProductPages(ranked);
    expect(cold).toBe('p999');
    expect(warm).toHaveLength(10);
    expect(warm[0]).toBe('p0');
    expect(warm).not.toContain('p999');
    expect(new Set(warm).size).toBe(10);
  });

  it('reads back after a restart only the timed pages that were rendered on demand', () => {
    const ranked = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const onDemand = onDemandProductPages(ranked, pickProductPages(ranked));
    // p0, p99 and p199 are prerendered; p299 … p899 and the cold p999 are not.
    expect(prerenderedProducts).toBe(200);
    const expected = ['p299', 'p399', 'p499', 'p599', 'p699', 'p799', 'p899', 'p999'];
    expect(onDemand).toEqual(expected);
    expect(onDemandProductPages(['only'], pickProductPages(['only']))).toEqual([]);
  });

  it('weighs the main pages and one news article of each kind, rating results included', async () => {
    const { dataset } = await loadLocalContent(path.resolve('content'));
    const paths = sizeSamplePaths(dataset);
    expect(paths).toEqual(expect.arrayContaining(['/vi', '/vi/where-to-buy', '/vi/stats']));
    const kinds = new Set(dataset.articles.map((article) => article.kind));
    expect(kinds.has('rating-results')).toBe(true);
    const articlePaths = paths.filter((p) => p.startsWith('/vi/news/'));
    const kindOf = (p: string) => dataset.articles.find((a) => `/vi/news/${a.slug}` === p)?.kind;
    expect(new Set(articlePaths.map(kindOf))).toEqual(kinds);
    expect(articlePaths).toHaveLength(kinds.size);
  });

  it('still has pages to time in a tiny dataset', () => {
    expect(pickProductPages(['only'])).toEqual({ cold: 'only', warm: ['only'] });
  });

  it('names routes without the locale segment', () => {
    expect(routeKey('/[lang]')).toBe('home');
    expect(routeKey('/[lang]/products/[slug]')).toBe('products/[slug]');
  });

  it('finds a chunk listed under .next in a build copied to another folder', () => {
    expect(resolveChunkPath('.next/static/chunks/none.js', '.next-bench')).toBe(
      '.next-bench/static/chunks/none.js',
    );
  });

  it('keeps the empty-app baseline in kB of 1,000 bytes', () => {
    expect(emptyAppBaselineGzKB).toBe(134.4);
  });
});
