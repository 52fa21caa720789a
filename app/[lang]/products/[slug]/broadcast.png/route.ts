import { productCardResponse, type CardRouteParams } from '@/lib/og/card-routes';

/** GET /{lang}/products/{slug}/broadcast.png: the product's 1920 × 1080 card for television. */
export function GET(_request: Request, route: CardRouteParams) {
  return productCardResponse(route, 'broadcast');
}
