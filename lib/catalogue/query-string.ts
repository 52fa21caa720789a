/**
 * Catalogue state ⇄ URL query. Client-safe (no zod): the filters island uses it to keep the URL
 * in step with what the visitor ticks, and the server uses it for pagination links.
 */
import type { ProductQuery } from './product-query';

/** Parameters that hold lists, in the order they appear in URLs. */
export const listParameters = [
  'group',
  'subgroup',
  'stars',
  'area',
  'region',
  'producerType',
  'status',
] as const;

export type CatalogueState = Omit<ProductQuery, 'limit' | 'lang'>;

export const emptyCatalogueState: CatalogueState = {
  q: undefined,
  group: [],
  subgroup: [],
  stars: [],
  area: [],
  region: [],
  producerType: [],
  status: [],
  sort: undefined,
  page: 1,
};

/** The query string of a state, leaving out defaults so URLs stay short and shareable. */
export function toQueryString(state: CatalogueState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (state.q?.trim()) params.set('q', state.q.trim());
  for (const key of listParameters)
    for (const value of state[key]) params.append(key, String(value));
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a query string back (lenient: the server validates; this only mirrors the URL). */
export function fromQueryString(search: string): CatalogueState {
  const params = new URLSearchParams(search);
  const all = (key: string) =>
    params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? undefined,
    group: all('group'),
    subgroup: all('subgroup'),
    stars: all('stars')
      .map(Number)
      .filter((n): n is 3 | 4 | 5 => n === 3 || n === 4 || n === 5),
    area: all('area'),
    region: all('region') as CatalogueState['region'],
    producerType: all('producerType') as CatalogueState['producerType'],
    status: all('status') as CatalogueState['status'],
    sort: (params.get('sort') ?? undefined) as CatalogueState['sort'],
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Whether any filter or search narrows the list (the sort and page do not). */
export function hasActiveFilters(state: CatalogueState): boolean {
  return Boolean(state.q?.trim()) || listParameters.some((key) => state[key].length > 0);
}
