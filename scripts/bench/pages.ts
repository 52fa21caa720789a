/**
 * Pages over loopback: time to first byte (until the response headers arrive; the body is then read
 * in full) of the catalogue and of product pages, cold and warm, and the largest HTML page.
 */
import { getCatalogue } from '../../lib/catalogue/catalogue';
import type { Dataset, Product } from '../../lib/content/schema';
import { percentile, type BenchMetrics } from './report';
import { warmUpPaths } from '../../server/warm-up.mjs';
import { timedGet, type RunningServer, type TimedResponse } from './server';

/** app/[lang]/products/[slug]/page.tsx prerenders this many products at build time. */
export const prerenderedProducts = 200;

/**
 * Product slugs in the order generateStaticParams ranks them (featured, then stars, then
 * certificate in force): the first `prerenderedProducts` are built ahead, the rest on demand.
 * Mirrors the page; a change there should be made here.
 */
export function rankForPrerender(dataset: Dataset, today: string): string[] {
  const catalogue = getCatalogue(dataset);
  const isActive = (p: Product) => catalogue.status(p, today) === 'active';
  return [...dataset.products]
    .sort(
      (a, b) =>
        Number(b.isFeatured) - Number(a.isFeatured) ||
        b.stars - a.stars ||
        Number(isActive(b)) - Number(isActive(a)),
    )
    .map((p) => p.slug);
}

/**
 * The product pages to time: `cold`, the last of the ranking (never prerendered), and `warm`, ten
 * spread evenly over the rest of it, so that prerendered and on-demand pages both count.
 */
export function pickProductPages(ranked: readonly string[]): { cold: string; warm: string[] } {
  const cold = ranked.at(-1)!;
  const rest = ranked.slice(0, -1);
  const count = Math.min(10, rest.length);
  const warm = Array.from(
    { length: count },
    (_, i) => rest[Math.floor((i * rest.length) / count)]!,
  );
  return { cold, warm: warm.length > 0 ? warm : [cold] };
}

/**
 * The timed product pages that are rendered on demand, not at build time: `cold` and those of
 * `warm` ranked past the prerendered ones.
 */
export function onDemandProductPages(
  ranked: readonly string[],
  picked: { cold: string; warm: string[] },
): string[] {
  const rank = new Map(ranked.map((slug, i) => [slug, i]));
  return [...new Set([...picked.warm, picked.cold])].filter(
    (slug) => (rank.get(slug) ?? 0) >= prerenderedProducts,
  );
}

/**
 * Pages fetched for their size besides the catalogue and product pages: the main lists, a
 * producer, and one news article of each kind (a rating round's results list every product the
 * round rated, so they grow with the catalogue).
 */
export function sizeSamplePaths(dataset: Dataset): string[] {
  const producer = dataset.producers[0]?.slug;
  const articleOfEachKind = new Map<string, string>();
  for (const article of dataset.articles) {
    if (!articleOfEachKind.has(article.kind)) articleOfEachKind.set(article.kind, article.slug);
  }
  return [
    '/vi',
    '/vi/producers',
    '/vi/where-to-buy',
    '/vi/events',
    '/vi/news',
    '/vi/stats',
    ...(producer ? [`/vi/producers/${producer}`] : []),
    ...[...articleOfEachKind.values()].map((slug) => `/vi/news/${slug}`),
  ];
}

/** Longest wait for a page: a cold server may load the whole dataset first. */
const pageTimeoutMs = 300_000;

/**
 * Cold and warm TTFB of /vi/products and of product pages, and the largest HTML page. Run it first
 * on a fresh server: the cold figures are the first requests to those pages after start. Also
 * returns the product pages it had rendered on demand, for measurePagesAfterRestart.
 */
