/**
 * Client JS per route (scripts/bench/bundles.ts), read from a build's bundle report: gzip sizes
 * against the empty-app baseline, and the budgets `npm test` holds routes to.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  budgetOf,
  defaultBudgetOverBaselineKB,
  emptyAppBaselineGzKB,
  measureRouteBundles,
  readRouteBundles,
  routeBudgetsOverBaselineKB,
} from '../../../scripts/bench/bundles';

const distDir = mkdtempSync(path.join(os.tmpdir(), 'bundles-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

/** A chunk of random-looking text (so gzip cannot shrink it to nothing), and its gzipped size. */
function writeChunk(name: string, bytes: number): number {
  let text = '';
  let seed = bytes;
  while (text.length < bytes) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += seed.toString(36);
  }
  const file = path.join(distDir, 'static', 'chunks', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text.slice(0, bytes));
  return gzipSync(text.slice(0, bytes), { level: 9 }).length;
}

const shared = writeChunk('shared.js', 400_000);
const filters = writeChunk('filters.js', 30_000);
mkdirSync(path.join(distDir, 'diagnostics'), { recursive: true });
writeFileSync(
  path.join(distDir, 'diagnostics', 'route-bundle-stats.json'),
  JSON.stringify([
    // Paths as Next writes them: from the project root, with the build folder in front.
    {
      route: '/[lang]',
      firstLoadUncompressedJsBytes: 0,
      firstLoadChunkPaths: ['.next/static/chunks/shared.js'],
    },
    {
      route: '/[lang]/products',
      firstLoadUncompressedJsBytes: 0,
      firstLoadChunkPaths: ['.next/static/chunks/shared.js', '.next/static/chunks/filters.js'],
    },
  ]),
);

describe('readRouteBundles', () => {
  it('adds up the gzipped chunks of each route, against the empty app', async () => {
    const bundles = await readRouteBundles(distDir);
    const kB = (bytes: number) => Math.round(bytes / 100) / 10;
    expect(bundles).toEqual([
      {
        route: '/[lang]',
        gzKB: kB(shared),
        overBaselineKB: Math.round((kB(shared) - emptyAppBaselineGzKB) * 10) / 10,
      },
      {
        route: '/[lang]/products',
        gzKB: kB(shared + filters),
        overBaselineKB: Math.round((kB(shared + filters) - emptyAppBaselineGzKB) * 10) / 10,
      },
    ]);
  });

  it('fails on a build without a bundle report; the bench reports it instead', async () => {
    await expect(readRouteBundles(path.join(distDir, 'nowhere'))).rejects.toThrow(/ENOENT/);
    const metrics = await measureRouteBundles(path.join(distDir, 'nowhere'));
    expect(metrics['js.available']).toBe(false);
  });

  it('gives the bench its metrics by route name', async () => {
    const metrics = await measureRouteBundles(distDir);
    expect(metrics['js.home.gzKB']).toBeGreaterThan(0);
    expect(metrics['js.products.gzKB']).toBeGreaterThan(metrics['js.home.gzKB'] as number);
  });
});

describe('budgetOf', () => {
  it('holds most routes to the default and names the heavier ones', () => {
    expect(budgetOf('/[lang]/stats')).toBe(defaultBudgetOverBaselineKB);
    expect(budgetOf('/[lang]/where-to-buy')).toBe(
      routeBudgetsOverBaselineKB['/[lang]/where-to-buy'],
    );
    expect(budgetOf('/[lang]/where-to-buy')).toBeGreaterThan(defaultBudgetOverBaselineKB);
  });
});
