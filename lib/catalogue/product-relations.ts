import type { Dataset, Product, RetailPoint } from '../content/schema';
import { isProductCertified } from './product-status';

/** The sales points that carry a product, those with premises first, then by name. */
export function getRetailPointsCarrying(dataset: Dataset, productSlug: string): RetailPoint[] {
  return dataset.retailPoints
    .filter((point) => point.products.includes(productSlug))
    .sort(
      (a, b) =>
        Number(a.kind === 'online-shop') - Number(b.kind === 'online-shop') ||
        a.name.vi.localeCompare(b.name.vi, 'vi'),
    );
}

/**
 * Other certified products a visitor of this one may want: the same producer's first, then the same
 * sub-group, then the same group, best rated first within each.
 */
export function getRelatedProducts(
  dataset: Dataset,
  product: Product,
  today: string,
  count: number,
): Product[] {
  const affinity = (other: Product) =>
    other.producer === product.producer
      ? 0
      : other.subgroup === product.subgroup
        ? 1
        : other.group === product.group
          ? 2
          : 3;
  return dataset.products
    .filter(
      (other) =>
        other.slug !== product.slug && affinity(other) < 3 && isProductCertified(other, today),
    )
    .sort((a, b) => affinity(a) - affinity(b) || b.stars - a.stars || a.slug.localeCompare(b.slug))
    .slice(0, count);
}
