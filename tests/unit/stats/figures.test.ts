import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { parseProducerQuery, queryProducers } from '@/lib/catalogue/producer-query';
import { parseProductQuery, queryProducts } from '@/lib/catalogue/product-query';
import { isProductCertified } from '@/lib/catalogue/product-status';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset, Product } from '@/lib/content/schema';
import { parseEventQuery, queryEvents } from '@/lib/events/event-query';
import { en } from '@/lib/i18n/dictionaries/en';
import { vi } from '@/lib/i18n/dictionaries/vi';
import { parseRetailPointQuery, queryRetailPoints } from '@/lib/retail/retail-query';
import {
  certificationYear,
  figureIds,
  getFigureSet,
  getFigures,
  potentialFiveStarKey,
  type FigureId,
  type Figures,
} from '@/lib/stats/figures';
import { getKeyFigures } from '@/lib/stats/key-figures';
import {
  gatherSmallestPlaces,
  localizeFigures,
  otherPlacesKey,
  placesShown,
  type LocalizedFigures,
} from '@/lib/stats/localized-figures';
import { toProvinceDate } from '@/lib/time/province-time';

let dataset: Dataset;
let catalogue: Catalogue;
let figures: Figures;
let localized: LocalizedFigures;
const today = '2026-11-23';

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
  catalogue = getCatalogue(dataset);
  figures = getFigures(dataset, today);
  localized = localizeFigures(figures, { lang: 'vi', dict: vi, data: dataset });
});

const set = (id: FigureId) => getFigureSet(figures, id);
const rowValue = (id: FigureId, key: string) => set(id).rows.find((r) => r.key === key)?.value;

/** Every product the catalogue answers for a query string, across all its pages. */
function catalogueProducts(query: string): Product[] {
  const parsed = parseProductQuery(new URLSearchParams(`${query}&limit=100`));
  if (!parsed.ok) throw new Error(parsed.error);
  const items: Product[] = [];
  for (let page = 1; ; page += 1) {
    const result = queryProducts(catalogue, { ...parsed.query, page }, today);
    items.push(...result.items);
    if (items.length >= result.total) return items;
  }
}
const catalogueTotal = (query: string) => {
  const parsed = parseProductQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return queryProducts(catalogue, parsed.query, today).total;
};

describe('figures on the sample content', () => {
  it('has every figure set, in the order of the page', () => {
    expect(figures.asOf).toBe(today);
    expect(figures.sets.map((s) => s.id)).toEqual([...figureIds]);
  });

  it('counts only products whose certificate holds today', () => {
    const certified = dataset.products.filter((p) => isProductCertified(p, today));
    expect(certified.length).toBeLessThan(dataset.products.length);
    for (const id of figureIds.filter((i) => i.startsWith('products-'))) {
      expect(set(id).total, id).toBe(certified.length);
    }
  });

  it('makes every total the sum of its rows, leaving out detail rows', () => {
    for (const s of figures.sets) {
      const sum = s.rows.filter((r) => r.partOf === undefined).reduce((a, r) => a + r.value, 0);
      expect(s.total, s.id).toBe(sum);
    }
  });

  it('counts potential five-star products within four stars and reports them too', () => {
    const rows = set('products-by-stars').rows;
    expect(rows.map((r) => r.key)).toEqual(['5', '4', potentialFiveStarKey, '3']);
    const potential = rows.find((r) => r.key === potentialFiveStarKey)!;
    expect(potential.partOf).toBe('4');
    expect(potential.value).toBeGreaterThan(0);
    expect(potential.value).toBeLessThanOrEqual(rowValue('products-by-stars', '4')!);
  });

  it('fills the years with no certification or event with zeros', () => {
    for (const id of ['products-by-year', 'events-by-year'] as const) {
      const years = set(id).rows.map((r) => Number(r.key));
      expect(years, id).toEqual(years.map((_, i) => years[0]! + i));
    }
  });

  it('lists places with products only, the most products first', () => {
    const rows = set('products-by-area').rows;
    expect(rows.every((r) => r.value > 0)).toBe(true);
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a));
  });

  it('counts events by their start year and cancelled events apart', () => {
    const events = set('events-by-year');
    const cancelled = dataset.events.filter((e) => e.status === 'cancelled').length;
    expect(cancelled).toBeGreaterThan(0);
    expect(events.setAsideTotal).toBe(cancelled);
    expect(events.total).toBe(dataset.events.length - cancelled);
  });

  it('names the records’ source organisation', () => {
    expect(set('products-by-stars').source).toEqual([dataset.settings.programmeOwner]);
    expect(set('retail-points-by-kind').source).toEqual([dataset.settings.defaultOrganiser]);
  });

  it('agrees with the home page’s key figures', () => {
    const key = getKeyFigures(dataset, today);
    expect(key.certifiedProducts).toBe(set('products-by-stars').total);
    expect(key.fiveStarProducts).toBe(rowValue('products-by-stars', '5'));
    expect(key.fourStarProducts).toBe(rowValue('products-by-stars', '4'));
    expect(key.retailPoints).toBe(set('retail-points-by-kind').total);
  });
});

