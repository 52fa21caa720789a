import type { Coordinates } from '@/lib/content/schema';
import { directionsLinks } from '@/lib/geo/directions';

/** Directions to a place in the map apps people use: plain links, no map needed on our page. */
export function DirectionsList({
  coordinates,
  strings,
}: {
  coordinates: Coordinates;
  strings: { googleMaps: string; appleMaps: string; openStreetMap: string };
}) {
  const links = directionsLinks(coordinates);
  return (
    <ul className="mt-2 space-y-1">
      <li>
        <a href={links.google}>{strings.googleMaps}</a>
      </li>
      <li>
        <a href={links.apple}>{strings.appleMaps}</a>
      </li>
      <li>
        <a href={links.openStreetMap}>{strings.openStreetMap}</a>
      </li>
    </ul>
  );
}
