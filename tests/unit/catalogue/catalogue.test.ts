import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';

let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

describe('the catalogue of a dataset', () => {
  it('lists the areas by name in Vietnamese order, sorted once per content version', () => {
    const template = dataset.areas[0]!;
    const named = (name: string, slug: string) => ({ ...template, name, slug });
    const areas = [
      named('Đức Phổ', 'duc-pho'),
      named('Ân Hảo', 'an-hao'),
      named('Dung Quất', 'dung-quat'),
      named('Ba Tơ', 'ba-to'),
      named('An Phú', 'an-phu'),
    ];
    const catalogue = getCatalogue({ ...dataset, version: 'areas-by-name', areas });
    // Vietnamese letters: A before Â, D before Đ (code points would put Â and Đ after B and D).
    expect(catalogue.areasByName.map((a) => a.name)).toEqual([
      'An Phú',
      'Ân Hảo',
      'Ba Tơ',
      'Dung Quất',
      'Đức Phổ',
    ]);
    expect(catalogue.areasByName).toBe(catalogue.areasByName);
    expect(areas.map((a) => a.slug)[0]).toBe('duc-pho'); // the dataset's own order is left alone
  });
});
