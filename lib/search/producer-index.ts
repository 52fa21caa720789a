/**
 * Search over producers: found by their name, place (new or former name, village), the names and
 * groups of their products, and their representative.
 */
import type { Dataset } from '../content/schema';
import { bothLanguages, buildFoldedIndex, type SearchIndex } from './folded-index';
import { placeWords } from './product-index';

const fieldBoosts = { name: 4, products: 2, place: 1.2, group: 1, representative: 1 };

export function buildProducerIndex(dataset: Dataset): SearchIndex {
  const areas = new Map(dataset.areas.map((a) => [a.slug, a]));
  const groups = new Map(dataset.groupScheme.groups.map((g) => [g.code, g]));
  // Map.groupBy would do, but Node 20 lacks it.
  const productsOf = new Map<string, Dataset['products']>();
  for (const product of dataset.products) {
    const list = productsOf.get(product.producer);
    if (list) list.push(product);
    else productsOf.set(product.producer, [product]);
  }
  return buildFoldedIndex(
    dataset.producers.map((producer) => {
      const products = productsOf.get(producer.slug) ?? [];
      const former = producer.address.former;
      return {
        slug: producer.slug,
        name: bothLanguages(producer.name),
        products: products.map((p) => bothLanguages(p.name)).join(' '),
        place: [
          ...placeWords(areas.get(producer.address.area)),
          former?.commune,
          former?.district,
          producer.address.line,
        ].join(' '),
        group: [...new Set(products.map((p) => p.group))]
          .map((code) => bothLanguages(groups.get(code)?.name))
          .join(' '),
        representative: producer.representative.name,
      };
    }),
    fieldBoosts,
  );
}
