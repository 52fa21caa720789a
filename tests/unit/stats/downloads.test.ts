import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import { csvStream } from '@/lib/export/csv';
import { en } from '@/lib/i18n/dictionaries/en';
import { vi } from '@/lib/i18n/dictionaries/vi';
import { chartDownloadPath, chartFileName, parseChartFileName } from '@/lib/stats/downloads';
import { figureCsvColumns, figureCsvRows } from '@/lib/stats/figure-csv';
import { figureIds, getFigures } from '@/lib/stats/figures';
import {
  getLocalizedSet,
  localizeFigures,
  type LocalizedFigureSet,
} from '@/lib/stats/localized-figures';
import { toStatsJson } from '@/lib/stats/stats-json';

let dataset: Dataset;
const today = '2026-11-23';
beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});
const localizedIn = (lang: 'vi' | 'en') =>
  localizeFigures(getFigures(dataset, today), {
    lang,
    dict: lang === 'vi' ? vi : en,
    data: dataset,
  });

async function csvText(set: LocalizedFigureSet, lang: 'vi' | 'en'): Promise<string> {
  const stream = csvStream(figureCsvColumns(set, lang === 'vi' ? vi : en), figureCsvRows(set));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('download addresses', () => {
  it('sit under the stats page, in its language', () => {
    expect(chartDownloadPath('vi', 'products-by-stars', 'png')).toBe(
      '/vi/stats/products-by-stars.png',
    );
    expect(chartFileName('events-by-year', 'en', today, 'csv')).toBe(
      'ocop-events-by-year-en-2026-11-23.csv',
    );
  });

  it('read back every chart in every format, and nothing else', () => {
    for (const id of figureIds) {
      for (const format of ['svg', 'png', 'csv'] as const) {
        expect(parseChartFileName(`${id}.${format}`)).toEqual({ id, format });
      }
    }
    for (const name of [
      'products-by-stars',
      'products-by-stars.pdf',
      'products-by-colour.svg',
      '../products-by-stars.svg',
      'products-by-stars.svg.png.svg',
      'PRODUCTS-BY-STARS.SVG',
    ]) {
      expect(parseChartFileName(name), name).toBeUndefined();
    }
  });
});

describe('chart CSV', () => {
  it('starts with a byte-order mark and round-trips with Vietnamese intact', async () => {
    const set = getLocalizedSet(localizedIn('vi'), 'products-by-group');
    const text = await csvText(set, 'vi');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const records = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(records[0]!)).toEqual(['Mã', 'Nhóm sản phẩm', 'Số sản phẩm']);
    expect(records).toEqual(
      set.rows.map((row) => ({
        Mã: row.key,
        'Nhóm sản phẩm': row.label,
        'Số sản phẩm': String(row.value),
      })),
    );
  });

  it('says which row a detail row belongs to, and keeps cancelled events in their own column', async () => {
    const english = localizedIn('en');
    const stars = parse(
      (await csvText(getLocalizedSet(english, 'products-by-stars'), 'en')).slice(1),
      {
        columns: true,
      },
    ) as Array<Record<string, string>>;
    expect(Object.keys(stars[0]!)).toEqual(['Code', 'Rating', 'Products', 'Part of']);
    expect(stars.find((r) => r.Code === 'potential-5')).toMatchObject({
      Rating: 'of which: potential 5 stars',
      'Part of': '4',
    });
    const events = getLocalizedSet(english, 'events-by-year');
    const rows = parse((await csvText(events, 'en')).slice(1), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(Object.keys(rows[0]!)).toEqual(['Code', 'Year', 'Events', 'Cancelled (not counted)']);
    expect(rows.reduce((sum, r) => sum + Number(r['Cancelled (not counted)']), 0)).toBe(
      events.setAsideTotal,
    );
  });
});

describe('/api/v1/stats body', () => {
  it('gives every figure set with labels, source, absolute links and downloads', () => {
    const body = toStatsJson(localizedIn('en'), {
      settings: dataset.settings,
      siteUrl: 'https://ocop.example',
    });
    expect(body).toMatchObject({
      lang: 'en',
      asOf: today,
      isSampleData: true,
      license: dataset.settings.dataLicense,
    });
    expect(body.source.organisations.map((o) => o.slug)).toEqual([
      'so-nong-nghiep-moi-truong',
      'so-cong-thuong',
    ]);
    expect(body.figures.map((f) => f.id)).toEqual([...figureIds]);
    const stars = body.figures[0]!;
    expect(stars.downloads).toEqual({
      svg: 'https://ocop.example/en/stats/products-by-stars.svg',
      png: 'https://ocop.example/en/stats/products-by-stars.png',
      csv: 'https://ocop.example/en/stats/products-by-stars.csv',
    });
    expect(stars.rows[0]).toEqual({
      key: '5',
      label: '5 stars',
      value: stars.rows[0]!.value,
      url: 'https://ocop.example/en/products?stars=5',
    });
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });
});
