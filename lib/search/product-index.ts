/**
 * Search over products: a product is found by its name, keywords, code or decision number,
 * producer, place (new or former name) and group. See folded-index.ts for how matching works.
 */
import type { Dataset, Product } from '../content/schema';
import {
  bothLanguages,
  buildFoldedIndex,
  type SearchDocument,
  type SearchIndex,
} from './folded-index';

export type { SearchHit } from './folded-index';
export type ProductSearchIndex = SearchIndex;

const fieldBoosts = { name: 4, keywords: 2, code: 2, producer: 1.5, place: 1.2, group: 1 };

/** The place words of an area: its name and every former name and district. */
export function placeWords(area: Dataset['areas'][number] | undefined): string[] {
  return area ? [area.name, ...area.formerNames.flatMap((f) => [f.name, f.district ?? ''])] : [];
}

function toDocument(product: Product, lookups: ReturnType<typeof makeLookups>): SearchDocument {
  const producer = lookups.producers.get(product.producer);
  const group = lookups.groups.get(product.group);
  const subgroup = group?.subgroups.find((s) => s.code === product.subgroup);
  const former = producer?.address.former;
  return {
    slug: product.slug,
    name: bothLanguages(product.name),
    keywords: product.keywords.join(' '),
    producer: bothLanguages(producer?.name),
    place: [
      ...placeWords(lookups.areas.get(product.area)),
      former?.commune,
      former?.district,
      producer?.address.line,
    ].join(' '),
    group: [bothLanguages(group?.name), bothLanguages(subgroup?.name)].join(' '),
    code: [product.code, product.certificate.decisionNumber].join(' '),
  };
}

function makeLookups(dataset: Dataset) {
  return {
    producers: new Map(dataset.producers.map((p) => [p.slug, p])),
    areas: new Map(dataset.areas.map((a) => [a.slug, a])),
    groups: new Map(dataset.groupScheme.groups.map((g) => [g.code, g])),
  };
}

export function buildProductIndex(dataset: Dataset): ProductSearchIndex {
  const lookups = makeLookups(dataset);
  return buildFoldedIndex(
    dataset.products.map((p) => toDocument(p, lookups)),
    fieldBoosts,
  );
}
