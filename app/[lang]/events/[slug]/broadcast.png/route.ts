import { eventCardResponse, type CardRouteParams } from '@/lib/og/card-routes';

/** GET /{lang}/events/{slug}/broadcast.png: the event's 1920 × 1080 card for television. */
export function GET(_request: Request, route: CardRouteParams) {
  return eventCardResponse(route, 'broadcast');
}
