/**
 * The figures behind /stats and /api/v1/stats, counted from the same records and with the same
 * predicates as the catalogue, the directory, the calendar and the map, so a number on a chart is
 * the number a reader finds by filtering the list. Pure: the caller passes "today".
 */
import { isProductCertified } from '../catalogue/product-status';
import {
  producerTypes,
  regions,
  retailPointKinds,
  starValues,
  type Dataset,
  type Product,
  type RecordSource,
} from '../content/schema';
import { toProvinceDate } from '../time/province-time';

export const figureIds = [
  'products-by-stars',
  'products-by-group',
  'products-by-region',
  'products-by-area',
  'products-by-year',
  'producers-by-type',
  'events-by-year',
  'retail-points-by-kind',
] as const;
export type FigureId = (typeof figureIds)[number];

export function isFigureId(value: unknown): value is FigureId {
  return typeof value === 'string' && (figureIds as readonly string[]).includes(value);
}

/** What a column holds; the dictionary (`dict.stats.columns`) names each one. */
export const figureColumns = [
  'stars',
  'group',
  'region',
  'area',
  'year',
  'producerType',
  'retailKind',
  'products',
  'producers',
  'events',
  'cancelledEvents',
  'retailPoints',
] as const;
export type FigureColumn = (typeof figureColumns)[number];

/** Key of the row that details the potential five-star products counted within four stars. */
export const potentialFiveStarKey = 'potential-5';

export interface FigureRow {
  /** A star count, group code, region, area slug, year, producer type or sales-point kind. */
  key: string;
  value: number;
  /** Set on a row that details part of another row (its key): it is not added to the total. */
  partOf?: string;
  /** Records of this row left out of `value` and counted apart (cancelled events). */
  setAside?: number;
}

/** One table of figures: a chart, its data table, its CSV. Labels come later, per language. */
export interface FigureSet {
  id: FigureId;
  /** Key of the title and description in `dict.stats.figures`. */
  titleKey: FigureId;
  /** `setAside`: a third column of records left out of the values (only cancelled events so far). */
  columns: { key: FigureColumn; value: FigureColumn; setAside?: 'cancelledEvents' };
  rows: FigureRow[];
  /** Sum of the rows that are not part of another row. */
  total: number;
  /** Sum of `setAside` over the rows, when the set has such a column. */
  setAsideTotal?: number;
  /** Slugs of the organisations the counted records come from, most records first. */
  source: string[];
}

export interface Figures {
  /** The day the figures hold for (YYYY-MM-DD in the province). */
  asOf: string;
  sets: FigureSet[];
}

export type FigureData = Pick<
  Dataset,
  'settings' | 'groupScheme' | 'areas' | 'products' | 'producers' | 'events' | 'retailPoints'
>;

const vietnameseCollator = new Intl.Collator('vi');

/** Counts items by a key, keeping the order in which `keys` lists them (zeros included). */
function countInOrder<T>(items: T[], keyOf: (item: T) => string | undefined, keys: string[]) {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const item of items) {
    const key = keyOf(item);
    // A key the order does not know is counted after the rest rather than lost. (References are
    // resolved when content loads, so no record here points at nothing.)
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, value]) => ({ key, value }));
}

/** Every year from the first to the last, so a gap shows as a zero rather than disappearing. */
function yearRange(years: number[]): string[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}

