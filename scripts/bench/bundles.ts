/**
 * Client JS per route, gzipped, from the build's own diagnostics
 * (`<distDir>/diagnostics/route-bundle-stats.json`: Next 16 no longer prints First Load JS).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchMetrics } from './report';

/**
 * Gzipped first-load JS of an empty Next 16 app (create-next-app, no pages of its own) built on
 * this machine: 134,449 bytes, in kB of 1,000 bytes. Every route's budget is measured against it.
 */
export const emptyAppBaselineGzKB = 134.4;

/** One entry of route-bundle-stats.json. */
export interface RouteBundleStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

/** The routes a visitor lands on; the others (press API docs, verify, 404) are not in the report. */
export const mainRoutes = [
  '/[lang]',
  '/[lang]/products',
  '/[lang]/products/[slug]',
  '/[lang]/producers',
  '/[lang]/producers/[slug]',
  '/[lang]/where-to-buy',
  '/[lang]/events',
  '/[lang]/news',
  '/[lang]/stats',
] as const;

/** The metric name of a route: `/[lang]` → `home`, `/[lang]/products/[slug]` → `products/[slug]`. */
export function routeKey(route: string): string {
  const rest = route.replace(/^\/\[lang\]/, '').replace(/^\//, '');
  return rest === '' ? 'home' : rest;
}

/**
 * Where a chunk is on disk: the file lists paths from the project root with the build's folder in
 * front (`.next/static/…`); a copied build may still say `.next`, so fall back to its own folder.
 */
export function resolveChunkPath(chunk: string, distDir: string): string {
  if (existsSync(chunk)) return chunk;
  return path.join(distDir, chunk.split(/[\\/]/).slice(1).join('/'));
}

/** `js.<route>.gzKB` and `js.<route>.overBaselineKB` for the main routes, and the baseline. */
export async function measureRouteBundles(distDir: string): Promise<BenchMetrics> {
  const file = path.join(distDir, 'diagnostics', 'route-bundle-stats.json');
  let stats: RouteBundleStats[];
  try {
    stats = JSON.parse(await readFile(file, 'utf8')) as RouteBundleStats[];
  } catch (error) {
    return { 'js.available': false, 'js.reason': `${file}: ${(error as Error).message}` };
  }
  // Routes share most chunks: gzip each file once.
  const gzBytes = new Map<string, number>();
  const sizeOf = async (chunk: string) => {
    const cached = gzBytes.get(chunk);
    if (cached !== undefined) return cached;
    const bytes = gzipSync(await readFile(resolveChunkPath(chunk, distDir)), { level: 9 }).length;
    gzBytes.set(chunk, bytes);
    return bytes;
  };
  const metrics: BenchMetrics = { 'js.baselineGzKB': emptyAppBaselineGzKB };
  for (const route of mainRoutes) {
    const entry = stats.find((s) => s.route === route);
    if (!entry) continue;
    let total = 0;
    for (const chunk of entry.firstLoadChunkPaths) total += await sizeOf(chunk);
    // kB of 1,000 bytes, as the baseline.
    const kB = Math.round(total / 100) / 10;
    metrics[`js.${routeKey(route)}.gzKB`] = kB;
    metrics[`js.${routeKey(route)}.overBaselineKB`] =
      Math.round((kB - emptyAppBaselineGzKB) * 10) / 10;
  }
  return metrics;
}
