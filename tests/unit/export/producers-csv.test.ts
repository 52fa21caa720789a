import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { parseProducerQuery, queryProducers } from '@/lib/catalogue/producer-query';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { csvStream } from '@/lib/export/csv';
import { producerCsvColumns, producerCsvRows } from '@/lib/export/producers-csv';
import { vi } from '@/lib/i18n/dictionaries/vi';

let catalogue: Catalogue;
const today = '2026-11-23';
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

async function exportCsv(query: string): Promise<string> {
  const parsed = parseProducerQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  const { all } = queryProducers(catalogue, parsed.query, today);
  const rows = producerCsvRows(all, {
    catalogue,
    lang: 'vi',
    today,
    siteUrl: 'https://ocop.example',
    dict: vi,
  });
  const bytes = new Uint8Array(
    await new Response(csvStream(producerCsvColumns, rows)).arrayBuffer(),
  );
  // Keep the byte-order mark in the text: Response.text() would drop it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('producers CSV', () => {
  it('starts with a byte-order mark and round-trips through a CSV parser with Vietnamese intact', async () => {
    const text = await exportCsv('');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const records = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(catalogue.dataset.producers.length);
    const sahu = records.find((r) => r.slug === 'muoi-sahu')!;
    expect(sahu.name).toBe(catalogue.producer('muoi-sahu')!.name.vi);
    expect(sahu.products!.split('; ')).toHaveLength(3);
    expect(sahu).toMatchObject({
      commune: 'Sa Huỳnh',
      former_commune: 'Phổ Thạnh',
      certified_products: '3',
      best_stars: '4',
    });
  });

  it('applies the directory filters', async () => {
    const records = parse(
      (await exportCsv('type=cooperative&region=west&wholesale=true')).slice(1),
      { columns: true },
    ) as Array<Record<string, string>>;
    expect(records.length).toBeGreaterThan(0);
    expect(
      records.every(
        (r) =>
          r.type === 'Hợp tác xã' &&
          r.region!.startsWith('Phía Tây') &&
          r.takes_wholesale === 'yes',
      ),
    ).toBe(true);
  });
});

describe('queryProducers', () => {
  const run = (query: string) => {
    const parsed = parseProducerQuery(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(parsed.error);
    return queryProducers(catalogue, parsed.query, today);
  };
  it('finds producers by name, place and product, with or without accents', () => {
    expect(run('q=muoi sahu').items.map((p) => p.slug)).toContain('muoi-sahu');
    expect(run('q=Bình Thạnh').items.map((p) => p.slug)).toContain('nuoc-mam-muoi-quy');
    expect(run('q=linh chi').items.map((p) => p.slug)).toContain('htx-nam-duc-nhuan');
  });
  it('filters by best stars held, export experience and group', () => {
    expect(
      run('stars=5')
        .items.map((p) => p.slug)
        .sort(),
    ).toEqual(['htx-duoc-lieu-ngoc-linh', 'sam-ngoc-linh-kon-tum']);
    expect(run('export=true').items.every((p) => p.wholesale.exportMarkets.length > 0)).toBe(true);
    expect(run('group=tourism').total).toBe(3);
  });
  it('rejects bad values, naming the parameter', () => {
    for (const [query, parameter] of [
      ['wholesale=maybe', 'wholesale'],
      ['type=bank', 'type'],
      ['limit=500', 'limit'],
      ['sort=price', 'sort'],
    ]) {
      const parsed = parseProducerQuery(new URLSearchParams(query));
      expect(parsed.ok ? [] : parsed.issues.map((i) => i.parameter)).toEqual([parameter]);
    }
  });
});