export async function measurePages(
  server: RunningServer,
  dataset: Dataset,
  today: string,
  note: (message: string) => void,
): Promise<{ metrics: BenchMetrics; onDemandPaths: string[] }> {
  const get = (pathAndQuery: string) => timedGet(server.port, pathAndQuery, pageTimeoutMs);
  const html = new Map<string, TimedResponse>();
  const failures: string[] = [];
  const keep = (pathAndQuery: string, response: TimedResponse) => {
    if (response.status !== 200) failures.push(`${response.status} ${pathAndQuery}`);
    if (!html.has(pathAndQuery)) html.set(pathAndQuery, response);
    return response;
  };
  const ranked = rankForPrerender(dataset, today);
  const products = pickProductPages(ranked);
  const productPath = (slug: string) => `/vi/products/${slug}`;

  note('TTFB: first request to /vi/products, then to a product page built on demand…');
  const coldCatalogue = keep('/vi/products', await get('/vi/products'));
  const coldProduct = keep(productPath(products.cold), await get(productPath(products.cold)));

  const group = dataset.groupScheme.groups[0]!.code;
  const catalogueQueries = [
    '',
    '?q=tra',
    `?group=${group}`,
    '?stars=4,5',
    '?q=mat%20ong&sort=stars',
  ];
  note(`TTFB: /vi/products with ${catalogueQueries.length} query strings, 30 requests…`);
  for (const query of catalogueQueries)
    keep(`/vi/products${query}`, await get(`/vi/products${query}`));
  const catalogueSamples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const pathAndQuery = `/vi/products${catalogueQueries[i % catalogueQueries.length]}`;
    catalogueSamples.push(keep(pathAndQuery, await get(pathAndQuery)).firstByteMs);
  }

  note(`TTFB: ${products.warm.length} product pages, one warm-up each, then 50 requests…`);
  for (const slug of products.warm) keep(productPath(slug), await get(productPath(slug)));
  const productSamples: number[] = [];
  for (let i = 0; i < 50; i++) {
    const pathAndQuery = productPath(products.warm[i % products.warm.length]!);
    productSamples.push(keep(pathAndQuery, await get(pathAndQuery)).firstByteMs);
  }

  note('fetching the main pages and an article of each kind for their HTML size…');
  for (const pathAndQuery of sizeSamplePaths(dataset)) keep(pathAndQuery, await get(pathAndQuery));
  const largest = [...html].reduce((a, b) =>
    Buffer.byteLength(b[1].body) > Buffer.byteLength(a[1].body) ? b : a,
  );
  const largestHead = [...html].reduce((a, b) => (b[1].headBytes > a[1].headBytes ? b : a));

  const metrics: BenchMetrics = {
    'ttfb.catalogue.coldMs': coldCatalogue.firstByteMs,
    'ttfb.catalogue.warmP50Ms': percentile(catalogueSamples, 50),
    'ttfb.catalogue.warmP95Ms': percentile(catalogueSamples, 95),
    // Until the last byte: a page with a static shell sends its headers before the data is read.
    'ttfb.catalogue.coldAllMs': coldCatalogue.ms,
    'ttfb.product.coldMs': coldProduct.firstByteMs,
    'ttfb.product.coldAllMs': coldProduct.ms,
    'ttfb.product.coldPath': productPath(products.cold),
    'ttfb.product.coldRank': `${ranked.length} of ${ranked.length} (prerendered: first ${prerenderedProducts})`,
    'ttfb.product.warmP50Ms': percentile(productSamples, 50),
    'ttfb.product.warmP95Ms': percentile(productSamples, 95),
    'ttfb.product.warmMaxMs': Math.max(...productSamples),
    // kB of 1,000 bytes, uncompressed, as sent without Accept-Encoding.
    'html.largestKB': Math.round(Buffer.byteLength(largest[1].body) / 100) / 10,
    'html.largestPath': largest[0],
    'html.pages': html.size,
    'html.largestHeadKB': Math.round(largestHead[1].headBytes / 100) / 10,
    'html.largestHeadPath': largestHead[0],
    ...(failures.length > 0
      ? { 'pages.non200': [...new Set(failures)].slice(0, 10).join(', ') }
      : {}),
  };
  return { metrics, onDemandPaths: onDemandProductPages(ranked, products).map(productPath) };
}

/**
 * The first request for each product page rendered on demand before a restart, to a new server on
 * the same build: it should come from the cache on disk, not render again. It is the read a server
 * makes whenever its memory cache (50 MB, about 700 product pages at national scale) has let a page
 * go; cache-handlers/file-system.mjs says why Next alone rendered it again.
 */
export async function measurePagesAfterRestart(
  server: RunningServer,
  onDemandPaths: readonly string[],
): Promise<BenchMetrics> {
  if (onDemandPaths.length === 0) return { 'ttfb.product.afterRestartCached': 'no page to time' };
  // The server's own warm-up requests first: they wait for the dataset, which a new server is
  // still loading, and for the search indexes its warm-up builds meanwhile, so that the reads below
  // are timed alone (behind the warm-up, they took 300–500 ms).
  for (const path of warmUpPaths) await timedGet(server.port, path, pageTimeoutMs);
  const samples: number[] = [];
  let cached = 0;
  for (const pathAndQuery of onDemandPaths) {
    const response = await timedGet(server.port, pathAndQuery, pageTimeoutMs);
    samples.push(response.firstByteMs);
    if (response.status === 200 && response.cache === 'HIT') cached += 1;
  }
  return {
    'ttfb.product.afterRestartP50Ms': percentile(samples, 50),
    'ttfb.product.afterRestartMaxMs': Math.max(...samples),
    'ttfb.product.afterRestartCached': `${cached} of ${samples.length}`,
  };
}
