import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { parseRetailPointQuery } from '@/lib/retail/retail-query';

// Next bundles each page and route handler on its own, so one server holds several copies of a
// module; vi.resetModules() makes a fresh copy the same way.
let catalogue: Catalogue;
const today = '2026-11-23';

beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

describe('indexes built once per process, whichever copy of the module asks', () => {
  it('gives every copy of producer-query the same producer data', async () => {
    vi.resetModules();
    const first = await import('@/lib/catalogue/producer-query');
    vi.resetModules();
    const second = await import('@/lib/catalogue/producer-query');
    expect(second).not.toBe(first);
    const slug = catalogue.dataset.producers[0]!.slug;
    // The same object, not an equal one: the second copy found what the first built.
    expect(second.getProducerStats(catalogue, slug, today)).toBe(
      first.getProducerStats(catalogue, slug, today),
    );
  });

  it('keeps the where-to-buy facts of a catalogue where every copy of retail-query finds them', async () => {
    vi.resetModules();
    const retail = await import('@/lib/retail/retail-query');
    const parsed = parseRetailPointQuery(new URLSearchParams('q=ocop'));
    if (!parsed.ok) throw new Error(parsed.error);
    retail.queryRetailPoints(catalogue, parsed.query);
    const shared = (globalThis as unknown as Record<symbol, WeakMap<Catalogue, unknown>>)[
      Symbol.for('ocop-quang-ngai.retail-data')
    ];
    expect(shared?.has(catalogue)).toBe(true);
  });
});
