/**
 * The request mix of the load test: which public URLs a crowd of visitors, partners and feed readers
 * asks for, and how often. Every path is built from the dataset (real slugs, group codes, areas,
 * words from product names), so every request should answer 2xx: a 404 in a load run is a bug in
 * the mix or in the site, never noise.
 *
 * The mix is a list of kinds, each with a weight (its share of requests, in percent) and the paths
 * it rotates through. `toRequestSequence` spreads the kinds over one deterministic cycle, so two runs
 * on the same dataset send the same requests in the same order.
 */
import type { Dataset, Product } from '../../lib/content/schema';
import { foldVietnamese } from '../../lib/search/fold';
import { createRandom } from '../../lib/synth/random';

/** One kind of request: its share of the load and the paths it cycles through in order. */
export interface LoadMixEntry {
  kind: string;
  /** Percent of all requests; the weights of a mix sum to 100. */
  weight: number;
  /** Path and query, URL-encoded, starting with `/`. A path listed twice is asked for twice as often. */
  paths: string[];
}

export interface LoadRequest {
  kind: string;
  path: string;
}

export interface LoadMixOptions {
  /** Picks which records of a large dataset appear in the mix. */
  seed?: number;
  /** At most this many records per kind of detail page (product, producer, event, article). */
  recordsPerKind?: number;
}

/** `/path?a=1&b=2`, with the parameters encoded as a browser would. */
function withQuery(path: string, parameters: Record<string, string>): string {
  const search = new URLSearchParams(parameters).toString();
  return search ? `${path}?${search}` : path;
}

/** Most visitors read Vietnamese: three detail pages in four are asked for in `vi`, one in `en`. */
const langOf = (index: number) => (index % 4 === 3 ? 'en' : 'vi');

/** The value that occurs most often (ties: the first met), or undefined for an empty list. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

/** The first two words of a product name: what people type into the search box. */
const searchWords = (product: Product) => product.name.vi.split(/\s+/).slice(0, 2).join(' ');

/**
 * Builds the weighted mix from the dataset. Throws when the dataset lacks a collection the mix
 * needs (no products, producers, events, articles or sales points): an empty kind would silently
 * shift the load elsewhere.
 */
