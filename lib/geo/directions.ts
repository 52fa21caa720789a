import type { Coordinates } from '../content/schema';

/**
 * Links that open a place in the map apps people use: directions in Google Maps and Apple Maps, the
 * spot on OpenStreetMap. Plain links, so they work without JavaScript and without a map on our page.
 */
export function directionsLinks({ lat, lng }: Coordinates) {
  const point = `${lat},${lng}`;
  return {
    google: `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(point)}`,
    apple: `https://maps.apple.com/?daddr=${encodeURIComponent(point)}`,
    openStreetMap: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`,
  };
}
