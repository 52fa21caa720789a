'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import useSWR, { SWRConfig, type Cache } from 'swr';

/** How a page's state reads from and writes to a URL query string. */
export interface QueryCodec<State> {
  toQueryString: (state: State, extra?: Record<string, string>) => string;
  fromQueryString: (search: string) => State;
}

interface QueryExplorerOptions<State> {
  /** The page whose URL holds the state, e.g. `/vi/products`. */
  pagePath: string;
  /** The API answering the same query, e.g. `/api/v1/products`. */
  apiPath: string;
  lang: string;
  pageSize: number;
  initialState: State;
  codec: QueryCodec<State>;
}

/** Typing waits this long before asking the API, so a word is one request, not five. */
const typingDelayMs = 300;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json() as Promise<T>;
}

/** The API request for a state; the page size is fixed so the server's first page matches it. */
export function apiRequestUrl<State>(
  {
    apiPath,
    lang,
    pageSize,
    codec,
  }: Omit<QueryExplorerOptions<State>, 'pagePath' | 'initialState'>,
  state: State,
): string {
  return `${apiPath}${codec.toQueryString(state, { lang, limit: String(pageSize) })}`;
}

/**
 * SWR with its cache already holding the server's first page under its own key: no request on
 * load, and the back button returning to that query shows it at once.
 */
export function SeededSwr({
  url,
  data,
  children,
}: {
  url: string;
  data: unknown;
  children: ReactNode;
}) {
  const [cache] = useState(() => new Map([[url, { data }]]));
  return <SWRConfig value={{ provider: () => cache as Cache }}>{children}</SWRConfig>;
}

/**
 * The state of a search page held in its URL, answered by its API through SWR. A server-rendered
 * GET form keeps working without JavaScript; with it, `apply` updates the URL (push, or replace while
 * typing) and fetches in place, and the back button restores earlier states.
 */
export function useQueryExplorer<State, Results>(options: QueryExplorerOptions<State>) {
  const { pagePath, initialState, codec } = options;
  const [state, setState] = useState(initialState);
  // What the API is asked for trails `state` while the visitor is still typing.
  const [requested, setRequested] = useState(initialState);
  // Changes when uncontrolled inputs must be redrawn from `state` (back button, "clear all").
  const [resetKey, setResetKey] = useState(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const { data, error, isValidating } = useSWR<Results>(
    apiRequestUrl(options, requested),
    fetchJson<Results>,
    // While a new query loads, the last results stay on screen.
    { keepPreviousData: true, revalidateIfStale: false, revalidateOnFocus: false },
  );

  /** Applies a new state: URL first (so it can be shared and the back button works), then the fetch. */
  const apply = useCallback(
    (next: State, { isTyping = false, redrawForm = false } = {}) => {
      setState(next);
      if (redrawForm) setResetKey((key) => key + 1);
      clearTimeout(typingTimer.current);
      const commit = () => {
        const url = `${pagePath}${codec.toQueryString(next)}`;
        if (url !== `${window.location.pathname}${window.location.search}`) {
          window.history[isTyping ? 'replaceState' : 'pushState'](null, '', url);
        }
        setRequested(next);
      };
      if (isTyping) typingTimer.current = setTimeout(commit, typingDelayMs);
      else commit();
    },
    [pagePath, codec],
  );

  useEffect(() => {
    const onPopState = () => {
      const restored = codec.fromQueryString(window.location.search);
      setState(restored);
      setRequested(restored);
      setResetKey((key) => key + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      clearTimeout(typingTimer.current);
    };
  }, [codec]);

  return {
    state,
    requested,
    resetKey,
    apply,
    results: data,
    hasError: Boolean(error),
    isLoading: isValidating,
  };
}

/** A GET form's fields as a query string (empty values left out). */
export function formQueryString(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form))
    if (typeof value === 'string' && value) params.append(key, value);
  return params.toString();
}
