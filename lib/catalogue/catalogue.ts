import type {
  Area,
  Article,
  Dataset,
  Organisation,
  OcopEvent,
  Producer,
  Product,
  ProductGroup,
  RetailPoint,
} from '../content/schema';
import type { CertificateStatus } from '../ocop/certificate';
import { buildProductIndex, type ProductSearchIndex } from '../search/product-index';
import { productComparators, type ProductOrder } from './product-order';
import { productStatus } from './product-status';

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
  event(slug: string): OcopEvent | undefined;
  retailPoint(slug: string): RetailPoint | undefined;
  article(slug: string): Article | undefined;
  /** Built on first use, so pages that never search never pay for it. */
  readonly productIndex: ProductSearchIndex;
  /**
   * All products in an order, sorted once per content version: a query then filters an ordered
   * list instead of sorting thousands of products each time.
   */
  productsInOrder(order: ProductOrder): Product[];
  /** A product's position in an order (lower first), to order a subset such as search hits. */
  productRank(order: ProductOrder): Map<string, number>;
  /** A product's certificate status on a day, computed once per day for the whole catalogue. */
  status(product: Product, today: string): CertificateStatus;
}

function createCatalogue(dataset: Dataset): Catalogue {
  const products = new Map(dataset.products.map((p) => [p.slug, p]));
  const producers = new Map(dataset.producers.map((p) => [p.slug, p]));
  const areas = new Map(dataset.areas.map((a) => [a.slug, a]));
  const groups = new Map(dataset.groupScheme.groups.map((g) => [g.code, g]));
  const organisations = new Map(dataset.settings.organisations.map((o) => [o.slug, o]));
  const events = new Map(dataset.events.map((e) => [e.slug, e]));
  const retailPoints = new Map(dataset.retailPoints.map((p) => [p.slug, p]));
  const articles = new Map(dataset.articles.map((a) => [a.slug, a]));
  let productIndex: ProductSearchIndex | undefined;
  let statuses: { today: string; bySlug: Map<string, CertificateStatus> } | undefined;
  const orders = new Map<ProductOrder, { products: Product[]; rank: Map<string, number> }>();
  const ordered = (order: ProductOrder) => {
    let entry = orders.get(order);
    if (!entry) {
      const products = [...dataset.products].sort(productComparators[order]);
      entry = { products, rank: new Map(products.map((p, index) => [p.slug, index])) };
      orders.set(order, entry);
    }
    return entry;
  };
  return {
    dataset,
    product: (slug) => products.get(slug),
    producer: (slug) => producers.get(slug),
    area: (slug) => (slug ? areas.get(slug) : undefined),
    group: (code) => groups.get(code),
    organisation: (slug) => organisations.get(slug),
    event: (slug) => events.get(slug),
    retailPoint: (slug) => retailPoints.get(slug),
    article: (slug) => articles.get(slug),
    get productIndex() {
      productIndex ??= buildProductIndex(dataset);
      return productIndex;
    },
    productsInOrder: (order) => ordered(order).products,
    productRank: (order) => ordered(order).rank,
    status(product, today) {
      if (statuses?.today !== today) {
        statuses = {
          today,
          bySlug: new Map(dataset.products.map((p) => [p.slug, productStatus(p, today)])),
        };
      }
      return statuses.bySlug.get(product.slug) ?? productStatus(product, today);
    },
  };
}

let current: Catalogue | undefined;

/** The catalogue of a dataset, reused for as long as the content version stays the same. */
export function getCatalogue(dataset: Dataset): Catalogue {
  if (current?.dataset.version !== dataset.version) current = createCatalogue(dataset);
  return current;
}
