'use client';

import type { FormEvent } from 'react';
import {
  emptyDirectoryState,
  fromDirectoryQueryString,
  toDirectoryQueryString,
  type DirectoryState,
} from '@/lib/catalogue/directory-query-string';
import type { ProducerType } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import {
  AreaSelect,
  Checkboxes,
  Fieldset,
  searchInputClass,
  selectClass,
  submitButtonClass,
  type Option,
} from '@/components/ui/filter-fields';
import {
  apiRequestUrl,
  formQueryString,
  SeededSwr,
  useQueryExplorer,
  type QueryCodec,
} from '@/components/search/use-query-explorer';
import { DirectoryResults, type ProducerResultsPage } from './directory-results';

/** The directory's UI strings (type only: the values arrive as props). */
export type DirectoryStrings = Dictionary['directory'];

/** The choices of each filter, and how types and places read on the cards. */
export interface DirectoryOptions {
  types: Option[];
  regions: Option[];
  areas: Array<{ region: string; label: string; areas: Option[] }>;
  groups: Option[];
  stars: Option[];
  typeLabels: Record<ProducerType, string>;
  areaLabels: Record<string, string>;
}

interface DirectoryExplorerProps {
  lang: string;
  pageSize: number;
  initialState: DirectoryState;
  initialResults: ProducerResultsPage;
  options: DirectoryOptions;
  strings: DirectoryStrings;
}

const codec: QueryCodec<DirectoryState> = {
  toQueryString: toDirectoryQueryString,
  fromQueryString: fromDirectoryQueryString,
};
const apiPath = '/api/v1/producers';

/**
 * The supplier directory's search and filters, built like the catalogue's: a GET form and
 * server-rendered results without JavaScript; in-place updates through `/api/v1/producers` with it.
 */
export function DirectoryExplorer(props: DirectoryExplorerProps) {
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

function Explorer({ lang, pageSize, initialState, options, strings }: DirectoryExplorerProps) {
  const pagePath = `/${lang}/producers`;
  const explorer = useQueryExplorer<DirectoryState, ProducerResultsPage>({
    pagePath,
    apiPath,
    lang,
    pageSize,
    initialState,
    codec,
  });
  const { state } = explorer;
  const stateFromForm = (form: HTMLFormElement): DirectoryState => ({
    ...fromDirectoryQueryString(formQueryString(form)),
    page: 1,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    explorer.apply(stateFromForm(event.currentTarget));
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <form
        key={explorer.resetKey}
        action={pagePath}
        method="get"
        role="search"
        aria-label={strings.filtersHeading}
        onSubmit={onSubmit}
        onChange={(event) =>
          explorer.apply(stateFromForm(event.currentTarget), {
            isTyping: event.target instanceof HTMLInputElement && event.target.type === 'search',
          })
        }
        className="space-y-4 text-sm"
      >
        <div>
          <label htmlFor="directory-q" className="mb-1 block font-semibold">
            {strings.searchLabel}
          </label>
          <input
            id="directory-q"
            name="q"
            type="search"
            defaultValue={state.q ?? ''}
            maxLength={200}
            className={searchInputClass}
          />
        </div>
        <div>
          <label htmlFor="directory-sort" className="mb-1 block font-semibold">
            {strings.sort}
          </label>
          <select
            id="directory-sort"
            name="sort"
            defaultValue={state.sort ?? ''}
            className={selectClass}
          >
            <option value="">{state.q ? strings.sortRelevance : strings.sortName}</option>
            <option value="products">{strings.sortProducts}</option>
            <option value="stars">{strings.sortStars}</option>
            <option value="name">{strings.sortName}</option>
          </select>
        </div>
        <Fieldset legend={strings.type}>
          <Checkboxes name="type" options={options.types} checked={state.type} />
        </Fieldset>
        <Fieldset legend={strings.region}>
          <Checkboxes name="region" options={options.regions} checked={state.region} />
        </Fieldset>
        <AreaSelect
          id="directory-area"
          label={strings.area}
          anyLabel={strings.anyArea}
          areas={options.areas}
          selected={state.area[0]}
        />
        <Fieldset legend={strings.group}>
          <Checkboxes name="group" options={options.groups} checked={state.group} />
        </Fieldset>
        <Fieldset legend={strings.stars}>
          <Checkboxes name="stars" options={options.stars} checked={state.stars.map(String)} />
        </Fieldset>
        <Fieldset legend={strings.takesWholesale}>
          {/* Two lists, one per parameter: spaced as one so each box keeps its 24 px target. */}
          <div className="space-y-1">
            <Checkboxes
              name="wholesale"
              options={[{ value: 'true', label: strings.wholesale }]}
              checked={state.wholesale ? ['true'] : []}
            />
            <Checkboxes
              name="export"
              options={[{ value: 'true', label: strings.export }]}
              checked={state.export ? ['true'] : []}
            />
          </div>
        </Fieldset>
        <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
          <button type="submit" className={submitButtonClass}>
            {strings.apply}
          </button>
          <a
            href={pagePath}
            className="self-center"
            onClick={(event) => {
              event.preventDefault();
              explorer.apply(emptyDirectoryState, { redrawForm: true });
            }}
          >
            {strings.clearAll}
          </a>
        </div>
      </form>
      <DirectoryResults
        lang={lang}
        pagePath={pagePath}
        state={explorer.requested}
        results={explorer.results}
        isLoading={explorer.isLoading}
        hasError={explorer.hasError}
        options={options}
        strings={strings}
        onNavigate={(next) => explorer.apply(next, { redrawForm: true })}
      />
    </div>
  );
}
