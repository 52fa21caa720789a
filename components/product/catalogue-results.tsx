'use client';

import type { MouseEvent } from 'react';
import type { ProductSummary } from '@/lib/api/product-json';
import {
  hasActiveFilters,
  listParameters,
  toQueryString,
  type CatalogueState,
} from '@/lib/catalogue/query-string';
import { fill } from '@/lib/i18n/localize';
import type { CatalogueStrings } from './catalogue-explorer';
import { ProductCard, type ProductCardStrings } from './product-card';

export interface ResultsPage {
  items: ProductSummary[];
  total: number;
  page: number;
  limit: number;
}

interface CatalogueResultsProps {
  lang: string;
  siteUrl: string;
  pagePath: string;
  state: CatalogueState;
  results: ResultsPage | undefined;
  isLoading: boolean;
  hasError: boolean;
  strings: CatalogueStrings;
  cardStrings: ProductCardStrings;
  filterLabels: Record<string, string>;
  onNavigate: (state: CatalogueState) => void;
}

/** The active filters one by one, each with the state that would remain without it. */
function removableFilters(
  state: CatalogueState,
  labels: Record<string, string>,
): Array<{ label: string; without: CatalogueState }> {
  const filters: Array<{ label: string; without: CatalogueState }> = [];
  if (state.q?.trim())
    filters.push({ label: `“${state.q.trim()}”`, without: { ...state, q: undefined, page: 1 } });
  for (const key of listParameters) {
    for (const value of state[key] as Array<string | number>) {
      const remaining = (state[key] as Array<string | number>).filter((v) => v !== value);
      filters.push({
        label: labels[`${key}:${value}`] ?? String(value),
        without: { ...state, [key]: remaining, page: 1 },
      });
    }
  }
  return filters;
}

export function CatalogueResults(props: CatalogueResultsProps) {
  const {
    lang,
    siteUrl,
    pagePath,
    state,
    results,
    isLoading,
    hasError,
    strings,
    cardStrings,
    filterLabels,
    onNavigate,
  } = props;
  const linkTo = (next: CatalogueState) => ({
    href: `${pagePath}${toQueryString(next)}`,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault();
      onNavigate(next);
      document.getElementById('catalogue-results')?.focus();
    },
  });
  const total = results?.total ?? 0;
  const pages = results ? Math.max(1, Math.ceil(total / results.limit)) : 1;
  const from = results && total > 0 ? (results.page - 1) * results.limit + 1 : 0;
  const to = results ? Math.min(total, results.page * results.limit) : 0;

  return (
    <section
      id="catalogue-results"
      tabIndex={-1}
      aria-labelledby="catalogue-count"
      aria-busy={isLoading}
      className="focus:outline-none"
    >
      <div role="status">
        <h2 id="catalogue-count" className="text-lg font-semibold">
          {total === 1 ? strings.resultCountOne : fill(strings.resultCount, { count: total })}
          {total > 0 && (
            <span className="ml-2 text-sm font-normal text-stone-700">
              {fill(strings.resultRange, { from, to, count: total })}
            </span>
          )}
          {isLoading && (
            <span className="ml-2 text-sm font-normal text-stone-700">{strings.loading}</span>
          )}
        </h2>
      </div>
      {hasError && (
        <p role="alert" className="mt-2 rounded bg-red-50 p-3 text-red-800">
          {strings.fetchError}
        </p>
      )}

      {results && results.items.length > 0 ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {results.items.map((product) => (
            <li key={product.slug}>
              <ProductCard product={product} lang={lang} siteUrl={siteUrl} strings={cardStrings} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-4 rounded-lg border border-dashed border-stone-400 p-6">
          <h2 className="text-xl font-bold">{strings.emptyTitle}</h2>
          <p className="mt-2">{strings.emptyBody}</p>
          {hasActiveFilters(state) && (
            <ul className="mt-3 flex flex-wrap gap-2">
              {removableFilters(state, filterLabels).map((filter) => (
                <li key={filter.label}>
                  <a
                    {...linkTo(filter.without)}
                    className="inline-block rounded-full bg-stone-100 px-3 py-1 text-sm"
                  >
                    {fill(strings.removeFilter, { label: filter.label })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {pages > 1 && results && (
        <nav aria-label={strings.pagination} className="mt-8 flex flex-wrap items-center gap-4">
          {results.page > 1 && (
            <a {...linkTo({ ...state, page: results.page - 1 })} rel="prev">
              {strings.previous}
            </a>
          )}
          <span>{fill(strings.pageOf, { page: results.page, pages })}</span>
          {results.page < pages && (
            <a {...linkTo({ ...state, page: results.page + 1 })} rel="next">
              {strings.next}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