describe('figures agree with the catalogue, the directory, the calendar and the map', () => {
  it('certified products equal the catalogue’s default total (/api/v1/products)', () => {
    expect(set('products-by-stars').total).toBe(catalogueTotal(''));
  });

  it.each([
    'products-by-stars',
    'products-by-group',
    'products-by-region',
    'products-by-area',
  ] as const)('%s: each row equals the catalogue filtered by the row’s link', (id) => {
    const localizedSet = localized.sets.find((s) => s.id === id)!;
    for (const row of localizedSet.rows) {
      if (row.partOf !== undefined) continue;
      expect(row.href, row.key).toMatch(/^\/vi\/products\?/);
      expect(catalogueTotal(row.href!.split('?')[1]!), `${id} ${row.key}`).toBe(row.value);
    }
  });

  it('groups and regions with no product are zeros, not missing', () => {
    expect(set('products-by-group').rows).toHaveLength(dataset.groupScheme.groups.length);
    for (const group of dataset.groupScheme.groups) {
      expect(rowValue('products-by-group', group.code)).toBe(catalogueTotal(`group=${group.code}`));
    }
    for (const area of dataset.areas) {
      expect(rowValue('products-by-area', area.slug) ?? 0, area.slug).toBe(
        catalogueTotal(`area=${area.slug}`),
      );
    }
  });

  it('potential five-star products equal those the catalogue shows among four stars', () => {
    const fourStars = catalogueProducts('stars=4');
    expect(rowValue('products-by-stars', potentialFiveStarKey)).toBe(
      fourStars.filter((p) => p.isPotentialFiveStar).length,
    );
  });

  it('products by year equal the catalogue’s products by decision year', () => {
    const listed = catalogueProducts('');
    for (const row of set('products-by-year').rows) {
      expect(row.value, row.key).toBe(
        listed.filter((p) => certificationYear(p) === row.key).length,
      );
    }
  });

  it('producers by type equal the directory filtered by type', () => {
    const directory = (query: string) => {
      const parsed = parseProducerQuery(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(parsed.error);
      return queryProducers(catalogue, parsed.query, today).total;
    };
    expect(set('producers-by-type').total).toBe(directory(''));
    for (const row of localized.sets.find((s) => s.id === 'producers-by-type')!.rows) {
      expect(row.href).toBe(`/vi/producers?type=${row.key}`);
      expect(directory(`type=${row.key}`), row.key).toBe(row.value);
    }
  });

  it('sales points by kind equal the map filtered by kind', () => {
    const points = (query: string) => {
      const parsed = parseRetailPointQuery(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(parsed.error);
      return queryRetailPoints(catalogue, parsed.query).length;
    };
    expect(set('retail-points-by-kind').total).toBe(points(''));
    for (const row of localized.sets.find((s) => s.id === 'retail-points-by-kind')!.rows) {
      expect(row.href).toBe(`/vi/where-to-buy?kind=${row.key}`);
      expect(points(`kind=${row.key}`), row.key).toBe(row.value);
    }
  });

  it('events per year equal the calendar’s events of that year', () => {
    for (const row of set('events-by-year').rows) {
      const parsed = parseEventQuery(
        new URLSearchParams(`when=all&from=${row.key}-01-01&to=${row.key}-12-31&limit=100`),
      );
      if (!parsed.ok) throw new Error(parsed.error);
      // The calendar's range takes events that touch the year; the chart counts them by start.
      const starting = queryEvents(
        dataset,
        parsed.query,
        new Date(`${today}T00:00:00Z`),
      ).items.filter((e) => toProvinceDate(new Date(e.start)).startsWith(row.key));
      expect(row.value + (row.setAside ?? 0), row.key).toBe(starting.length);
      expect(row.setAside, row.key).toBe(starting.filter((e) => e.status === 'cancelled').length);
    }
  });
});

describe('localized figures', () => {
  it('label every row and column in Vietnamese, with diacritics', () => {
    const stars = localized.sets.find((s) => s.id === 'products-by-stars')!;
    expect(stars.title).toBe('Sản phẩm OCOP theo hạng sao');
    expect(stars.columns.key.label).toBe('Hạng sao');
    expect(stars.columns.value.label).toBe('Số sản phẩm');
    expect(stars.rows.map((r) => r.label)).toEqual([
      '5 sao',
      '4 sao',
      'trong đó: tiềm năng 5 sao',
      '3 sao',
    ]);
    const regions = localized.sets.find((s) => s.id === 'products-by-region')!;
    expect(regions.rows.map((r) => r.label)).toEqual([vi.regions.east, vi.regions.west]);
    const areas = localized.sets.find((s) => s.id === 'products-by-area')!;
    expect(areas.rows.find((r) => r.key === 'ly-son')?.label).toBe('Đặc khu Lý Sơn');
  });

  it('give a source line with the organisation and the date', () => {
    const stars = localized.sets.find((s) => s.id === 'products-by-stars')!;
    expect(stars.source.line).toBe(
      'Nguồn: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi, số liệu ngày 23/11/2026',
    );
    const events = localized.sets.find((s) => s.id === 'events-by-year')!;
    expect(events.source.line).toMatch(/^Nguồn: Sở Công Thương tỉnh Quảng Ngãi, số liệu ngày/);
    expect(events.note).toMatch(/^Không tính \d+ sự kiện đã hủy\.$/);
    expect(events.summary).toContain(events.note!);
  });

  it('read in English too', () => {
    const english = localizeFigures(figures, { lang: 'en', dict: en, data: dataset });
    const groups = english.sets.find((s) => s.id === 'products-by-group')!;
    expect(groups.title).toBe('OCOP products by product group');
    expect(groups.rows[0]!.label).toBe('Food');
    expect(groups.rows[0]!.href).toBe('/en/products?group=food');
    expect(groups.source.line).toBe(
      'Source: Quảng Ngãi Department of Agriculture and Environment, figures as of 23 Nov 2026',
    );
    const stars = english.sets.find((s) => s.id === 'products-by-stars')!;
    expect(stars.summary).toBe(
      `OCOP products by star rating, horizontal bar chart. ${stars.rows
        .map((r) => `${r.label}: ${r.value}`)
        .join('; ')}. Total: ${stars.total}.`,
    );
  });
});

describe('gatherSmallestPlaces', () => {
  const areas = () => localized.sets.find((s) => s.id === 'products-by-area')!;

  it('names the places with the most products and gathers the others into one row', () => {
    const full = areas();
    // The sample content has more places than the page names, so the page shows the cut.
    expect(full.rows.length).toBeGreaterThan(placesShown + 1);
    const cut = gatherSmallestPlaces(full, placesShown, { dict: vi, lang: 'vi' });
    const others = full.rows.slice(placesShown);
    expect(cut.rows.slice(0, placesShown)).toEqual(full.rows.slice(0, placesShown));
    expect(cut.rows).toHaveLength(placesShown + 1);
    const remainder = cut.rows.at(-1)!;
    expect(remainder).toEqual({
      key: otherPlacesKey,
      label: `Các địa phương khác (${others.length})`,
      value: others.reduce((sum, row) => sum + row.value, 0),
      isRemainder: true,
    });
    expect(remainder.value).toBeGreaterThan(0);
    // Nothing is lost: the rows still add up to the total, which the cut does not change.
    expect(cut.rows.reduce((sum, row) => sum + row.value, 0)).toBe(full.total);
    expect(cut.total).toBe(full.total);
    expect(cut.note).toBe(
      `Ghi ${placesShown} địa phương có nhiều sản phẩm nhất, ${others.length} địa phương còn lại gộp thành một dòng; tệp CSV ghi đủ ${full.rows.length} địa phương.`,
    );
    expect(cut.summary).toContain(`${remainder.label}: ${remainder.value}`);
    expect(cut.summary).not.toContain(others[0]!.label);
    expect(cut.summary.endsWith(cut.note!)).toBe(true);
    // The full set, which the CSV and the API read, keeps every place.
    expect(areas().rows).toHaveLength(full.rows.length);
  });

  it('says it in English', () => {
    const english = localizeFigures(figures, { lang: 'en', dict: en, data: dataset });
    const full = english.sets.find((s) => s.id === 'products-by-area')!;
    const cut = gatherSmallestPlaces(full, 5, { dict: en, lang: 'en' });
    expect(cut.rows.at(-1)!.label).toBe(`Other places (${full.rows.length - 5})`);
    expect(cut.note).toBe(
      `The 5 places with the most products are named and the other ${full.rows.length - 5} gathered in one row; the CSV file lists all ${full.rows.length}.`,
    );
  });

  it('leaves alone a set that is not of places, or too short to gather more than one place', () => {
    for (const other of localized.sets.filter((s) => s.id !== 'products-by-area')) {
      expect(gatherSmallestPlaces(other, 1, { dict: vi, lang: 'vi' })).toBe(other);
    }
    const full = areas();
    expect(gatherSmallestPlaces(full, full.rows.length - 1, { dict: vi, lang: 'vi' })).toBe(full);
    expect(
      gatherSmallestPlaces(full, full.rows.length - 2, { dict: vi, lang: 'vi' }).rows,
    ).toHaveLength(full.rows.length - 1);
  });
});
