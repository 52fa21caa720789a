'use client';

import type { MouseEvent } from 'react';
import type { ProducerCardData } from '@/lib/api/producer-json';
import {
  toDirectoryQueryString,
  type DirectoryState,
} from '@/lib/catalogue/directory-query-string';
import { fill } from '@/lib/i18n/localize';
import type { DirectoryOptions, DirectoryStrings } from './directory-explorer';
import { ProducerCard } from './producer-card';

export interface ProducerResultsPage {
  items: ProducerCardData[];
  total: number;
  page: number;
  limit: number;
}

interface DirectoryResultsProps {
  lang: string;
  pagePath: string;
  state: DirectoryState;
  results: ProducerResultsPage | undefined;
  isLoading: boolean;
  hasError: boolean;
  options: DirectoryOptions;
  strings: DirectoryStrings;
  onNavigate: (state: DirectoryState) => void;
}

/** The count, the CSV export of the same selection, the supplier cards and the pagination. */
export function DirectoryResults(props: DirectoryResultsProps) {
  const { lang, pagePath, state, results, isLoading, hasError, options, strings, onNavigate } =
    props;
  const linkTo = (next: DirectoryState) => ({
    href: `${pagePath}${toDirectoryQueryString(next)}`,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault();
      onNavigate(next);
      document.getElementById('directory-results')?.focus();
    },
  });
  const total = results?.total ?? 0;
  const pages = results ? Math.max(1, Math.ceil(total / results.limit)) : 1;
  const csvUrl = `/data/producers.csv${toDirectoryQueryString({ ...state, page: 1 }, { lang })}`;

  return (
    <section
      id="directory-results"
      tabIndex={-1}
      aria-labelledby="directory-count"
      aria-busy={isLoading}
      className="focus:outline-none"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div role="status">
          <h2 id="directory-count" className="text-lg font-semibold">
            {total === 1 ? strings.resultCountOne : fill(strings.resultCount, { count: total })}
            {isLoading && (
              <span className="ml-2 text-sm font-normal text-stone-700">{strings.loading}</span>
            )}
          </h2>
        </div>
        <a href={csvUrl} download>
          {strings.exportCsv}
        </a>
      </div>
      {hasError && (
        <p role="alert" className="mt-2 rounded bg-red-50 p-3 text-red-800">
          {strings.fetchError}
        </p>
      )}
      {results && results.items.length > 0 ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {results.items.map((producer) => (
            <li key={producer.slug}>
              <ProducerCard
                producer={producer}
                lang={lang}
                typeLabel={options.typeLabels[producer.type]}
                areaLabel={producer.area ? options.areaLabels[producer.area.slug] : undefined}
                strings={strings}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 rounded-lg border border-dashed border-stone-400 p-6">{strings.empty}</p>
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
