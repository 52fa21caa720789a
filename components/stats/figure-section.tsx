import { PageLink } from '@/components/ui/page-link';
import { renderBarChartSvg } from '@/lib/charts/bar-chart';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatNumber } from '@/lib/i18n/format';
import { fill } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import { chartDownloadPath, chartFileName, chartFormats } from '@/lib/stats/downloads';
import { toBarChart } from '@/lib/stats/figure-chart';
import type { LocalizedFigureSet } from '@/lib/stats/localized-figures';

interface FigureSectionProps {
  set: LocalizedFigureSet;
  asOf: string;
  lang: Locale;
  dict: Dictionary;
}

const cell = 'py-1.5 pr-4';

/**
 * One figure set: the chart (SVG markup drawn on the server), the same figures as a table beside it,
 * what the chart leaves out and the source line, and the downloads (SVG, PNG, CSV).
 */
export function FigureSection({ set, asOf, lang, dict }: FigureSectionProps) {
  const t = dict.stats;
  const headingId = `${set.id}-heading`;
  const number = (value: number) => formatNumber(value, lang);
  const downloadLabels = { svg: t.downloadSvg, png: t.downloadPng, csv: t.downloadCsv };
  // The markup comes from lib/charts, which escapes every text it draws.
  const svg = renderBarChartSvg(toBarChart(set, lang), 'inline');
  return (
    <section id={set.id} aria-labelledby={headingId} className="scroll-mt-4">
      <h2 id={headingId} className="text-2xl font-bold">
        {set.title}
      </h2>
      <p className="mt-2 max-w-3xl text-stone-800">{set.description}</p>
      {set.rows.length === 0 ? (
        <p className="mt-4">{t.empty}</p>
      ) : (
        <div className="mt-4 grid items-start gap-8 lg:grid-cols-[3fr_2fr]">
          <figure className="min-w-0">
            <div dangerouslySetInnerHTML={{ __html: svg }} />
            <figcaption className="mt-2 space-y-1 text-sm text-stone-700">
              {set.note && <p>{set.note}</p>}
              <p>{set.source.line}</p>
            </figcaption>
          </figure>
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left font-semibold">
              {fill(t.tableCaption, { title: set.title })}
            </caption>
            <thead>
              <tr className="border-b-2 border-stone-300">
                <th scope="col" className={cell}>
                  {set.columns.key.label}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {set.columns.value.label}
                </th>
                {set.columns.setAside && (
                  <th scope="col" className={`${cell} text-right`}>
                    {set.columns.setAside.label}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {set.rows.map((row) => (
                <tr key={row.key} className="border-b border-stone-200">
                  <th
                    scope="row"
                    className={[
                      cell,
                      'font-normal',
                      row.partOf !== undefined && 'pl-5 italic',
                      row.isRemainder && 'text-stone-700',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    {row.href ? <PageLink href={row.href}>{row.label}</PageLink> : row.label}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{number(row.value)}</td>
                  {set.columns.setAside && (
                    <td className={`${cell} text-right tabular-nums`}>
                      {number(row.setAside ?? 0)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-stone-300 font-semibold">
                <th scope="row" className={cell}>
                  {t.total}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{number(set.total)}</td>
                {set.columns.setAside && (
                  <td className={`${cell} text-right tabular-nums`}>
                    {number(set.setAsideTotal ?? 0)}
                  </td>
                )}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-baseline gap-x-4 gap-y-2 text-sm">
        <span className="font-semibold">{t.downloadsLabel}:</span>
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {chartFormats.map((format) => (
            <li key={format}>
              {/* Plain links, not PageLink: these are files, not pages to navigate to. */}
              <a
                href={chartDownloadPath(lang, set.id, format)}
                download={chartFileName(set.id, lang, asOf, format)}
              >
                {downloadLabels[format]}
                <span className="sr-only">{fill(t.downloadContext, { title: set.title })}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
