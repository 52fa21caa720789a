/**
 * The supplier directory's query, shared by `/api/v1/producers` and the CSV export: validated
 * parameters and the pure function that answers them.
 */
import { z } from 'zod';
import type { Dataset, Producer } from '../content/schema';
import { producerTypes, regions, slugSchema } from '../content/schema';
import { locales } from '../i18n/locales';
import { isCertificateValid } from '../ocop/certificate';
import { processShared } from '../process-shared';
import { buildProducerIndex } from '../search/producer-index';
import type { SearchIndex } from '../search/folded-index';
import type { Catalogue } from './catalogue';
import {
  defaultPageSize,
  listParameter,
  maxPageSize,
  maxQueryLength,
  parseQuery,
  singleParameter,
  type QueryIssue,
} from './product-query';

export const producerSorts = ['relevance', 'name', 'products', 'stars'] as const;

const yesNo = z.enum(['true', 'false']).transform((value) => value === 'true');

export const producerQuerySchema = z.object({
  q: singleParameter(
    z.string().trim().max(maxQueryLength, `at most ${maxQueryLength} characters`).optional(),
  ),
  type: listParameter(z.enum(producerTypes)),
  area: listParameter(slugSchema),
  region: listParameter(z.enum(regions)),
  group: listParameter(slugSchema),
  stars: listParameter(z.enum(['3', '4', '5']).transform(Number)),
  wholesale: singleParameter(yesNo.optional()),
  export: singleParameter(yesNo.optional()),
  sort: singleParameter(z.enum(producerSorts).optional()),
  page: singleParameter(z.coerce.number<string | undefined>().int().min(1).max(100_000).default(1)),
  limit: singleParameter(
    z.coerce.number<string | undefined>().int().min(1).max(maxPageSize).default(defaultPageSize),
  ),
  lang: singleParameter(z.enum(locales).default('vi')),
});

export type ProducerQuery = z.output<typeof producerQuerySchema>;

export const parseProducerQuery = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
) => parseQuery(producerQuerySchema, input);

/** Group and area names are checked against the data: an unknown one is an error, not an empty list. */
export function findUnknownProducerValues(query: ProducerQuery, dataset: Dataset): QueryIssue[] {
  const groups = new Set(dataset.groupScheme.groups.map((g) => g.code));
  const areas = new Set(dataset.areas.map((a) => a.slug));
  return [
    ...query.group
      .filter((v) => !groups.has(v))
      .map((v) => ({ parameter: 'group', message: `unknown value "${v}"` })),
    ...query.area
      .filter((v) => !areas.has(v))
      .map((v) => ({ parameter: 'area', message: `unknown value "${v}"` })),
  ];
}

/** What a buyer compares suppliers by: valid certified products, the best rating, the groups. */
export interface ProducerStats {
  certifiedCount: number;
  bestStars: number | undefined;
  groups: Set<string>;
}

// Once per process, not per bundle (lib/process-shared.ts): the producers page and the producers
// API each built their own index otherwise, 1.4–1.9 s apiece at 20,000 products.
const memo = processShared(
  'producer-data',
  () =>
    new WeakMap<
      Catalogue,
      { today: string; stats: Map<string, ProducerStats>; index: SearchIndex }
    >(),
);

/** Stats of every producer on a day, and the producer search index, built once per catalogue and day. */
function producerData(catalogue: Catalogue, today: string) {
  const cached = memo.get(catalogue);
  if (cached?.today === today) return cached;
  const stats = new Map<string, ProducerStats>(
    catalogue.dataset.producers.map((p) => [
      p.slug,
      { certifiedCount: 0, bestStars: undefined, groups: new Set() },
    ]),
  );
  for (const product of catalogue.dataset.products) {
    const entry = stats.get(product.producer);
    if (!entry || !isCertificateValid(catalogue.status(product, today))) continue;
    entry.certifiedCount += 1;
    entry.bestStars = Math.max(entry.bestStars ?? 0, product.stars);
    entry.groups.add(product.group);
  }
  const data = { today, stats, index: cached?.index ?? buildProducerIndex(catalogue.dataset) };
  memo.set(catalogue, data);
  return data;
}

export function getProducerStats(catalogue: Catalogue, slug: string, today: string): ProducerStats {
  return (
    producerData(catalogue, today).stats.get(slug) ?? {
      certifiedCount: 0,
      bestStars: undefined,
      groups: new Set(),
    }
  );
}

const vietnameseCollator = new Intl.Collator('vi');

/** Answers a directory query: search, filters, sort, page. A page past the end is empty, with the true total. */
export function queryProducers(catalogue: Catalogue, query: ProducerQuery, today: string) {
  const { stats, index } = producerData(catalogue, today);
  const searched = query.q?.trim();
  const hits = searched ? index.search(searched) : undefined;
  const candidates: Producer[] = hits
    ? hits.map((h) => catalogue.producer(h.slug)).filter((p) => p !== undefined)
    : catalogue.dataset.producers;
  const statsOf = (p: Producer) => stats.get(p.slug)!;
  const inList = <T>(values: T[], value: T) => values.length === 0 || values.includes(value);
  const matching = candidates.filter((p) => {
    const s = statsOf(p);
    return (
      inList(query.type, p.type) &&
      inList(query.area, p.address.area) &&
      (query.region.length === 0 ||
        query.region.some((r) => r === catalogue.area(p.address.area)?.region)) &&
      (query.group.length === 0 || query.group.some((g) => s.groups.has(g))) &&
      (query.stars.length === 0 ||
        (s.bestStars !== undefined && query.stars.includes(s.bestStars))) &&
      (query.wholesale === undefined || p.wholesale.isAvailable === query.wholesale) &&
      (query.export === undefined || p.wholesale.exportMarkets.length > 0 === query.export)
    );
  });
  const byName = (a: Producer, b: Producer) => vietnameseCollator.compare(a.name.vi, b.name.vi);
  const sort = query.sort ?? (searched ? 'relevance' : 'name');
  if (sort === 'name') matching.sort(byName);
  if (sort === 'products')
    matching.sort((a, b) => statsOf(b).certifiedCount - statsOf(a).certifiedCount || byName(a, b));
  if (sort === 'stars')
    matching.sort(
      (a, b) => (statsOf(b).bestStars ?? 0) - (statsOf(a).bestStars ?? 0) || byName(a, b),
    );
  if (sort === 'relevance' && !hits) matching.sort(byName);
  const start = (query.page - 1) * query.limit;
  return {
    items: matching.slice(start, start + query.limit),
    all: matching,
    total: matching.length,
    page: query.page,
    limit: query.limit,
  };
}
