/**
 * The body of `/api/v1/stats`: every figure set with its labels in the asked language, the day the
 * figures hold for, where they come from and where each chart can be downloaded.
 */
import { z } from 'zod';
import { singleParameter } from '../catalogue/product-query';
import type { SiteSettings } from '../content/schema';
import { locales } from '../i18n/locales';
import { chartDownloadPath, chartFormats, type ChartFormat } from './downloads';
import type { LocalizedFigures, LocalizedFigureSet } from './localized-figures';

/** The query `/api/v1/stats` takes: only the language of the labels (vi by default). */
export const statsQuerySchema = z.object({
  lang: singleParameter(z.enum(locales).default('vi')),
});

export interface StatsJson {
  lang: LocalizedFigures['lang'];
  asOf: string;
  isSampleData: boolean;
  license: SiteSettings['dataLicense'];
  source: { organisations: Array<{ slug: string; name: string }> };
  figures: Array<
    Omit<LocalizedFigureSet, 'titleKey' | 'rows'> & {
      rows: Array<Omit<LocalizedFigureSet['rows'][number], 'href'> & { url?: string }>;
      downloads: Record<ChartFormat, string>;
    }
  >;
}

/** The API body, with absolute addresses for rows (the list each counts) and downloads. */
export function toStatsJson(
  figures: LocalizedFigures,
  context: { settings: SiteSettings; siteUrl: string },
): StatsJson {
  const { settings, siteUrl } = context;
  const organisations = new Map(
    figures.sets.flatMap((set) => set.source.organisations).map((o) => [o.slug, o]),
  );
  return {
    lang: figures.lang,
    asOf: figures.asOf,
    isSampleData: settings.isSampleData,
    license: settings.dataLicense,
    source: { organisations: [...organisations.values()] },
    figures: figures.sets.map((set) => ({
      id: set.id,
      title: set.title,
      description: set.description,
      columns: set.columns,
      rows: set.rows.map(({ href, ...row }) => ({
        ...row,
        ...(href ? { url: siteUrl + href } : {}),
      })),
      total: set.total,
      ...(set.setAsideTotal !== undefined ? { setAsideTotal: set.setAsideTotal } : {}),
      source: set.source,
      summary: set.summary,
      ...(set.note ? { note: set.note } : {}),
      downloads: Object.fromEntries(
        chartFormats.map((format) => [
          format,
          siteUrl + chartDownloadPath(figures.lang, set.id, format),
        ]),
      ) as Record<ChartFormat, string>,
    })),
  };
}
