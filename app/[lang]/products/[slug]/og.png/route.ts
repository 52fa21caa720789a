import { productCardResponse, type CardRouteParams } from '@/lib/og/card-routes';

/** GET /{lang}/products/{slug}/og.png: the product's Open Graph image (1200 × 630), the broadcast card's drawing. */
export function GET(_request: Request, route: CardRouteParams) {
  return productCardResponse(route, 'og');
}
