import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { parseProductQuery } from '@/lib/catalogue/product-query';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { csvStream } from '@/lib/export/csv';
import { productCsvColumns, productCsvRows, productsForExport } from '@/lib/export/products-csv';
import { en } from '@/lib/i18n/dictionaries/en';
import { vi } from '@/lib/i18n/dictionaries/vi';

let catalogue: Catalogue;
const today = '2026-11-23';
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

/** The bytes /data/products.csv answers for a query string, decoded with the BOM kept. */
async function exportCsv(query: string): Promise<string> {
  const parsed = parseProductQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  const { lang } = parsed.query;
  const rows = productCsvRows(productsForExport(catalogue, parsed.query, today), {
    catalogue,
    lang,
    today,
    siteUrl: 'https://ocop.example',
    dict: lang === 'vi' ? vi : en,
  });
  const bytes = new Uint8Array(
    await new Response(csvStream(productCsvColumns, rows)).arrayBuffer(),
  );
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const records = (text: string) =>
  parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;

describe('products CSV', () => {
  it('starts with a byte-order mark, ends lines with CRLF and heads its columns in English', async () => {
    const text = await exportCsv('');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${productCsvColumns.map((c) => c.header).join(',')}`);
  });

  it('lists every product by default, expired and revoked ones too, and round-trips with Vietnamese intact', async () => {
    const rows = records(await exportCsv(''));
    expect(rows).toHaveLength(catalogue.dataset.products.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['active', 'expiring', 'expired', 'revoked']),
    );
    const mantoza = rows.find((r) => r.slug === 'mach-nha-mantoza')!;
    expect(mantoza).toMatchObject({
      code: 'QNG-2023-0142',
      name: 'Mạch nha Quảng Ngãi Mantoza',
      group_code: 'food',
      stars: '4',
      score: '80',
      potential_five_star: 'no',
      commune: 'Trương Quang Trọng',
      decision_number: '1425/QĐ-UBND',
      decision_date: '2023-12-25',
      expires_on: '2026-12-25',
      round: '2023-3',
      status: 'expiring',
      status_label: 'Sắp hết hạn',
      url: 'https://ocop.example/vi/products/mach-nha-mantoza',
    });
    expect(mantoza.region!.startsWith('Phía Đông')).toBe(true);
    expect(rows.find((r) => r.slug === 'gao-an-tra')?.status).toBe('revoked');
  });

  it('quotes fields that hold commas, and they come back whole', async () => {
    const producer = catalogue.producer('duong-quang-ngai')!.name.vi;
    expect(producer).toContain(',');
    const text = await exportCsv('');
    expect(text).toContain(`,"${producer}",`);
    expect(records(text).find((r) => r.slug === 'mach-nha-mantoza')?.producer).toBe(producer);
  });

  it('applies the catalogue filters, and the language to names and labels', async () => {
    const valid = records(await exportCsv('status=valid&stars=4,5&lang=en'));
    expect(valid.length).toBeGreaterThan(0);
    expect(valid.every((r) => ['active', 'expiring'].includes(r.status!))).toBe(true);
    expect(valid.every((r) => ['4', '5'].includes(r.stars!))).toBe(true);
    const mantoza = valid.find((r) => r.slug === 'mach-nha-mantoza');
    expect(mantoza).toMatchObject({
      name: 'Mantoza Quảng Ngãi malt syrup',
      status_label: 'Expiring soon',
      url: 'https://ocop.example/en/products/mach-nha-mantoza',
    });
    const potential = records(await exportCsv('q=toi ly son'));
    expect(potential.find((r) => r.slug === 'toi-ly-son-phu-sinh')?.potential_five_star).toBe(
      'yes',
    );
  });

  it('ignores page and limit: an export is never cut to one page', async () => {
    expect(records(await exportCsv('page=2&limit=5'))).toHaveLength(
      catalogue.dataset.products.length,
    );
  });
});
