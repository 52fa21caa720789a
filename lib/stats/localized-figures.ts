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
  /** What the bars leave out, said in words (the cancelled events). */
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

/** Names a row from its key, in the way the rest of the site names the same thing. */
function rowLabel(set: FigureSet, row: FigureRow, context: LocalizeContext): string {
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
      const area = data.areas.find((a) => a.slug === row.key);
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

function localizeSet(set: FigureSet, asOf: string, context: LocalizeContext): LocalizedFigureSet {
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
  const summary = [
    fill(strings.chartSummary, {
      title,
      values: rows.map((row) => `${row.label}: ${number(row.value)}`).join('; '),
      total: number(set.total),
    }),
    ...(note ? [note] : []),
  ].join(' ');
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
  return {
    lang: context.lang,
    asOf: figures.asOf,
    sets: figures.sets.map((set) => localizeSet(set, figures.asOf, context)),
  };
}

/** One localized set by id. */
export function getLocalizedSet(figures: LocalizedFigures, id: FigureId): LocalizedFigureSet {
  return figures.sets.find((set) => set.id === id)!;
}
