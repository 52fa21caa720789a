/**
 * The Contentful source against a local server speaking the Delivery API, built from the export of
 * content/: the same sample data must come out as the same domain objects as the local source, and
 * failures must be retried, reported or survived as the issue asks.
 */
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createContentfulSource,
  toImageSrc,
  type ContentfulSourceOptions,
} from '@/lib/content/contentful/contentful-source';
import { recordEntryId } from '@/lib/content/contentful/entry-ids';
import { toContentfulExport, type ContentfulExport } from '@/lib/content/contentful/export';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import { startContentfulStub, type ContentfulStub } from '../../support/contentful-stub';

const siteUrl = 'http://127.0.0.1:3100';
let local: Dataset;
let exported: ContentfulExport;
let stub: ContentfulStub | undefined;

beforeAll(async () => {
  const result = await loadLocalContent(path.resolve('content'));
  expect(result.problems).toEqual([]);
  local = result.dataset;
  exported = toContentfulExport(local, siteUrl);
});

afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function sourceFor(options: Partial<ContentfulSourceOptions> = {}) {
  stub = await startContentfulStub({ data: exported });
  return createContentfulSource({
    space: stub.space,
    accessToken: stub.accessToken,
    environment: stub.environment,
    host: stub.host,
    siteUrl,
    timeoutMs: 2000,
    retryLimit: 2,
    ...options,
  });
}

/**
 * Everything but the version, which each source computes from what it read, and the source's own
 * ids (which must name records of the dataset), with every collection
 * in slug order (the local source keeps areas and rounds in the order of their files).
 */
function withoutVersion(dataset: Dataset) {
  const { version, sourceIds, ...rest } = dataset;
  expect(version).toMatch(/\S/);
  for (const { collection, slug } of Object.values(sourceIds ?? {})) {
    expect(rest[collection].some((record) => record.slug === slug)).toBe(true);
  }
  const bySlug = <T extends { slug: string }>(records: T[]) =>
    [...records].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    ...rest,
    areas: bySlug(rest.areas),
    rounds: bySlug(rest.rounds),
    products: bySlug(rest.products),
    producers: bySlug(rest.producers),
    events: bySlug(rest.events),
    retailPoints: bySlug(rest.retailPoints),
    articles: bySlug(rest.articles),
  };
}

describe('the Contentful source, read through the Delivery API stub', () => {
  it('gives the same domain objects as the local source for the sample content', async () => {
    const source = await sourceFor();
    const started = performance.now();
    const { dataset, problems } = await source.load();
    const elapsed = performance.now() - started;
    expect(problems).toEqual([]);
    expect(withoutVersion(dataset)).toEqual(withoutVersion(local));
    expect(dataset.products.length).toBeGreaterThan(10);
    // One read of a handful of pages; the figure is reported in the note, not asserted.
    console.info(
      `contentful.sampleReadMs ${elapsed.toFixed(0)} (${stub!.requests.length} requests)`,
    );
  });

  it('reads both locales and keeps the English text optional', async () => {
    const { dataset } = await (await sourceFor()).load();
    const product = dataset.products.find((p) => p.slug === 'mach-nha-mantoza');
    expect(product?.name.vi).toMatch(/Mạch nha/);
    expect(product?.name.en).toBeTruthy();
    expect(stub!.requests.every((r) => decodeURIComponent(r).includes('locale=*'))).toBe(true);
  });

  it('pages every collection: with pages of 3 the result is the same', async () => {
    const source = await sourceFor({ pageSize: 3 });
    const { dataset } = await source.load();
    expect(withoutVersion(dataset)).toEqual(withoutVersion(local));
    const productPages = stub!.requests.filter((r) => r.includes('content_type=product&'));
    expect(productPages.length).toBe(Math.ceil(local.products.length / 3));
    expect(stub!.requests.every((request) => /limit=3(&|$)/.test(request))).toBe(true);
  });

  it('changes its version when an entry is republished', async () => {
    const source = await sourceFor();
    const first = await source.load();
    stub!.control.setField(
      recordEntryId('product', 'mach-nha-mantoza'),
      'name',
      'vi',
      'Mạch nha (sửa)',
    );
    const second = await source.load();
    expect(second.dataset.version).not.toBe(first.dataset.version);
    expect(second.dataset.products.find((p) => p.slug === 'mach-nha-mantoza')?.name.vi).toBe(
      'Mạch nha (sửa)',
    );
  });

  it('takes an event’s revision from Contentful’s publication count', async () => {
    const { dataset } = await (await sourceFor()).load();
    for (const event of local.events) {
      expect(dataset.events.find((e) => e.slug === event.slug)?.revision).toBe(event.revision);
    }
  });
});

