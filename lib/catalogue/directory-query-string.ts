/**
 * Supplier directory state ⇄ URL query, as `query-string.ts` is for the catalogue. Client-safe (no
 * zod): the directory island keeps the URL in step; the server validates what arrives.
 */
import type { ProducerQuery } from './producer-query';

/** Parameters that hold lists, in the order they appear in URLs. */
export const directoryListParameters = ['type', 'region', 'area', 'group', 'stars'] as const;
/** Yes/no filters: `=true` or `=false` narrow the list, absent means either. */
export const directoryFlags = ['wholesale', 'export'] as const;

export type DirectoryState = Omit<ProducerQuery, 'limit' | 'lang'>;

export const emptyDirectoryState: DirectoryState = {
  q: undefined,
  type: [],
  region: [],
  area: [],
  group: [],
  stars: [],
  wholesale: undefined,
  export: undefined,
  sort: undefined,
  page: 1,
};

/** The query string of a state, leaving out defaults so URLs stay short and shareable. */
export function toDirectoryQueryString(
  state: DirectoryState,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (state.q?.trim()) params.set('q', state.q.trim());
  for (const key of directoryListParameters)
    for (const value of state[key]) params.append(key, String(value));
  for (const key of directoryFlags) {
    const value = state[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a query string back (lenient: the server validates; this only mirrors the URL). */
export function fromDirectoryQueryString(search: string): DirectoryState {
  const params = new URLSearchParams(search);
  const all = (key: string) =>
    params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? undefined,
    type: all('type') as DirectoryState['type'],
    region: all('region') as DirectoryState['region'],
    area: all('area'),
    group: all('group'),
    stars: all('stars')
      .map(Number)
      .filter((n) => n === 3 || n === 4 || n === 5),
    wholesale: readFlag(params.get('wholesale')),
    export: readFlag(params.get('export')),
    sort: (params.get('sort') ?? undefined) as DirectoryState['sort'],
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function readFlag(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}