/** Organisations named as the records' source, the most frequent first; the fallback when none. */
function sourcesOf(records: Array<{ source: RecordSource }>, fallback: string): string[] {
  const counts = new Map<string, number>();
  for (const { source } of records) {
    counts.set(source.organisation, (counts.get(source.organisation) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.length > 0 ? ranked.map(([slug]) => slug) : [fallback];
}

function toSet(
  id: FigureId,
  columns: FigureSet['columns'],
  rows: FigureRow[],
  source: string[],
): FigureSet {
  const total = rows.filter((r) => r.partOf === undefined).reduce((sum, r) => sum + r.value, 0);
  const set: FigureSet = { id, titleKey: id, columns, rows, total, source };
  if (columns.setAside) set.setAsideTotal = rows.reduce((sum, r) => sum + (r.setAside ?? 0), 0);
  return set;
}

/** The products the catalogue lists by default on a day: those whose certificate still holds. */
export function getCertifiedProducts(products: Product[], today: string): Product[] {
  return products.filter((p) => isProductCertified(p, today));
}

/**
 * Certified products by stars, best first. Potential five-star products hold four stars and are
 * counted there, as the catalogue's star filter does; a detail row (`partOf: '4'`) reports them.
 */
export function countProductsByStars(certified: Product[]): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const stars of [...starValues].reverse()) {
    rows.push({ key: String(stars), value: certified.filter((p) => p.stars === stars).length });
    if (stars === 4) {
      rows.push({
        key: potentialFiveStarKey,
        value: certified.filter((p) => p.stars === 4 && p.isPotentialFiveStar).length,
        partOf: '4',
      });
    }
  }
  return rows;
}

/** The year a product's certificate was decided (the current decision, not the first one). */
export function certificationYear(product: Product): string {
  return product.certificate.decisionDate.slice(0, 4);
}

/** Every figure set of the stats page, for the content as it stands on `today`. */
export function getFigures(data: FigureData, today: string): Figures {
  const { settings } = data;
  const certified = getCertifiedProducts(data.products, today);
  const productSource = sourcesOf(certified, settings.programmeOwner);
  const areaOf = new Map(data.areas.map((a) => [a.slug, a]));
  const products = (key: FigureColumn) => ({ key, value: 'products' as const });

  const byArea = countInOrder(
    certified,
    (p) => p.area,
    data.areas.map((a) => a.slug),
  )
    .filter((row) => row.value > 0)
    .sort(
      (a, b) =>
        b.value - a.value ||
        vietnameseCollator.compare(
          areaOf.get(a.key)?.name ?? a.key,
          areaOf.get(b.key)?.name ?? b.key,
        ),
    );

  const eventYear = (start: string) => toProvinceDate(new Date(start)).slice(0, 4);
  const eventYears = yearRange(data.events.map((e) => Number(eventYear(e.start))));
  // Cancelled events stay in the calendar (marked), but a year's count is of events held or to come.
  const eventRows = eventYears.map((year) => {
    const ofYear = data.events.filter((e) => eventYear(e.start) === year);
    const cancelled = ofYear.filter((e) => e.status === 'cancelled').length;
    return { key: year, value: ofYear.length - cancelled, setAside: cancelled };
  });

  return {
    asOf: today,
    sets: [
      toSet('products-by-stars', products('stars'), countProductsByStars(certified), productSource),
      toSet(
        'products-by-group',
        products('group'),
        countInOrder(
          certified,
          (p) => p.group,
          data.groupScheme.groups.map((g) => g.code),
        ),
        productSource,
      ),
      toSet(
        'products-by-region',
        products('region'),
        countInOrder(certified, (p) => areaOf.get(p.area)?.region, [...regions]),
        productSource,
      ),
      toSet('products-by-area', products('area'), byArea, productSource),
      toSet(
        'products-by-year',
        products('year'),
        countInOrder(
          certified,
          certificationYear,
          yearRange(certified.map((p) => Number(certificationYear(p)))),
        ),
        productSource,
      ),
      toSet(
        'producers-by-type',
        { key: 'producerType', value: 'producers' },
        countInOrder(data.producers, (p) => p.type, [...producerTypes]),
        sourcesOf(data.producers, settings.programmeOwner),
      ),
      toSet(
        'events-by-year',
        { key: 'year', value: 'events', setAside: 'cancelledEvents' },
        eventRows,
        sourcesOf(data.events, settings.defaultOrganiser),
      ),
      toSet(
        'retail-points-by-kind',
        { key: 'retailKind', value: 'retailPoints' },
        countInOrder(data.retailPoints, (p) => p.kind, [...retailPointKinds]),
        sourcesOf(data.retailPoints, settings.defaultOrganiser),
      ),
    ],
  };
}

/** One figure set by id. */
export function getFigureSet(figures: Figures, id: FigureId): FigureSet {
  return figures.sets.find((set) => set.id === id)!;
}
