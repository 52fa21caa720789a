import type { OcopEvent, Product, RetailPoint } from '../content/schema';
import { isCertificateValid } from '../ocop/certificate';
import type { Catalogue } from './catalogue';
import { productComparators } from './product-order';

export interface ProducerProfile {
  /** Every product of the producer, valid certificates first, then by stars. */
  products: Product[];
  /** Products with a valid certificate today. */
  certifiedCount: number;
  /** The best rating among valid certificates, if any. */
  bestStars: number | undefined;
  /** Fairs and market sessions the producer takes part in, newest first. */
  events: OcopEvent[];
  /** Sales points that carry at least one of the producer's products. */
  retailPoints: RetailPoint[];
}

/** What a supplier page shows about a producer, drawn from the whole catalogue. */
export function getProducerProfile(
  catalogue: Catalogue,
  producerSlug: string,
  today: string,
): ProducerProfile {
  const { dataset } = catalogue;
  const isValid = (p: Product) => isCertificateValid(catalogue.status(p, today));
  const products = dataset.products
    .filter((p) => p.producer === producerSlug)
    .sort((a, b) => Number(isValid(b)) - Number(isValid(a)) || productComparators.stars(a, b));
  const valid = products.filter(isValid);
  const slugs = new Set(products.map((p) => p.slug));
  return {
    products,
    certifiedCount: valid.length,
    bestStars: valid.length > 0 ? Math.max(...valid.map((p) => p.stars)) : undefined,
    events: dataset.events
      .filter((e) => e.participants.includes(producerSlug))
      .sort((a, b) => Date.parse(b.start) - Date.parse(a.start)),
    retailPoints: dataset.retailPoints.filter((point) =>
      point.products.some((slug) => slugs.has(slug)),
    ),
  };
}
