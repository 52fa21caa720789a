'use client';

import { useMemo, type FormEvent } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import {
  emptyCatalogueState,
  fromQueryString,
  toQueryString,
  type CatalogueState,
} from '@/lib/catalogue/query-string';
import {
  apiRequestUrl,
  formQueryString,
  SeededSwr,
  useQueryExplorer,
  type QueryCodec,
} from '@/components/search/use-query-explorer';
import { CatalogueFilters, filterValueLabels, type FilterOptions } from './catalogue-filters';
import { CatalogueResults, type ResultsPage } from './catalogue-results';
import type { ProductCardStrings } from './product-card';

/** The catalogue's UI strings (type only: the values arrive as props). */
export type CatalogueStrings = Dictionary['catalogue'];

interface CatalogueExplorerProps {
  lang: string;
  siteUrl: string;
  pageSize: number;
  initialState: CatalogueState;
  initialResults: ResultsPage;
  options: FilterOptions;
  strings: CatalogueStrings;
  cardStrings: ProductCardStrings;
}

const codec: QueryCodec<CatalogueState> = { toQueryString, fromQueryString };
const apiPath = '/api/v1/products';

/**
 * The catalogue's search and filters. The server renders it complete (a GET form and the first page
 * of results), so it works without JavaScript; with JavaScript, each change updates the URL and
 * fetches `/api/v1/products` through SWR instead of loading a new page.
 */
export function CatalogueExplorer(props: CatalogueExplorerProps) {
  const { lang, pageSize, initialState, initialResults } = props;
  return (
    <SeededSwr
      url={apiRequestUrl({ apiPath, lang, pageSize, codec }, initialState)}
      data={initialResults}
    >
      <Explorer {...props} />
    </SeededSwr>
  );
}

function Explorer(props: CatalogueExplorerProps) {
  const { lang, siteUrl, pageSize, initialState, options, strings, cardStrings } = props;
  const pagePath = `/${lang}/products`;
  const filterLabels = useMemo(() => filterValueLabels(options), [options]);
  const explorer = useQueryExplorer<CatalogueState, ResultsPage>({
    pagePath,
    apiPath,
    lang,
    pageSize,
    initialState,
    codec,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    explorer.apply(stateFromForm(event.currentTarget));
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <CatalogueFilters
        action={pagePath}
        resetKey={explorer.resetKey}
        state={explorer.state}
        options={options}
        strings={strings}
        onSubmit={onSubmit}
        onChange={(form, isTyping) => explorer.apply(stateFromForm(form), { isTyping })}
        onClear={() => explorer.apply(emptyCatalogueState, { redrawForm: true })}
      />
      <CatalogueResults
        lang={lang}
        siteUrl={siteUrl}
        pagePath={pagePath}
        state={explorer.requested}
        results={explorer.results}
        isLoading={explorer.isLoading}
        hasError={explorer.hasError}
        strings={strings}
        cardStrings={cardStrings}
        filterLabels={filterLabels}
        onNavigate={(next) => explorer.apply(next, { redrawForm: true })}
      />
    </div>
  );
}

/** Reads the filter form as a catalogue state; any change of filters goes back to page 1. */
function stateFromForm(form: HTMLFormElement): CatalogueState {
  const state = fromQueryString(formQueryString(form));
  // "Valid" alone is the default: leave it out of the URL.
  const status = state.status.length === 1 && state.status[0] === 'valid' ? [] : state.status;
  return { ...state, status, page: 1 };
}
