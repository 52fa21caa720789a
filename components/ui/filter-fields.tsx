import type { ReactNode } from 'react';

/** One choice in a filter: the value sent in the URL and how it reads. */
export interface Option {
  value: string;
  label: string;
}

export const fieldsetClass = 'border-t border-stone-200 pt-4';
export const legendClass = 'mb-2 font-semibold';
export const selectClass = 'w-full rounded-md border border-stone-400 bg-white px-3 py-2';
export const searchInputClass =
  'w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-ink placeholder:text-stone-600';
export const submitButtonClass =
  'rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900';

/** Uncontrolled checkboxes (the form is read as a whole on change or submit). */
export function Checkboxes({
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

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A select of places grouped by region, with "any" first. */
export function AreaSelect({
  id,
  label,
  anyLabel,
  areas,
  selected,
}: {
  id: string;
  label: string;
  anyLabel: string;
  areas: Array<{ region: string; label: string; areas: Option[] }>;
  selected: string | undefined;
}) {
  return (
    <div className={fieldsetClass}>
      <label htmlFor={id} className={`${legendClass} block`}>
        {label}
      </label>
      <select id={id} name="area" defaultValue={selected ?? ''} className={selectClass}>
        <option value="">{anyLabel}</option>
        {areas.map((region) => (
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
  );
}
