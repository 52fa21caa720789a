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

/**
 * How much gzipped JS a route may load first beyond the empty app's, in kB. Most pages carry only
 * the shell's small client parts (menu, language switch: about 10 kB); the list pages add their
 * filters and SWR, the map page its explorer (Leaflet itself loads later, only with the map).
 * Raise a budget only with a reason in the commit: `npm test` fails when a route goes over.
 */
export const defaultBudgetOverBaselineKB = 15;
export const routeBudgetsOverBaselineKB: Record<string, number> = {
  '/[lang]/products': 25,
  '/[lang]/producers': 25,
  '/[lang]/where-to-buy': 30,
};

export const budgetOf = (route: string): number =>
  routeBudgetsOverBaselineKB[route] ?? defaultBudgetOverBaselineKB;

export interface RouteBundle {
  route: string;
  /** Gzipped first-load JS, kB of 1,000 bytes (as the baseline), one decimal. */
  gzKB: number;
  overBaselineKB: number;
}

/** First-load JS of every route of the build; throws when the build has no bundle report. */
export async function readRouteBundles(distDir: string): Promise<RouteBundle[]> {
  const file = path.join(distDir, 'diagnostics', 'route-bundle-stats.json');
  const stats = JSON.parse(await readFile(file, 'utf8')) as RouteBundleStats[];
  // Routes share most chunks: gzip each file once.
  const gzBytes = new Map<string, number>();
  const sizeOf = async (chunk: string) => {
    const cached = gzBytes.get(chunk);
    if (cached !== undefined) return cached;
    const bytes = gzipSync(await readFile(resolveChunkPath(chunk, distDir)), { level: 9 }).length;
    gzBytes.set(chunk, bytes);
    return bytes;
  };
  const bundles: RouteBundle[] = [];
  for (const entry of stats) {
    let total = 0;
    for (const chunk of entry.firstLoadChunkPaths) total += await sizeOf(chunk);
    const gzKB = Math.round(total / 100) / 10;
    const overBaselineKB = Math.round((gzKB - emptyAppBaselineGzKB) * 10) / 10;
    bundles.push({ route: entry.route, gzKB, overBaselineKB });
  }
  return bundles;
}

/** `js.<route>.gzKB` and `js.<route>.overBaselineKB` for the main routes, and the baseline. */
export async function measureRouteBundles(distDir: string): Promise<BenchMetrics> {
  let bundles: RouteBundle[];
  try {
    bundles = await readRouteBundles(distDir);
  } catch (error) {
    return { 'js.available': false, 'js.reason': (error as Error).message };
  }
  const metrics: BenchMetrics = { 'js.baselineGzKB': emptyAppBaselineGzKB };
  for (const route of mainRoutes) {
    const bundle = bundles.find((b) => b.route === route);
    if (!bundle) continue;
    metrics[`js.${routeKey(route)}.gzKB`] = bundle.gzKB;
    metrics[`js.${routeKey(route)}.overBaselineKB`] = bundle.overBaselineKB;
  }
  return metrics;
}
