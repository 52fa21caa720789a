import type { Bar, BarChart } from '../charts/bar-chart';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { LocalizedFigureSet } from './localized-figures';

/** The bars of a figure set: one per row, detail rows and the gathered places marked as such. */
export function toBars(set: LocalizedFigureSet, lang: Locale): Bar[] {
  return set.rows.map((row) => ({
    label: row.label,
    value: row.value,
    valueText: formatNumber(row.value, lang),
    ...(row.partOf !== undefined ? { isDetail: true } : {}),
    ...(row.isRemainder ? { isRemainder: true } : {}),
  }));
}

/** A figure set as a chart: its title, its text alternative and its source line. */
export function toBarChart(set: LocalizedFigureSet, lang: Locale): BarChart {
  return {
    id: `chart-${set.id}`,
    title: set.title,
    description: set.summary,
    bars: toBars(set, lang),
    sourceLine: set.source.line,
    ...(set.note ? { notes: [set.note] } : {}),
  };
}
