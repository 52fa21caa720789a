import type { Product } from '../content/schema';
import { certificateStatus, isCertificateValid, type CertificateStatus } from '../ocop/certificate';

/** A product's certificate status on a given day (YYYY-MM-DD in the province). */
export function productStatus(product: Product, today: string): CertificateStatus {
  return certificateStatus(product.certificate, today);
}

/** Whether the product holds a valid certificate on that day, and so belongs in default listings. */
export function isProductCertified(product: Product, today: string): boolean {
  return isCertificateValid(productStatus(product, today));
}

/**
 * The products an editor marked as featured that are certified today, best rated first. When fewer
 * than `count` are marked, the best-rated certified products fill the rest, so the home page never
 * shows a half-empty row.
 */
export function getFeaturedProducts(products: Product[], today: string, count: number): Product[] {
  const byRating = (a: Product, b: Product) =>
    b.stars - a.stars ||
    Number(b.isPotentialFiveStar) - Number(a.isPotentialFiveStar) ||
    b.score - a.score ||
    a.slug.localeCompare(b.slug);
  const certified = products.filter((p) => isProductCertified(p, today)).sort(byRating);
  const featured = certified.filter((p) => p.isFeatured);
  const others = certified.filter((p) => !p.isFeatured);
  return [...featured, ...others].slice(0, count);
}
