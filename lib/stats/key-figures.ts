import { isProductCertified } from '../catalogue/product-status';
import type { Dataset } from '../content/schema';

export interface KeyFigures {
  certifiedProducts: number;
  fiveStarProducts: number;
  fourStarProducts: number;
  producers: number;
  retailPoints: number;
}

/** The headline figures of the home page, counted from the catalogue itself. */
export function getKeyFigures(
  dataset: Pick<Dataset, 'products' | 'producers' | 'retailPoints'>,
  today: string,
): KeyFigures {
  const certified = dataset.products.filter((p) => isProductCertified(p, today));
  return {
    certifiedProducts: certified.length,
    fiveStarProducts: certified.filter((p) => p.stars === 5).length,
    fourStarProducts: certified.filter((p) => p.stars === 4).length,
    producers: new Set(certified.map((p) => p.producer)).size,
    retailPoints: dataset.retailPoints.length,
  };
}
