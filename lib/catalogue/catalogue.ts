import type {
  Area,
  Dataset,
  Organisation,
  Producer,
  Product,
  ProductGroup,
} from '../content/schema';
import { buildProductIndex, type ProductSearchIndex } from '../search/product-index';

/**
 * A dataset with what pages and APIs look things up by: records by slug and the product search
 * index. Built once per content version (not per request): at national scale the index takes a
 * noticeable fraction of a second to build.
 */
export interface Catalogue {
  dataset: Dataset;
  product(slug: string): Product | undefined;
  producer(slug: string): Producer | undefined;
  area(slug: string | undefined): Area | undefined;
  group(code: string): ProductGroup | undefined;
  organisation(slug: string): Organisation | undefined;
  /** Built on first use, so pages that never search never pay for it. */
  readonly productIndex: ProductSearchIndex;
}

function createCatalogue(dataset: Dataset): Catalogue {
  const products = new Map(dataset.products.map((p) => [p.slug, p]));
  const producers = new Map(dataset.producers.map((p) => [p.slug, p]));
  const areas = new Map(dataset.areas.map((a) => [a.slug, a]));
  const groups = new Map(dataset.groupScheme.groups.map((g) => [g.code, g]));
  const organisations = new Map(dataset.settings.organisations.map((o) => [o.slug, o]));
  let productIndex: ProductSearchIndex | undefined;
  return {
    dataset,
    product: (slug) => products.get(slug),
    producer: (slug) => producers.get(slug),
    area: (slug) => (slug ? areas.get(slug) : undefined),
    group: (code) => groups.get(code),
    organisation: (slug) => organisations.get(slug),
    get productIndex() {
      productIndex ??= buildProductIndex(dataset);
      return productIndex;
    },
  };
}

let current: Catalogue | undefined;

/** The catalogue of a dataset, reused for as long as the content version stays the same. */
export function getCatalogue(dataset: Dataset): Catalogue {
  if (current?.dataset.version !== dataset.version) current = createCatalogue(dataset);
  return current;
}
