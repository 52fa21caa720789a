import { eventCardResponse, type CardRouteParams } from '@/lib/og/card-routes';

/** GET /{lang}/events/{slug}/og.png: the event's Open Graph image (1200 × 630), the broadcast card's drawing. */
export function GET(_request: Request, route: CardRouteParams) {
  return eventCardResponse(route, 'og');
}
