import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import {
  articlesPerPage,
  findArticleQueryIssues,
  listArticles,
  parseArticleQuery,
} from '@/lib/news/article-query';
import { getLatestArticles } from '@/lib/news/articles';
import { getRoundResults } from '@/lib/news/round-results';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

const read = (params: Record<string, string | string[]>) =>
  readLenientQuery(params, parseArticleQuery, (q) => findArticleQueryIssues(dataset.articles, q));

describe('the news list', () => {
  it('shows twelve articles a page, newest first', () => {
    const first = listArticles(dataset.articles, read({}).query);
    expect(first.items).toHaveLength(Math.min(articlesPerPage, dataset.articles.length));
    expect(first.total).toBe(dataset.articles.length);
    expect(first.pages).toBe(Math.ceil(dataset.articles.length / articlesPerPage));
    const times = first.items.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.items[0]?.slug).toBe('ra-mat-website-ocop-quang-ngai');

    const second = listArticles(dataset.articles, read({ page: '2' }).query);
    expect(second.page).toBe(2);
    expect(second.items.map((a) => a.slug)).not.toContain(first.items[0]?.slug);
    expect(first.items.length + second.items.length).toBe(Math.min(24, dataset.articles.length));
  });

  it('filters by kind', () => {
    const { query, ignored } = read({ kind: 'rating-results' });
    expect(ignored).toEqual([]);
    const page = listArticles(dataset.articles, query);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((a) => a.kind === 'rating-results')).toBe(true);
  });

  it('ignores a bad kind or page, and says so', () => {
    expect(read({ kind: 'gossip' })).toMatchObject({ query: { page: 1 }, ignored: ['kind'] });
    expect(read({ kind: 'gossip' }).query.kind).toBeUndefined();
    expect(read({ page: 'two' }).ignored).toEqual(['page']);
    expect(read({ page: '0' }).ignored).toEqual(['page']);
    // A page past the end is as wrong as page "two".
    const { query, ignored } = read({ kind: 'rating-results', page: '9' });
    expect(ignored).toEqual(['page']);
    expect(query).toEqual({ kind: 'rating-results', page: 1 });
  });

  it('gives the home page the latest articles', () => {
    expect(getLatestArticles(dataset.articles, 3).map((a) => a.slug)).toEqual(
      listArticles(dataset.articles, read({}).query)
        .items.slice(0, 3)
        .map((a) => a.slug),
    );
  });
});

describe('rating-results announcements', () => {
  it('list the products rated in their round, with the stars the round gave', () => {
    const results = getRoundResults(dataset, '2025-2');
    expect(results.map((r) => [r.product.slug, r.stars, r.kind])).toEqual([
      ['nuoc-mam-ca-com-mo-duc', 4, 'upgraded'],
      ['toi-den-dori', 4, 'certified'],
      ['toi-ly-son-dori', 4, 'certified'],
      ['banh-trang-ca-com-sesan', 3, 'certified'],
      ['hanh-tim-binh-hai', 3, 'certified'],
    ]);
  });

  it('keep a product re-rated since in the round that first rated it', () => {
    const round2023 = getRoundResults(dataset, '2023-3').map((r) => [r.product.slug, r.kind]);
    expect(round2023).toContainEqual(['nuoc-mam-ca-com-mo-duc', 're-recognised']);
    expect(round2023).toContainEqual(['banh-trang-huy-cuong', 're-recognised']);
    expect(round2023).toContainEqual(['mach-nha-mantoza', 'certified']);
  });

  it('are empty for a round without products', () => {
    expect(getRoundResults(dataset, '2026-3')).toEqual([]);
    expect(getRoundResults(dataset, 'no-such-round')).toEqual([]);
  });
});
