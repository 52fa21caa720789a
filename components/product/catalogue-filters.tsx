'use client';

import type { FormEvent, ReactNode } from 'react';
import type { CatalogueState } from '@/lib/catalogue/query-string';
import type { CatalogueStrings } from './catalogue-explorer';

interface Option {
  value: string;
  label: string;
}

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

const fieldsetClass = 'border-t border-stone-200 pt-4';
const legendClass = 'mb-2 font-semibold';

function Checkboxes({
  name,
  options,
  checked,
}: {
  name: string;
  options: Option[];
  checked: string[];
}) {
  return (
    <ul className="space-y-1">
      {options.map((option) => (
        <li key={option.value}>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="mt-1 size-4 accent-brand-800"
            />
            <span>{option.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The search box and filters as a plain GET form: without JavaScript, "Apply" loads the filtered
 * page; with it, every change is reported through `onChange` and the page updates in place.
 * Inputs are uncontrolled (typing stays smooth); `resetKey` redraws them when the state changes
 * from outside the form.
 */
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
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-ink placeholder:text-stone-600"
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
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2"
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
      <div className={fieldsetClass}>
        <label htmlFor="catalogue-area" className={`${legendClass} block`}>
          {strings.area}
        </label>
        <select
          id="catalogue-area"
          name="area"
          defaultValue={state.area[0] ?? ''}
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2"
        >
          <option value="">{strings.anyArea}</option>
          {options.areas.map((region) => (
            <optgroup key={region.region} label={region.label}>
              {region.areas.map((area) => (
                <option key={area.value} value={area.value}>
                  {area.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
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
        <button
          type="submit"
          className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
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