describe('the Contentful source when things go wrong', () => {
  it('retries a 500 and then succeeds', async () => {
    const source = await sourceFor();
    stub!.control.failNext({ status: 500 });
    const { dataset, problems } = await source.load();
    expect(problems).toEqual([]);
    expect(dataset.products).toHaveLength(local.products.length);
    expect(stub!.requests.length).toBeGreaterThan(11); // 11 collections + the retried one
  }, 15_000);

  it('waits as long as X-Contentful-RateLimit-Reset says after a 429, then succeeds', async () => {
    const source = await sourceFor({ requestsPerSecond: 30 });
    stub!.control.failNext({ status: 429, headers: { 'X-Contentful-RateLimit-Reset': '1' } });
    const started = performance.now();
    const { dataset } = await source.load();
    // A lower bound only: the SDK must not retry before the reset the API announced.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(dataset.products).toHaveLength(local.products.length);
  }, 15_000);

  it('retries a request that times out', async () => {
    const source = await sourceFor({ timeoutMs: 300 });
    stub!.control.failNext({ status: 200, delayMs: 1500 });
    const { dataset } = await source.load();
    expect(dataset.products).toHaveLength(local.products.length);
  }, 15_000);

  it('fails when the API keeps failing, so the last good content can take over', async () => {
    const source = await sourceFor({ retryLimit: 1 });
    stub!.control.failNext(...Array.from({ length: 40 }, () => ({ status: 503 })));
    await expect(source.load()).rejects.toThrow();
  }, 15_000);

  it('skips an entry that fails validation, naming its id and field, and publishes the rest', async () => {
    const source = await sourceFor();
    const id = recordEntryId('product', 'mach-nha-mantoza');
    stub!.control.setField(id, 'stars', 'vi', 7);
    stub!.control.setField(id, 'decisionNumber', 'vi', undefined);
    const { dataset, problems } = await source.load();
    expect(dataset.products.some((p) => p.slug === 'mach-nha-mantoza')).toBe(false);
    expect(dataset.products).toHaveLength(local.products.length - 1);
    const fields = problems.filter((p) => p.location.includes(id)).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['stars', 'decisionNumber']));
  });

  it('drops a link to an unpublished entry and keeps the record', async () => {
    const source = await sourceFor();
    const point = local.retailPoints.find((p) => p.products.length > 1)!;
    const gone = point.products[0]!;
    stub!.control.removeEntry(recordEntryId('product', gone));
    const { dataset, problems } = await source.load();
    const after = dataset.retailPoints.find((p) => p.slug === point.slug)!;
    expect(after.products).toEqual(point.products.slice(1));
    expect(problems).toContainEqual(
      expect.objectContaining({
        location: expect.stringContaining(recordEntryId('retailPoint', point.slug)),
        field: 'products',
      }),
    );
  });

  it('cannot run without the site settings entry', async () => {
    const source = await sourceFor();
    stub!.control.removeEntry('siteSettings');
    await expect(source.load()).rejects.toThrow(/siteSettings/);
  });
});

describe('asset URLs', () => {
  it('become https, or site paths when they point at this site', () => {
    expect(toImageSrc('//images.ctfassets.net/s/a/b/x.jpg', siteUrl)).toBe(
      'https://images.ctfassets.net/s/a/b/x.jpg',
    );
    expect(toImageSrc(`${siteUrl}/images/x.svg`, siteUrl)).toBe('/images/x.svg');
    expect(toImageSrc('https://example.org/x.png', siteUrl)).toBe('https://example.org/x.png');
  });
});
