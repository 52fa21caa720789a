/**
 * The figures of the stats page, its chart files and `/api/v1/stats`, counted once per content
 * version, day and language instead of once per request.
 *
 * Counting walks every record: at 20,000 products it took 120–190 ms and labelling the rows
 * 30–40 ms, so every call to `/api/v1/stats` or a chart's CSV took 200–300 ms. The figures only
 * change with the content or the day, so the same answer is kept until one of them changes.
 */
import type { Dataset } from '../content/schema';
import type { Dictionary } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import { processShared } from '../process-shared';
import { getFigures } from './figures';
import { localizeFigures, type LocalizedFigures } from './localized-figures';

/** One process's figures: those of one content version and one day, by language. */
const kept = processShared('stats-figures', () => ({
  version: undefined as string | undefined,
  today: undefined as string | undefined,
  byLang: new Map<Locale, LocalizedFigures>(),
}));

/**
 * Every figure set of `dataset` on `today`, labelled in `lang` with `dict` (the dictionary of
 * `lang`). Callers read the answer and never change it: it is shared by every request of the day.
 */
export function getFiguresOfTheDay(
  dataset: Dataset,
  today: string,
  lang: Locale,
  dict: Dictionary,
): LocalizedFigures {
  if (kept.version !== dataset.version || kept.today !== today) {
    kept.version = dataset.version;
    kept.today = today;
    kept.byLang.clear();
  }
  let figures = kept.byLang.get(lang);
  if (figures === undefined) {
    figures = localizeFigures(getFigures(dataset, today), { lang, dict, data: dataset });
    kept.byLang.set(lang, figures);
  }
  return figures;
}
