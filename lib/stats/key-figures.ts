import type { Dataset } from '../content/schema';
import { countProductsByStars, getCertifiedProducts } from './figures';

export interface KeyFigures {
  certifiedProducts: number;
  fiveStarProducts: number;
  fourStarProducts: number;
  producers: number;
  retailPoints: number;
}

/**
 * The headline figures of the home page, counted from the catalogue itself with the same
 * predicates as the stats page (lib/stats/figures.ts), so the two never disagree.
 */
export function getKeyFigures(
  dataset: Pick<Dataset, 'products' | 'producers' | 'retailPoints'>,
  today: string,
): KeyFigures {
  const certified = getCertifiedProducts(dataset.products, today);
  const byStars = new Map(countProductsByStars(certified).map((row) => [row.key, row.value]));
  return {
    certifiedProducts: certified.length,
    fiveStarProducts: byStars.get('5') ?? 0,
    fourStarProducts: byStars.get('4') ?? 0,
    // Producers with at least one valid product; the directory (and producers-by-type) lists all.
    producers: new Set(certified.map((p) => p.producer)).size,
    retailPoints: dataset.retailPoints.length,
  };
}
