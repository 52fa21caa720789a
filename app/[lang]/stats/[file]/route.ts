import { createElement } from 'react';
import { ImageResponse } from 'next/og';
import { jsonError, publicCacheControl } from '@/lib/api/http';
import { BarChartImage, barChartImageSize } from '@/lib/charts/bar-chart-image';
import { renderBarChartSvg } from '@/lib/charts/bar-chart';
import { getDataset, getToday } from '@/lib/content';
import { csvStream } from '@/lib/export/csv';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localizedString } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';
import { getOgFonts, ogFontFamily } from '@/lib/og/fonts';
import { chartContentTypes, chartFileName, parseChartFileName } from '@/lib/stats/downloads';
import { toBarChart } from '@/lib/stats/figure-chart';
import { figureCsvColumns, figureCsvRows } from '@/lib/stats/figure-csv';
import { getFiguresOfTheDay } from '@/lib/stats/figures-of-the-day';
import { gatherSmallestPlaces, getLocalizedSet, placesShown } from '@/lib/stats/localized-figures';

/** Places named on a broadcast image before the others are gathered into one row (12 rows). */
const imagePlaces = 11;

/**
 * GET /{lang}/stats/{figureId}.svg | .png | .csv: one chart of the stats page as a standalone SVG
 * file, a 1920×1080 PNG for television, or its data as CSV (UTF-8 with BOM), labelled in `lang`.
 * The SVG names as many places as the page does, the PNG fewer; the CSV has every row.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; file: string }> },
) {
  const { lang, file } = await params;
  const parsed = parseChartFileName(file);
  if (!isLocale(lang) || !parsed) {
    return jsonError(404, `No chart at /${lang}/stats/${file}: see /api/v1/stats for the list.`);
  }
  const [dataset, today, dict] = await Promise.all([getDataset(), getToday(), getDictionary(lang)]);
  const figures = getFiguresOfTheDay(dataset, today, lang, dict);
  const set = getLocalizedSet(figures, parsed.id);
  const fileName = chartFileName(parsed.id, lang, figures.asOf, parsed.format);
  const headers = {
    'Content-Type': chartContentTypes[parsed.format],
    'Cache-Control': publicCacheControl,
    'Access-Control-Allow-Origin': '*',
  };

  if (parsed.format === 'csv') {
    return new Response(csvStream(figureCsvColumns(set, dict), figureCsvRows(set)), {
      headers: { ...headers, 'Content-Disposition': `attachment; filename="${fileName}"` },
    });
  }
  const sampleLabel = dataset.settings.isSampleData ? dict.sampleNotice.title : undefined;
  if (parsed.format === 'svg') {
    const chart = toBarChart(gatherSmallestPlaces(set, placesShown, { dict, lang }), lang);
    // A file travels without the page around it: it says itself when its data are sample data.
    const notes = [...(chart.notes ?? []), ...(sampleLabel ? [sampleLabel] : [])];
    return new Response(renderBarChartSvg({ ...chart, notes }, 'file'), {
      headers: {
        ...headers,
        'Content-Disposition': `inline; filename="${fileName}"`,
        // Opened on its own, the file may not run or fetch anything.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  }
  // A fixed-size picture has room for fewer places, and none for the note saying so: its last row
  // ("Other places (n)") says it. The set's own note (cancelled events) stays.
  const imageSet = gatherSmallestPlaces(set, imagePlaces, { dict, lang });
  const chart = toBarChart({ ...imageSet, note: set.note }, lang);
  const fonts = await getOgFonts();
  return new ImageResponse(
    createElement(BarChartImage, {
      chart,
      fontFamily: ogFontFamily,
      brand: localizedString(dataset.settings.siteName, lang),
      sampleLabel,
    }),
    {
      ...barChartImageSize,
      fonts,
      headers: { ...headers, 'Content-Disposition': `inline; filename="${fileName}"` },
    },
  );
}
