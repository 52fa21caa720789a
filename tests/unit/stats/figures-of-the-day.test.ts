import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import { en } from '@/lib/i18n/dictionaries/en';
import { vi } from '@/lib/i18n/dictionaries/vi';
import { getFigures } from '@/lib/stats/figures';
import { getFiguresOfTheDay } from '@/lib/stats/figures-of-the-day';
import { localizeFigures } from '@/lib/stats/localized-figures';

let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

describe('getFiguresOfTheDay', () => {
  it('gives the figures counted and labelled for that day and language', () => {
    for (const [lang, dict] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const expected = localizeFigures(getFigures(dataset, '2026-11-23'), {
        lang,
        dict,
        data: dataset,
      });
      expect(getFiguresOfTheDay(dataset, '2026-11-23', lang, dict)).toEqual(expected);
    }
  });

  it('counts once per content version, day and language', () => {
    const first = getFiguresOfTheDay(dataset, '2026-11-23', 'vi', vi);
    expect(getFiguresOfTheDay(dataset, '2026-11-23', 'vi', vi)).toBe(first);
    expect(getFiguresOfTheDay(dataset, '2026-11-23', 'en', en)).not.toBe(first);
  });

  it('counts again on a new day and for a new content version', () => {
    const before = getFiguresOfTheDay(dataset, '2026-11-23', 'vi', vi);
    const nextDay = getFiguresOfTheDay(dataset, '2035-01-01', 'vi', vi);
    expect(nextDay).not.toBe(before);
    expect(nextDay.asOf).toBe('2035-01-01');
    // Ten years on, every certificate of the sample content has expired.
    expect(nextDay.sets.find((set) => set.id === 'products-by-stars')!.total).toBe(0);
    expect(before.sets.find((set) => set.id === 'products-by-stars')!.total).toBeGreaterThan(0);

    const edited: Dataset = { ...dataset, version: `${dataset.version}-edited`, products: [] };
    const afterEdit = getFiguresOfTheDay(edited, '2035-01-01', 'vi', vi);
    expect(afterEdit).not.toBe(nextDay);
    expect(afterEdit.sets.find((set) => set.id === 'products-by-year')!.rows).toEqual([]);
  });
});
