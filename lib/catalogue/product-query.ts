/**
 * The catalogue's query: what the products page and `/api/v1/products` accept, validated once, and
 * the pure function that answers it. Both take the same parameters, so a URL copied from the page
 * works against the API and the other way round.
 */
import { z } from 'zod';
import type { Dataset, Product } from '../content/schema';
import { producerTypes, regions, slugSchema } from '../content/schema';
import { locales } from '../i18n/locales';
import {
  certificateStatuses,
  isCertificateValid,
  type CertificateStatus,
} from '../ocop/certificate';
import type { Catalogue } from './catalogue';

export const productSorts = ['relevance', 'stars', 'name', 'newest'] as const;
export type ProductSort = (typeof productSorts)[number];

/** `valid` is the default: active and expiring-soon certificates, what a shopper can trust today. */
export const productStatusFilters = ['valid', ...certificateStatuses, 'all'] as const;
export type ProductStatusFilter = (typeof productStatusFilters)[number];

export const maxQueryLength = 200;
export const maxPageSize = 100;
export const defaultPageSize = 20;

/** A list parameter: repeated (`stars=4&stars=5`) or comma-separated (`stars=4,5`), duplicates removed. */
export const listParameter = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .array(z.string())
    .transform((values) => [
      ...new Set(
        values
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(item).max(50, 'at most 50 values'));

/** A parameter given at most once. */
export const singleParameter = <T extends z.ZodType<unknown, string | undefined>>(schema: T) =>
  z
    .array(z.string())
    .max(1, 'give this parameter once')
    .transform((values) => values[0])
    .pipe(schema);

export const productQuerySchema = z.object({
  q: singleParameter(
    z.string().trim().max(maxQueryLength, `at most ${maxQueryLength} characters`).optional(),
  ),
  group: listParameter(slugSchema),
  subgroup: listParameter(slugSchema),
  stars: listParameter(z.enum(['3', '4', '5']).transform(Number)),
  area: listParameter(slugSchema),
  region: listParameter(z.enum(regions)),
  producerType: listParameter(z.enum(producerTypes)),
  status: listParameter(z.enum(productStatusFilters)),
  sort: singleParameter(z.enum(productSorts).optional()),
  page: singleParameter(z.coerce.number<string | undefined>().int().min(1).max(100_000).default(1)),
  limit: singleParameter(
    z.coerce.number<string | undefined>().int().min(1).max(maxPageSize).default(defaultPageSize),
  ),
  lang: singleParameter(z.enum(locales).default('vi')),
});

export type ProductQuery = z.output<typeof productQuerySchema>;

export interface QueryIssue {
  parameter: string;
  message: string;
}

export type ParsedQuery<T> =
  { ok: true; query: T } | { ok: false; error: string; issues: QueryIssue[] };

/** Collects every parameter the schema knows as a list of strings; other parameters are ignored. */
export function toParameterLists(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  names: readonly string[],
): Record<string, string[]> {
  const get = (name: string): string[] => {
    if (input instanceof URLSearchParams) return input.getAll(name);
    const value = input[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  return Object.fromEntries(names.map((name) => [name, get(name)]));
}

/** One line that says what is wrong with a query, for the `error` field of a 400 answer. */
export function describeIssues(issues: QueryIssue[]): string {
  return `Invalid query: ${issues.map((i) => `${i.parameter}: ${i.message}`).join('; ')}`;
}

/** Validates query parameters against the schema; on failure says which parameter and why. */
export function parseQuery<T extends z.ZodObject>(
  schema: T,
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ParsedQuery<z.output<T>> {
  const result = schema.safeParse(toParameterLists(input, Object.keys(schema.shape)));
  if (result.success) return { ok: true, query: result.data };
  const issues = result.error.issues.map((issue) => ({
    parameter: String(issue.path[0] ?? ''),
    message: issue.message,
  }));
  return {
    ok: false,
    error: describeIssues(issues),
    issues,
  };
}

export const parseProductQuery = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
) => parseQuery(productQuerySchema, input);

/** Values that name records (group, area…) are checked against the data: an unknown one is an error, not an empty list. */
export function findUnknownValues(query: ProductQuery, dataset: Dataset): QueryIssue[] {
  const groups = new Set(dataset.groupScheme.groups.map((g) => g.code));
  const subgroups = new Set(
    dataset.groupScheme.groups.flatMap((g) => g.subgroups.map((s) => s.code)),
  );
  const areas = new Set(dataset.areas.map((a) => a.slug));
  const unknown = (parameter: string, values: string[], known: Set<string>) =>
    values
      .filter((v) => !known.has(v))
      .map((v) => ({ parameter, message: `unknown value "${v}"` }));
  return [
    ...unknown('group', query.group, groups),
    ...unknown('subgroup', query.subgroup, subgroups),
    ...unknown('area', query.area, areas),
  ];
}

export interface ProductResultPage {
  items: Product[];
  total: number;
  page: number;
  limit: number;
}

function matchesStatus(status: CertificateStatus, filters: ProductStatusFilter[]): boolean {
  const wanted = filters.length > 0 ? filters : ['valid'];
  return wanted.some(
    (f) => f === 'all' || f === status || (f === 'valid' && isCertificateValid(status)),
  );
}

/**
 * Answers a catalogue query: full-text search (when `q` is given), then the filters, then the sort
 * and the page. A page past the end is simply empty, with the true total.
 */
export function queryProducts(
  catalogue: Catalogue,
  query: ProductQuery,
  today: string,
): ProductResultPage {
  const searched = query.q?.trim();
  const sort = query.sort ?? (searched ? 'relevance' : 'stars');
  const hits = searched ? catalogue.productIndex.search(searched) : undefined;

  // Candidates (positions in dataset.products) come already in the requested order, so filtering
  // keeps it.
  let candidates: ArrayLike<number> & Iterable<number>;
  if (hits) {
    const positions = hits
      .map((hit) => catalogue.productPosition(hit.slug))
      .filter((position) => position !== undefined);
    if (sort !== 'relevance') {
      const ranks = catalogue.ranksInOrder(sort);
      positions.sort((a, b) => ranks[a]! - ranks[b]!);
    }
    candidates = positions;
  } else {
    candidates = catalogue.positionsInOrder(sort === 'relevance' ? 'stars' : sort);
  }

  const hasFacets = catalogue.productFacets.matcher(query);
  const statuses = catalogue.statusesOn(today);
  const wantedStatuses = new Set(certificateStatuses.filter((s) => matchesStatus(s, query.status)));
  const matching: number[] = [];
  for (const position of candidates) {
    if (hasFacets(position) && wantedStatuses.has(statuses[position]!)) matching.push(position);
  }

  const start = (query.page - 1) * query.limit;
  return {
    items: matching
      .slice(start, start + query.limit)
      .map((position) => catalogue.dataset.products[position]!),
    total: matching.length,
    page: query.page,
    limit: query.limit,
  };
}
