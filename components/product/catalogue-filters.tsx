'use client';

import type { FormEvent } from 'react';
import type { CatalogueState } from '@/lib/catalogue/query-string';
import {
  AreaSelect,
  Checkboxes,
  Fieldset,
  searchInputClass,
  selectClass,
  submitButtonClass,
  type Option,
} from '@/components/ui/filter-fields';
import type { CatalogueStrings } from './catalogue-explorer';

export interface FilterOptions {
  groups: Array<Option & { subgroups: Option[] }>;
  stars: Option[];
  regions: Option[];
  areas: Array<{ region: string; label: string; areas: Option[] }>;
  producerTypes: Option[];
  statuses: Option[];
  sorts: Option[];
}

interface CatalogueFiltersProps {
  action: string;
  /** Changes when the inputs must be redrawn from `state` (back button, "clear all"), not while typing. */
  resetKey: number;
  state: CatalogueState;
  options: FilterOptions;
  strings: CatalogueStrings;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onChange: (form: HTMLFormElement, isTyping: boolean) => void;
  onClear: () => void;
}

/** "group:food" → "Food": how each filter value reads, for the chips that remove one. */
export function filterValueLabels(options: FilterOptions): Record<string, string> {
  const entries: Array<[string, string]> = [
    ...options.groups.flatMap((g) => [
      [`group:${g.value}`, g.label] as [string, string],
      ...g.subgroups.map((s): [string, string] => [`subgroup:${s.value}`, s.label]),
    ]),
    ...options.stars.map((o): [string, string] => [`stars:${o.value}`, o.label]),
    ...options.regions.map((o): [string, string] => [`region:${o.value}`, o.label]),
    ...options.areas.flatMap((r) =>
      r.areas.map((o): [string, string] => [`area:${o.value}`, o.label]),
    ),
    ...options.producerTypes.map((o): [string, string] => [`producerType:${o.value}`, o.label]),
    ...options.statuses.map((o): [string, string] => [`status:${o.value}`, o.label]),
  ];
  return Object.fromEntries(entries);
}

/**
 * The search box and filters as a plain GET form: without JavaScript, "Apply" loads the filtered
 * page; with it, every change is reported through `onChange` and the page updates in place.
 * Inputs are uncontrolled (typing stays smooth); `resetKey` redraws them when the state changes
 * from outside the form.
 */
export function CatalogueFilters({
  action,
  resetKey,
  state,
  options,
  strings,
  onSubmit,
  onChange,
  onClear,
}: CatalogueFiltersProps) {
  return (
    <form
      key={resetKey}
      action={action}
      method="get"
      role="search"
      aria-label={strings.filtersHeading}
      onSubmit={onSubmit}
      onChange={(event) =>
        onChange(
          event.currentTarget,
          event.target instanceof HTMLInputElement && event.target.type === 'search',
        )
      }
      className="space-y-4 text-sm"
    >
      <div>
        <label htmlFor="catalogue-q" className="mb-1 block font-semibold">
          {strings.searchLabel}
        </label>
        <input
          id="catalogue-q"
          name="q"
          type="search"
          defaultValue={state.q ?? ''}
          placeholder={strings.searchPlaceholder}
          maxLength={200}
          className={searchInputClass}
        />
      </div>
      <div>
        <label htmlFor="catalogue-sort" className="mb-1 block font-semibold">
          {strings.sort}
        </label>
        <select
          id="catalogue-sort"
          name="sort"
          defaultValue={state.sort ?? ''}
          className={selectClass}
        >
          {options.sorts.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Fieldset legend={strings.stars}>
        <Checkboxes name="stars" options={options.stars} checked={state.stars.map(String)} />
      </Fieldset>
      <Fieldset legend={strings.group}>
        <ul className="space-y-2">
          {options.groups.map((group) => (
            <li key={group.value}>
              <label className="flex items-start gap-2 font-medium">
                <input
                  type="checkbox"
                  name="group"
                  value={group.value}
                  defaultChecked={state.group.includes(group.value)}
                  className="mt-1 size-4 accent-brand-800"
                />
                <span>{group.label}</span>
              </label>
              <div className="mt-1 ml-6">
                <Checkboxes name="subgroup" options={group.subgroups} checked={state.subgroup} />
              </div>
            </li>
          ))}
        </ul>
      </Fieldset>
      <Fieldset legend={strings.region}>
        <Checkboxes name="region" options={options.regions} checked={state.region} />
      </Fieldset>
      <AreaSelect
        id="catalogue-area"
        label={strings.area}
        anyLabel={strings.anyArea}
        areas={options.areas}
        selected={state.area[0]}
      />
      <Fieldset legend={strings.producerType}>
        <Checkboxes
          name="producerType"
          options={options.producerTypes}
          checked={state.producerType}
        />
      </Fieldset>
      <Fieldset legend={strings.status}>
        <Checkboxes
          name="status"
          options={options.statuses}
          checked={state.status.length > 0 ? state.status : ['valid']}
        />
      </Fieldset>
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
        <button type="submit" className={submitButtonClass}>
          {strings.apply}
        </button>
        <a
          href={action}
          className="self-center"
          onClick={(event) => {
            event.preventDefault();
            onClear();
          }}
        >
          {strings.clearAll}
        </a>
      </div>
    </form>
  );
}