export function buildLoadMix(dataset: Dataset, options: LoadMixOptions = {}): LoadMixEntry[] {
  const random = createRandom(options.seed ?? 1);
  const perKind = options.recordsPerKind ?? 24;
  const { products, producers, events, articles, retailPoints } = dataset;
  for (const [name, list] of Object.entries({
    products,
    producers,
    events,
    articles,
    retailPoints,
  })) {
    if (list.length === 0) throw new Error(`the dataset has no ${name}: cannot build a load mix`);
  }

  const someProducts = random.sample(products, perKind);
  const [first, second, third] = [
    someProducts[0]!,
    someProducts[1] ?? products[0]!,
    someProducts[2] ?? products[0]!,
  ];
  const topGroup = mostCommon(products.map((p) => p.group))!;
  const topArea = mostCommon(products.map((p) => p.area))!;
  const topPointKind = mostCommon(retailPoints.map((p) => p.kind))!;
  const stockedProduct = mostCommon(retailPoints.flatMap((p) => p.products));

  const catalogueFilters: Record<string, string>[] = [
    { group: topGroup },
    { stars: '4,5', sort: 'name' },
    { area: topArea },
    { q: searchWords(first) },
    { q: foldVietnamese(searchWords(second)), group: second.group },
    { producerType: 'cooperative' },
    { region: 'west', sort: 'newest' },
    { status: 'all', page: '2' },
    { q: searchWords(third), stars: '3,4,5' },
  ];
  const apiProductQueries: Record<string, string>[] = [
    { limit: '20' },
    { q: foldVietnamese(searchWords(first)), limit: '10' },
    { group: topGroup, stars: '4,5' },
    { area: topArea },
    { lang: 'en', sort: 'newest' },
    { page: '2', limit: '10' },
  ];
  const retailPointQueries: Record<string, string>[] = [
    {},
    { kind: topPointKind },
    { region: 'east' },
    ...(stockedProduct ? [{ product: stockedProduct }] : []),
  ];

  const pages = <T extends { slug: string }>(records: readonly T[], section: string) =>
    random.sample(records, perKind).map((r, i) => `/${langOf(i)}/${section}/${r.slug}`);

  return [
    { kind: 'home', weight: 14, paths: ['/vi', '/vi', '/vi', '/en'] },
    { kind: 'catalogue', weight: 10, paths: ['/vi/products', '/vi/products', '/en/products'] },
    {
      kind: 'catalogue-filtered',
      weight: 10,
      paths: catalogueFilters.map((f, i) => withQuery(`/${langOf(i)}/products`, f)),
    },
    { kind: 'product-page', weight: 18, paths: pages(products, 'products') },
    { kind: 'producer-page', weight: 5, paths: pages(producers, 'producers') },
    { kind: 'producer-list', weight: 2, paths: ['/vi/producers', '/en/producers'] },
    {
      kind: 'event-list',
      weight: 4,
      paths: ['/vi/events', '/vi/events?when=past', '/en/events', '/vi/events'],
    },
    { kind: 'event-page', weight: 2, paths: pages(events, 'events') },
    {
      kind: 'where-to-buy',
      weight: 5,
      paths: [
        '/vi/where-to-buy',
        withQuery('/vi/where-to-buy', { kind: topPointKind }),
        '/en/where-to-buy',
        '/vi/where-to-buy',
      ],
    },
    { kind: 'news-list', weight: 3, paths: ['/vi/news', '/vi/news', '/en/news'] },
    { kind: 'news-article', weight: 2, paths: pages(articles, 'news') },
    {
      kind: 'api-products',
      weight: 9,
      paths: apiProductQueries.map((q) => withQuery('/api/v1/products', q)),
    },
    {
      kind: 'api-product',
      weight: 5,
      paths: someProducts.map((p) => `/api/v1/products/${p.slug}`),
    },
    {
      kind: 'api-retail-points',
      weight: 4,
      paths: retailPointQueries.map((q) => withQuery('/api/v1/retail-points', q)),
    },
    { kind: 'feed-news', weight: 2, paths: ['/feeds/news.xml', '/feeds/news.xml?lang=en'] },
    { kind: 'feed-events', weight: 2, paths: ['/feeds/events.ics'] },
    { kind: 'map-data', weight: 3, paths: ['/data/retail-points.geojson'] },
  ];
}

/** Every distinct path of the mix, once each, in mix order: what the warm-up asks for. */
export function distinctRequests(mix: readonly LoadMixEntry[]): LoadRequest[] {
  const seen = new Set<string>();
  const requests: LoadRequest[] = [];
  for (const { kind, paths } of mix) {
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      requests.push({ kind, path });
    }
  }
  return requests;
}

/**
 * One cycle of requests: each kind appears `weight × repeat` times, at shuffled places (seeded), and
 * takes its paths in turn. The load test walks this cycle over and over, so over a run each kind gets
 * its weight's share of the requests exactly, up to one unfinished cycle.
 */
export function toRequestSequence(
  mix: readonly LoadMixEntry[],
  { seed = 1, repeat = 10 }: { seed?: number; repeat?: number } = {},
): LoadRequest[] {
  const random = createRandom(seed);
  const kinds = mix.flatMap((entry) => Array.from({ length: entry.weight * repeat }, () => entry));
  const shuffled = random.sample(kinds, kinds.length);
  const taken = new Map<LoadMixEntry, number>();
  return shuffled.map((entry) => {
    const index = taken.get(entry) ?? 0;
    taken.set(entry, index + 1);
    return { kind: entry.kind, path: entry.paths[index % entry.paths.length]! };
  });
}
