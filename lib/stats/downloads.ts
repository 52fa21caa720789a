/**
 * Addresses of the chart downloads: `/{lang}/stats/{figureId}.{svg|png|csv}`. They sit under the
 * page they come from and carry its language, since every label in them is in that language.
 */
import type { Locale } from '../i18n/locales';
import { isFigureId, type FigureId } from './figures';

export const chartFormats = ['svg', 'png', 'csv'] as const;
export type ChartFormat = (typeof chartFormats)[number];

export const chartContentTypes: Record<ChartFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

/** The site path of one download of one chart. */
export function chartDownloadPath(lang: Locale, id: FigureId, format: ChartFormat): string {
  return `/${lang}/stats/${id}.${format}`;
}

/** Reads the last segment of a download path (`products-by-stars.png`); undefined when unknown. */
export function parseChartFileName(
  name: string,
): { id: FigureId; format: ChartFormat } | undefined {
  const match = /^([a-z0-9-]+)\.([a-z]+)$/.exec(name);
  if (!match) return undefined;
  const [, id, format] = match;
  if (!isFigureId(id) || !(chartFormats as readonly string[]).includes(format!)) return undefined;
  return { id, format: format as ChartFormat };
}

/** The name a saved file gets: what, which language, as of when. */
export function chartFileName(
  id: FigureId,
  lang: Locale,
  asOf: string,
  format: ChartFormat,
): string {
  return `ocop-${id}-${lang}-${asOf}.${format}`;
}
