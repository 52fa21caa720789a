'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import useSWR, { SWRConfig, type Cache } from 'swr';
import type { Dictionary } from '@/lib/i18n/dictionary';
import {
  emptyCatalogueState,
  fromQueryString,
  toQueryString,
  type CatalogueState,
} from '@/lib/catalogue/query-string';
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

/** Typing waits this long before asking the API, so a word is one request, not five. */
const typingDelayMs = 300;

const fetchJson = async (url: string): Promise<ResultsPage> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json();
};

/** The API request for a state; the page size is fixed so the server's first page matches it. */
function apiUrl(state: CatalogueState, lang: string, pageSize: number): string {
  return `/api/v1/products${toQueryString(state, { lang, limit: String(pageSize) })}`;
}

/**
 * The catalogue's search and filters. The server renders it complete (a GET form and the first page
 * of results), so it works without JavaScript; with JavaScript, each change updates the URL and
 * fetches `/api/v1/products` through SWR instead of loading a new page.
 */
export function CatalogueExplorer(props: CatalogueExplorerProps) {
  // SWR's cache starts out holding the server's first page under its own key: no request on load,
  // and the back button returning to that query shows it at once.
  const [cache] = useState(
    () =>
      new Map([
        [apiUrl(props.initialState, props.lang, props.pageSize), { data: props.initialResults }],
      ]),
  );
  return (
    <SWRConfig value={{ provider: () => cache as Cache }}>
      <Explorer {...props} />
    </SWRConfig>
  );
}

function Explorer(props: CatalogueExplorerProps) {
  const { lang, siteUrl, pageSize, initialState, options, strings, cardStrings } = props;
  const [state, setState] = useState(initialState);
  // What the API is asked for trails `state` while the visitor is still typing.
  const [requested, setRequested] = useState(initialState);
  const [resetKey, setResetKey] = useState(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pagePath = `/${lang}/products`;
  const filterLabels = useMemo(() => filterValueLabels(options), [options]);

  const { data, error, isValidating } = useSWR<ResultsPage>(
    apiUrl(requested, lang, pageSize),
    fetchJson,
    {
      // While a new query loads, the last results stay on screen.
      keepPreviousData: true,
      revalidateIfStale: false,
      revalidateOnFocus: false,
    },
  );

  /** Applies a new state: URL first (so it can be shared and the back button works), then the fetch. */
  const apply = useCallback(
    (next: CatalogueState, { isTyping = false } = {}) => {
      setState(next);
      clearTimeout(typingTimer.current);
      const commit = () => {
        const url = `${pagePath}${toQueryString(next)}`;
        if (url !== `${window.location.pathname}${window.location.search}`) {
          window.history[isTyping ? 'replaceState' : 'pushState'](null, '', url);
        }
        setRequested(next);
      };
      if (isTyping) typingTimer.current = setTimeout(commit, typingDelayMs);
      else commit();
    },
    [pagePath],
  );

  useEffect(() => {
    const onPopState = () => {
      const restored = fromQueryString(window.location.search);
      setState(restored);
      setRequested(restored);
      setResetKey((key) => key + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      clearTimeout(typingTimer.current);
    };
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(stateFromForm(event.currentTarget));
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <CatalogueFilters
        action={pagePath}
        resetKey={resetKey}
        state={state}
        options={options}
        strings={strings}
        onSubmit={onSubmit}
        onChange={(form, isTyping) => apply(stateFromForm(form), { isTyping })}
        onClear={() => {
          apply(emptyCatalogueState);
          setResetKey((key) => key + 1);
        }}
      />
      <CatalogueResults
        lang={lang}
        siteUrl={siteUrl}
        pagePath={pagePath}
        state={requested}
        results={data}
        isLoading={isValidating}
        hasError={Boolean(error)}
        strings={strings}
        cardStrings={cardStrings}
        filterLabels={filterLabels}
        onNavigate={(next) => {
          apply(next);
          setResetKey((key) => key + 1);
        }}
      />
    </div>
  );
}

/** Reads the filter form as a catalogue state; any change of filters goes back to page 1. */
function stateFromForm(form: HTMLFormElement): CatalogueState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form))
    if (typeof value === 'string' && value) params.append(key, value);
  const state = fromQueryString(params.toString());
  // "Valid" alone is the default: leave it out of the URL.
  const status = state.status.length === 1 && state.status[0] === 'valid' ? [] : state.status;
  return { ...state, status, page: 1 };
}
