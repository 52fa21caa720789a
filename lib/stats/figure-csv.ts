import type { Dictionary } from '../i18n/dictionary';
import type { LocalizedFigureSet } from './localized-figures';

/**
 * The CSV of one chart, headed in the page's language for people who open it in a spreadsheet, with
 * the machine key of each row in the first column for those who join it to other data. Numbers are
 * written plain (no thousands separator), so every spreadsheet reads them as numbers.
 */
export function figureCsvColumns(
  set: LocalizedFigureSet,
  dict: Dictionary,
): Array<{ key: string; header: string }> {
  const columns = [
    { key: 'code', header: dict.stats.columns.code },
    { key: 'label', header: set.columns.key.label },
    { key: 'value', header: set.columns.value.label },
  ];
  if (set.columns.setAside) columns.push({ key: 'setAside', header: set.columns.setAside.label });
  if (set.rows.some((row) => row.partOf !== undefined)) {
    columns.push({ key: 'partOf', header: dict.stats.columns.partOf });
  }
  return columns;
}

/** One record per row of the figure set, in the chart's order. */
export function figureCsvRows(set: LocalizedFigureSet): Array<Record<string, unknown>> {
  return set.rows.map((row) => ({
    code: row.key,
    label: row.label,
    value: row.value,
    setAside: row.setAside ?? '',
    partOf: row.partOf ?? '',
  }));
}
