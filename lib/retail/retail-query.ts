/**
 * The where-to-buy query, shared by `/{lang}/where-to-buy`, `/api/v1/retail-points` and the
 * GeoJSON download: validated parameters and the pure function that answers them.
 */
import { z } from 'zod';
import { getCatalogue, type Catalogue } from '../catalogue/catalogue';
import {
  listParameter,
  maxQueryLength,
  parseQuery,
  singleParameter,
  type QueryIssue,
} from '../catalogue/product-query';
import type { Dataset, Region, RetailPoint } from '../content/schema';
import { regions, retailPointKinds, slugSchema } from '../content/schema';
import { localizedString } from '../i18n/localize';
import { locales, type Locale } from '../i18n/locales';
import { processShared } from '../process-shared';
import { foldVietnamese, tokenize } from '../search/fold';

export const retailPointQuerySchema = z.object({
  /** Words to find in the name, the address, the area (new or former name). */
  q: singleParameter(
    z.string().trim().max(maxQueryLength, `at most ${maxQueryLength} characters`).optional(),
  ),
  kind: listParameter(z.enum(retailPointKinds)),
  area: listParameter(slugSchema),
  region: listParameter(z.enum(regions)),
  /** Points that stock at least one of these products. */
  product: listParameter(slugSchema),
  /** Points that stock at least one product of one of these groups. */
  group: listParameter(slugSchema),
  lang: singleParameter(z.enum(locales).default('vi')),
});

export type RetailPointQuery = z.output<typeof retailPointQuerySchema>;

export const parseRetailPointQuery = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
) => parseQuery(retailPointQuerySchema, input);

/** Areas, products and groups are checked against the data: an unknown one is an error, not an empty list. */
export function findUnknownRetailValues(query: RetailPointQuery, dataset: Dataset): QueryIssue[] {
  // The catalogue's lookups, built once per content version: a set of every product's slug built
  // for each request took 8–10 ms at 20,000 products, on every map request.
  const catalogue = getCatalogue(dataset);
  const isKnown = {
    area: (slug: string) => catalogue.area(slug) !== undefined,
    product: (slug: string) => catalogue.product(slug) !== undefined,
    group: (code: string) => catalogue.group(code) !== undefined,
  };
  return (['area', 'product', 'group'] as const).flatMap((parameter) =>
    query[parameter]
      .filter((value) => !isKnown[parameter](value))
      .map((value) => ({ parameter, message: `unknown value "${value}"` })),
  );
}

/** What the filters look at for one point, computed once per catalogue. */
interface PointFacts {
  /**
   * Names (both languages), address line, area and former names, folded, one field a line, each
   * word after a space: " cho kon tum sap nong san ocop\n kon tum market ocop produce stall…".
   */
  text: string;
  /** The words of `text`. */
  words: Set<string>;
  groups: Set<string>;
  region: Region | undefined;
}

// Once per process, not per bundle (lib/process-shared.ts): the map page, the retail-points API
// and the GeoJSON file would each build their own otherwise.
const memo = processShared(
  'retail-data',
  () =>
    new WeakMap<
      Catalogue,
      { facts: Map<string, PointFacts>; ordered: Partial<Record<Locale, RetailPoint[]>> }
    >(),
);

const vietnameseCollator = new Intl.Collator('vi');

/**
 * Each point's search text, groups and region, built once per catalogue: at national scale (5,000
 * points) a query then only compares strings and sets.
 */
function retailData(catalogue: Catalogue) {
  let data = memo.get(catalogue);
  if (data) return data;
  const facts = new Map<string, PointFacts>();
  for (const point of catalogue.dataset.retailPoints) {
    const area = catalogue.area(point.address?.area);
    const former = point.address?.former;
    const texts = [
      point.name.vi,
      point.name.en,
      point.address?.line,
      area?.name,
      ...(area?.formerNames.map((f) => f.name) ?? []),
      former?.line,
      former?.commune,
      former?.district,
    ];
    // One fold for all fields (a line each) is cheaper than one per field.
    const fields = foldVietnamese(texts.filter(Boolean).join('\n')).split('\n').map(tokenize);
    const groups = new Set<string>();
    for (const slug of point.products) {
      const group = catalogue.product(slug)?.group;
      if (group) groups.add(group);
    }
    facts.set(point.slug, {
      text: fields.map((words) => ` ${words.join(' ')}`).join('\n'),
      words: new Set(fields.flat()),
      groups,
      region: area?.region,
    });
  }
  data = { facts, ordered: {} };
  memo.set(catalogue, data);
  return data;
}

/** Every point sorted by its name in a language (Vietnamese collation, then slug), once per catalogue. */
function pointsInOrder(catalogue: Catalogue, lang: Locale): RetailPoint[] {
  const data = retailData(catalogue);
  let ordered = data.ordered[lang];
  if (!ordered) {
    const named = catalogue.dataset.retailPoints.map((point) => ({
      point,
      name: localizedString(point.name, lang),
    }));
    named.sort(
      (a, b) =>
        vietnameseCollator.compare(a.name, b.name) ||
        (a.point.slug < b.point.slug ? -1 : a.point.slug > b.point.slug ? 1 : 0),
    );
    ordered = named.map((n) => n.point);
    data.ordered[lang] = ordered;
  }
  return ordered;
}

/**
 * Whether a point's text answers `q` (accents and case aside): the words as typed, in order, from
 * the start of a word (so "cho kon t" finds "Chợ Kon Tum" while typing), or every word whole
 * anywhere ("kon tum cho"). Loose substring matching would let "dak ha" find every "cửa hàng".
 */
function matchesWords(fact: PointFacts, words: string[]): boolean {
  return (
    words.length === 0 ||
    fact.text.includes(` ${words.join(' ')}`) ||
    words.every((word) => fact.words.has(word))
  );
}

/**
 * The points matching a query, by name in the query's language. Values within one parameter are
 * alternatives (`kind=market,supermarket`); parameters combine (`kind=market&region=west`). Online
 * shops have no area, so any `area` or `region` filter leaves them out.
 */
export function queryRetailPoints(catalogue: Catalogue, query: RetailPointQuery): RetailPoint[] {
  const { facts } = retailData(catalogue);
  const words = tokenize(foldVietnamese(query.q ?? ''));
  const products = query.product.length > 0 ? new Set(query.product) : undefined;
  return pointsInOrder(catalogue, query.lang).filter((point) => {
    const fact = facts.get(point.slug)!;
    const area = point.address?.area;
    return (
      (query.kind.length === 0 || query.kind.includes(point.kind)) &&
      (query.area.length === 0 || (area !== undefined && query.area.includes(area))) &&
      (query.region.length === 0 || query.region.some((r) => r === fact.region)) &&
      (!products || point.products.some((slug) => products.has(slug))) &&
      (query.group.length === 0 || query.group.some((g) => fact.groups.has(g))) &&
      matchesWords(fact, words)
    );
  });
}
