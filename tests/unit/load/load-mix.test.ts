import { beforeAll, describe, expect, it } from 'vitest';
import { findUnknownValues, parseProductQuery } from '@/lib/catalogue/product-query';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import { findUnknownRetailValues, parseRetailPointQuery } from '@/lib/retail/retail-query';
import {
  buildLoadMix,
  distinctRequests,
  toRequestSequence,
  type LoadMixEntry,
} from '@/scripts/load/mix';
import { createKindTally, isCleanRun } from '@/scripts/load/report';

let dataset: Dataset;
let mix: LoadMixEntry[];

beforeAll(async () => {
  ({ dataset } = await loadLocalContent('content'));
  mix = buildLoadMix(dataset);
});

const base = 'http://127.0.0.1';
const pathsOf = (kind: string) => mix.find((entry) => entry.kind === kind)?.paths ?? [];
const lastSegment = (path: string) => new URL(path, base).pathname.split('/').at(-1)!;

describe('the load mix', () => {
  it('has weights in whole percent that sum to 100, and a path for every kind', () => {
    expect(mix.reduce((sum, entry) => sum + entry.weight, 0)).toBe(100);
    for (const entry of mix) {
      expect(Number.isInteger(entry.weight) && entry.weight > 0, entry.kind).toBe(true);
      expect(entry.paths.length, entry.kind).toBeGreaterThan(0);
    }
    expect(new Set(mix.map((entry) => entry.kind)).size).toBe(mix.length);
  });

  it('has only well-formed, encoded paths on this site', () => {
    for (const { path } of distinctRequests(mix)) {
      expect(path).toMatch(/^\/[^/]/);
      expect(path).not.toMatch(/\s|undefined|null|#/);
      const url = new URL(path, base);
      expect(url.origin).toBe(base);
      expect(`${url.pathname}${url.search}`).toBe(path);
    }
  });

  it('covers the public surface the issue names', () => {
    const paths = distinctRequests(mix).map((r) => r.path);
    for (const expected of [
      '/vi',
      '/en',
      '/vi/products',
      '/vi/where-to-buy',
      '/vi/news',
      '/vi/events',
      '/api/v1/retail-points',
      '/feeds/news.xml',
      '/feeds/events.ics',
      '/data/retail-points.geojson',
    ]) {
      expect(paths).toContain(expected);
    }
    for (const prefix of ['/vi/products?', '/api/v1/products?', '/api/v1/products/']) {
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it('asks for detail pages of records that exist, in both languages', () => {
    const slugs = (records: { slug: string }[]) => new Set(records.map((r) => r.slug));
    const cases: [string, Set<string>][] = [
      ['product-page', slugs(dataset.products)],
      ['api-product', slugs(dataset.products)],
      ['producer-page', slugs(dataset.producers)],
      ['event-page', slugs(dataset.events)],
      ['news-article', slugs(dataset.articles)],
    ];
    for (const [kind, known] of cases) {
      const paths = pathsOf(kind);
      expect(paths.length, kind).toBeGreaterThan(0);
      for (const path of paths) expect(known.has(lastSegment(path)), path).toBe(true);
    }
    const productPages = pathsOf('product-page');
    expect(productPages.some((p) => p.startsWith('/vi/'))).toBe(true);
    expect(productPages.some((p) => p.startsWith('/en/'))).toBe(true);
  });

  it('filters the catalogue and the APIs with values the site accepts', () => {
    const catalogue = [...pathsOf('catalogue-filtered'), ...pathsOf('api-products')];
    expect(catalogue.length).toBeGreaterThan(5);
    for (const path of catalogue) {
      const parsed = parseProductQuery(new URL(path, base).searchParams);
      expect(parsed.ok, path).toBe(true);
      if (parsed.ok) expect(findUnknownValues(parsed.query, dataset), path).toEqual([]);
    }
    for (const path of pathsOf('api-retail-points')) {
      const parsed = parseRetailPointQuery(new URL(path, base).searchParams);
      expect(parsed.ok, path).toBe(true);
      if (parsed.ok) expect(findUnknownRetailValues(parsed.query, dataset), path).toEqual([]);
    }
  });

  it('lists each distinct path once for the check before the load', () => {
    const requests = distinctRequests(mix);
    const paths = requests.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(paths)).toEqual(new Set(mix.flatMap((entry) => entry.paths)));
  });

  it('refuses a dataset that lacks a collection the mix needs', () => {
    expect(() => buildLoadMix({ ...dataset, events: [] })).toThrow(/no events/);
  });
});

describe('the request sequence', () => {
  it('gives each kind exactly its weight in every cycle, and rotates its paths', () => {
    const sequence = toRequestSequence(mix, { repeat: 10 });
    expect(sequence).toHaveLength(1000);
    for (const entry of mix) {
      const ofKind = sequence.filter((r) => r.kind === entry.kind);
      expect(ofKind, entry.kind).toHaveLength(entry.weight * 10);
      ofKind.forEach((request, i) =>
        expect(request.path).toBe(entry.paths[i % entry.paths.length]),
      );
    }
  });

  it('is the same for the same seed and mixes kinds rather than running them in blocks', () => {
    expect(toRequestSequence(mix, { seed: 7 })).toEqual(toRequestSequence(mix, { seed: 7 }));
    const firstHundred = toRequestSequence(mix).slice(0, 100);
    expect(new Set(firstHundred.map((r) => r.kind)).size).toBeGreaterThan(mix.length / 2);
  });
});

describe('the per-kind tally', () => {
  it('counts answers per kind and lists the paths that did not answer 2xx', () => {
    const tally = createKindTally();
    tally.answer(tally.send('home', '/vi', 0), 200, 10);
    tally.answer(tally.send('home', '/en', 0), 200, 30);
    tally.answer(tally.send('product-page', '/vi/products/x', 100), 404, 105);
    tally.answer(tally.send('product-page', '/vi/products/x', 100), 404, 107);
    expect(tally.byKind()).toEqual([
      { kind: 'home', requests: 2, non2xx: 0, p50Ms: 10, p99Ms: 30 },
      { kind: 'product-page', requests: 2, non2xx: 2, p50Ms: 5, p99Ms: 7 },
    ]);
    expect(tally.failures()).toEqual([{ path: '/vi/products/x', status: 404, count: 2 }]);
  });

  it('counts an answer without a status as a failure with status 0', () => {
    const tally = createKindTally();
    tally.answer(tally.send('home', '/vi', 0), undefined as unknown as number, 10);
    expect(tally.failures()).toEqual([{ path: '/vi', status: 0, count: 1 }]);
    expect(tally.byKind()[0]).toMatchObject({ kind: 'home', non2xx: 1 });
  });

  it('names the requests that never got an answer, but not those cut off by the end of the run', () => {
    const tally = createKindTally();
    tally.send('catalogue', '/vi/products', 0);
    tally.send('catalogue', '/vi/products', 1000);
    tally.send('home', '/vi', 14_000);
    tally.answer(tally.send('home', '/vi', 0), 200, 50);
    expect(tally.unanswered(15_000, 10_000)).toEqual([
      { kind: 'catalogue', path: '/vi/products', count: 2 },
    ]);
  });

  it('passes a run only without non-2xx answers, socket errors or timeouts', () => {
    const clean = { non2xx: 0, socketErrors: 0, timeouts: 0, messages: {} };
    expect(isCleanRun(clean)).toBe(true);
    expect(isCleanRun({ ...clean, non2xx: 1 })).toBe(false);
    expect(isCleanRun({ ...clean, socketErrors: 1 })).toBe(false);
    expect(isCleanRun({ ...clean, timeouts: 1 })).toBe(false);
  });
});
