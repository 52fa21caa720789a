/**
 * Figure sets in one language: row labels, column headings, the source line and the links from a row
 * to the list it counts (the catalogue filtered by stars, the directory by type…). The page, the
 * downloads and the API all read these, so they label everything the same way.
 */
import type { Dataset } from '../content/schema';
import type { Dictionary } from '../i18n/dictionary';
import { formatDate, formatNumber } from '../i18n/format';
import { fill, localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import {
  potentialFiveStarKey,
  type FigureColumn,
  type FigureId,
  type FigureRow,
  type FigureSet,
  type Figures,
} from './figures';

export interface LocalizedFigureRow extends FigureRow {
  label: string;
  /** The list this row counts, as a site path (`/vi/products?stars=4`), when the site has one. */
  href?: string;
  /** The row that gathers the places a shortened set leaves out (`gatherSmallestPlaces`). */
  isRemainder?: true;
}

export interface LocalizedColumn {
  key: FigureColumn;
  label: string;
}

export interface LocalizedFigureSet extends Omit<FigureSet, 'rows' | 'columns' | 'source'> {
  title: string;
  description: string;
  columns: { key: LocalizedColumn; value: LocalizedColumn; setAside?: LocalizedColumn };
  rows: LocalizedFigureRow[];
  source: { organisations: Array<{ slug: string; name: string }>; line: string };
  /** Text alternative of the chart: every value, then the total. */
  summary: string;
  /** What the bars leave out, said in words (the cancelled events, the places gathered). */
  note?: string;
}

export interface LocalizedFigures {
  lang: Locale;
  asOf: string;
  sets: LocalizedFigureSet[];
}

export interface LocalizeContext {
  lang: Locale;
  dict: Dictionary;
  data: Pick<Dataset, 'settings' | 'areas' | 'groupScheme'>;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The context with the places by slug: a national set has about 1,100 rows of places. */
interface LabelContext extends LocalizeContext {
  areaBySlug: ReadonlyMap<string, Dataset['areas'][number]>;
}

/** Names a row from its key, in the way the rest of the site names the same thing. */
function rowLabel(set: FigureSet, row: FigureRow, context: LabelContext): string {
  const { dict, lang, data } = context;
  switch (set.columns.key) {
    case 'stars':
      return row.key === potentialFiveStarKey
        ? dict.stats.potentialWithin
        : fill(dict.stars.count, { count: row.key });
    case 'group': {
      const group = data.groupScheme.groups.find((g) => g.code === row.key);
      return group ? localizedString(group.name, lang) : row.key;
    }
    case 'region':
      return dict.regions[row.key as keyof Dictionary['regions']] ?? row.key;
    case 'area': {
      const area = context.areaBySlug.get(row.key);
      return area ? capitalise(fill(dict.areaTypes[area.type], { name: area.name })) : row.key;
    }
    case 'producerType':
      return dict.producerTypes[row.key as keyof Dictionary['producerTypes']] ?? row.key;
    case 'retailKind':
      return dict.retailKinds[row.key as keyof Dictionary['retailKinds']] ?? row.key;
    default:
      return row.key;
  }
}

/** The list a row counts, filtered with the same parameter the list's own filters use. */
function rowHref(set: FigureSet, row: FigureRow, lang: Locale): string | undefined {
  if (row.partOf !== undefined) return undefined;
  const key = encodeURIComponent(row.key);
  const productFilters: Partial<Record<FigureColumn, string>> = {
    stars: 'stars',
    group: 'group',
    region: 'region',
    area: 'area',
  };
  const parameter = productFilters[set.columns.key];
  if (set.columns.value === 'products' && parameter) {
    return `/${lang}/products?${parameter}=${key}`;
  }
  if (set.columns.key === 'producerType') return `/${lang}/producers?type=${key}`;
  if (set.columns.key === 'retailKind') return `/${lang}/where-to-buy?kind=${key}`;
  return undefined;
}

/** The chart's text alternative: every row's value, the total, then the note. */
function summarize(
  set: Pick<LocalizedFigureSet, 'title' | 'rows' | 'total' | 'note'>,
  { dict, lang }: Pick<LocalizeContext, 'dict' | 'lang'>,
): string {
  const number = (value: number) => formatNumber(value, lang);
  const values = set.rows.map((row) => `${row.label}: ${number(row.value)}`).join('; ');
  const sentence = fill(dict.stats.chartSummary, {
    title: set.title,
    values,
    total: number(set.total),
  });
  return set.note ? `${sentence} ${set.note}` : sentence;
}

function localizeSet(set: FigureSet, asOf: string, context: LabelContext): LocalizedFigureSet {
  const { dict, lang, data } = context;
  const strings = dict.stats;
  const column = (key: FigureColumn): LocalizedColumn => ({ key, label: strings.columns[key] });
  const rows = set.rows.map((row): LocalizedFigureRow => {
    const href = rowHref(set, row, lang);
    return { ...row, label: rowLabel(set, row, context), ...(href ? { href } : {}) };
  });
  const organisations = set.source.map((slug) => {
    const organisation = data.settings.organisations.find((o) => o.slug === slug);
    return { slug, name: organisation ? localizedString(organisation.name, lang) : slug };
  });
  const { title, description } = strings.figures[set.titleKey];
  const number = (value: number) => formatNumber(value, lang);
  const note =
    set.columns.setAside && set.setAsideTotal !== undefined
      ? fill(strings.cancelledNote, { count: number(set.setAsideTotal) })
      : undefined;
  const summary = summarize({ title, rows, total: set.total, note }, context);
  return {
    id: set.id,
    titleKey: set.titleKey,
    title,
    description,
    columns: {
      key: column(set.columns.key),
      value: column(set.columns.value),
      ...(set.columns.setAside ? { setAside: column(set.columns.setAside) } : {}),
    },
    rows,
    total: set.total,
    ...(set.setAsideTotal !== undefined ? { setAsideTotal: set.setAsideTotal } : {}),
    source: {
      organisations,
      line: fill(strings.source, {
        organisation: organisations.map((o) => o.name).join('; '),
        date: formatDate(asOf, lang),
      }),
    },
    summary,
    ...(note ? { note } : {}),
  };
}

/** Every figure set in one language. */
export function localizeFigures(figures: Figures, context: LocalizeContext): LocalizedFigures {
  const areaBySlug = new Map(context.data.areas.map((area) => [area.slug, area]));
  return {
    lang: context.lang,
    asOf: figures.asOf,
    sets: figures.sets.map((set) => localizeSet(set, figures.asOf, { ...context, areaBySlug })),
  };
}

/** One localized set by id. */
export function getLocalizedSet(figures: LocalizedFigures, id: FigureId): LocalizedFigureSet {
  return figures.sets.find((set) => set.id === id)!;
}

/** How many places the stats page, and the chart files it offers, name one by one. */
export const placesShown = 20;

/** Key of the row that gathers the places a shortened set leaves out. */
export const otherPlacesKey = 'other-places';

/**
 * A set of places, ranked by count, cut for reading: the `keep` places with the most products, then
 * one row that gathers the others (no link: it is not a place) and a note that says so. Other sets
 * come back as they are. The page's chart and table and the chart files show the cut set; the CSV
 * and the API keep every row. At national scale (about 1,100 places with products) the full list
 * made the stats page 1.6 MB of HTML and its chart 70,000 px tall.
 */
export function gatherSmallestPlaces(
  set: LocalizedFigureSet,
  keep: number,
  context: Pick<LocalizeContext, 'dict' | 'lang'>,
): LocalizedFigureSet {
  // Gathering a single place would only hide its name.
  if (set.columns.key.key !== 'area' || set.rows.length <= keep + 1) return set;
  const number = (value: number) => formatNumber(value, context.lang);
  const others = set.rows.slice(keep);
  const remainder: LocalizedFigureRow = {
    key: otherPlacesKey,
    label: fill(context.dict.stats.otherRows, { count: number(others.length) }),
    value: others.reduce((sum, row) => sum + row.value, 0),
    isRemainder: true,
  };
  const gathered = fill(context.dict.stats.placesGathered, {
    shown: number(keep),
    others: number(others.length),
    count: number(set.rows.length),
  });
  const shortened = {
    ...set,
    rows: [...set.rows.slice(0, keep), remainder],
    note: set.note ? `${set.note} ${gathered}` : gathered,
  };
  return { ...shortened, summary: summarize(shortened, context) };
}
