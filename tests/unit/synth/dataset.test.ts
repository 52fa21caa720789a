import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { SynthBase } from '@/lib/synth/context';
import { generateSyntheticDataset, recordCountsFor } from '@/lib/synth/dataset';
import { isSyntheticDatasetCurrent, readSynthBase, writeSyntheticDataset } from '@/lib/synth/files';
import { vietnamBounds } from '@/lib/synth/places';

let base: SynthBase;
let workDir: string;

beforeAll(async () => {
  base = await readSynthBase(path.resolve('content'));
  workDir = await mkdtemp(path.join(tmpdir(), 'ocop-synth-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Every file under a folder with its text, for byte-for-byte comparison. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  const texts = await Promise.all(
    files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')),
  );
  return Object.fromEntries(
    files.map((e, i) => [path.relative(dir, path.join(e.parentPath, e.name)), texts[i]!]),
  );
}

describe('the synthetic dataset generator', () => {
  it('is deterministic: the same seed gives the same records', () => {
    const first = generateSyntheticDataset(base, { products: 60, seed: 1 });
    const second = generateSyntheticDataset(base, { products: 60, seed: 1 });
    expect(second).toEqual(first);
  });

  it('gives different records for a different seed', () => {
    const first = generateSyntheticDataset(base, { products: 60, seed: 1 });
    const other = generateSyntheticDataset(base, { products: 60, seed: 2 });
    expect(other.products.map((p) => p.slug)).not.toEqual(first.products.map((p) => p.slug));
  });

  it('writes byte-identical files for the same seed and N', async () => {
    const options = { products: 60, seed: 5 };
    const dataset = generateSyntheticDataset(base, options);
    const [a, b] = [path.join(workDir, 'a'), path.join(workDir, 'b')];
    await writeSyntheticDataset(a, dataset, options);
    await writeSyntheticDataset(b, generateSyntheticDataset(base, options), options);
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect(await isSyntheticDatasetCurrent(a, options)).toBe(true);
    expect(await isSyntheticDatasetCurrent(a, { products: 61, seed: 5 })).toBe(false);
  });

  it('writes 60 products that load with no problems, in the proportions of the sample', async () => {
    const options = { products: 60, seed: 1 };
    const dir = path.join(workDir, 'n60');
    await writeSyntheticDataset(dir, generateSyntheticDataset(base, options), options);
    const { dataset, problems } = await loadLocalContent(dir);

    expect(problems).toEqual([]);
    expect(dataset.products).toHaveLength(60);
    expect(dataset.producers).toHaveLength(30);
    expect(dataset.retailPoints).toHaveLength(15);
    expect(dataset.events).toHaveLength(6);
    expect(dataset.articles).toHaveLength(3);
    expect(new Set(dataset.products.map((p) => p.group))).toEqual(
      new Set(dataset.groupScheme.groups.map((g) => g.code)),
    );
    expect(dataset.settings.isSampleData).toBe(true);
    expect(dataset.articles.every((a) => a.body.vi && a.body.en)).toBe(true);
  });

  it('keeps every coordinate inside the bounds of settings.json', () => {
    const dataset = generateSyntheticDataset(base, { products: 400, seed: 3 });
    const [southWest, northEast] = dataset.settings.province.bounds;
    expect(dataset.settings.province.bounds).toEqual(vietnamBounds);
    const points = [
      ...dataset.areas.map((a) => a.centre),
      ...dataset.producers.map((p) => p.coordinates),
      ...dataset.retailPoints.flatMap((r) => (r.coordinates ? [r.coordinates] : [])),
      ...dataset.events.map((e) => e.venue.coordinates),
    ];
    for (const { lat, lng } of points) {
      expect(lat).toBeGreaterThanOrEqual(southWest.lat);
      expect(lat).toBeLessThanOrEqual(northEast.lat);
      expect(lng).toBeGreaterThanOrEqual(southWest.lng);
      expect(lng).toBeLessThanOrEqual(northEast.lng);
    }
  });

  it('rates about 75 % of products three stars, 23 % four and 2 % five', () => {
    const { products } = generateSyntheticDataset(base, { products: 4000, seed: 1 });
    const share = (stars: number) => products.filter((p) => p.stars === stars).length / 4000;
    expect(share(3)).toBeGreaterThan(0.72);
    expect(share(3)).toBeLessThan(0.78);
    expect(share(4)).toBeGreaterThan(0.2);
    expect(share(4)).toBeLessThan(0.26);
    expect(share(5)).toBeGreaterThan(0.01);
    expect(share(5)).toBeLessThan(0.035);
    expect(products.some((p) => p.isPotentialFiveStar)).toBe(true);
    expect(products.some((p) => p.certificate.history?.some((e) => e.kind === 'revoked'))).toBe(
      true,
    );
  });

  it('scales places with N: 34 provinces, a few dozen communes each at national scale', () => {
    expect(recordCountsFor(20_000)).toMatchObject({
      producers: 10_000,
      retailPoints: 5_000,
      events: 2_000,
      articles: 1_000,
    });
    expect(recordCountsFor(20_000).communesPerProvince).toBeGreaterThanOrEqual(24);
    expect(recordCountsFor(60).communesPerProvince).toBe(3);
  });

  it('refuses to clear a folder it did not write', async () => {
    const foreign = path.join(workDir, 'foreign');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'notes.txt'), 'mine');
    const options = { products: 6, seed: 1 };
    await expect(
      writeSyntheticDataset(foreign, generateSyntheticDataset(base, options), options),
    ).rejects.toThrow(/not written by content:synth/);
    expect(await readFile(path.join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
