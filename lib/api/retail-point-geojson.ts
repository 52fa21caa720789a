/**
 * Sales points as GeoJSON (RFC 7946), for `/api/v1/retail-points`, the open-data download and the
 * where-to-buy map: one Point feature per place, localised to one language, with absolute URLs.
 *
 * Online shops have no place. RFC 7946 would allow them as features with a null geometry, but maps
 * and GIS tools skip or choke on those, so the collection carries them apart, in a foreign member
 * `onlineShops` (RFC 7946 §6.1): the same properties, without geometry. Readers that only know
 * GeoJSON ignore it.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Catalogue } from '../catalogue/catalogue';
import type { Region, RetailPoint, RetailPointKind } from '../content/schema';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { isOpenAt, toOsmOpeningHours } from '../retail/opening-hours';

export interface RetailPointContext {
  catalogue: Catalogue;
  lang: Locale;
  siteUrl: string;
  /** Decides `isOpenNow`. */
  now: Date;
}

/** What a sales point says about itself in the API, the download and the map's list. */
export interface RetailPointProperties {
  slug: string;
  /** In the requested language, or Vietnamese where English is missing. */
  name: string;
  kind: RetailPointKind;
  operator: string | null;
  isStateFunded: boolean;
  /** The street line of the address; null for online shops and when not given. */
  address: string | null;
  area: { slug: string; name: string; region: Region } | null;
  /** The address as printed before the 2025 reform (old commune and district). */
  formerAddress: { line: string | null; commune: string; district: string } | null;
  phone: string | null;
  website: string | null;
  /** OpenStreetMap `opening_hours` syntax, e.g. "Mo-Sa 07:30-20:00; Su 08:00-17:00". */
  openingHours: string | null;
  /** At the moment of the answer, in province time; null when the hours are not known. */
  isOpenNow: boolean | null;
  productCount: number;
  /** Slugs of the products it stocks; `/api/v1/products/{slug}` has each. */
  products: string[];
  /** The sales point's page on the site. */
  url: string;
}

/** A sales point as a feature; `geometry` is null only for an online shop. */
export type RetailPointFeature = Feature<Point | null, RetailPointProperties> & { id: string };

/** A sales point with a place: what the collection's `features` hold. */
export type MappedRetailPointFeature = Feature<Point, RetailPointProperties> & { id: string };

export interface RetailPointCollection extends FeatureCollection<Point, RetailPointProperties> {
  features: MappedRetailPointFeature[];
  /** Foreign member (see above): sales points without a place. */
  onlineShops: RetailPointProperties[];
}

/** Six decimals are about 11 cm: more digits are noise (RFC 7946 §11.2). */
const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;

export function toRetailPointProperties(
  point: RetailPoint,
  { catalogue, lang, siteUrl, now }: RetailPointContext,
): RetailPointProperties {
  const area = catalogue.area(point.address?.area);
  const former = point.address?.former;
  return {
    slug: point.slug,
    name: localizedString(point.name, lang),
    kind: point.kind,
    operator: point.operator ?? null,
    isStateFunded: point.isStateFunded,
    address: point.address?.line ?? null,
    area: area ? { slug: area.slug, name: area.name, region: area.region } : null,
    formerAddress: former
      ? { line: former.line ?? null, commune: former.commune, district: former.district }
      : null,
    phone: point.phone ?? null,
    website: point.website ?? null,
    openingHours: toOsmOpeningHours(point.openingHours),
    isOpenNow: isOpenAt(point.openingHours, now) ?? null,
    productCount: point.products.length,
    products: point.products,
    url: `${siteUrl}/${lang}/where-to-buy/${point.slug}`,
  };
}

/**
 * One sales point as a feature, `[lng, lat]` as RFC 7946 orders them; an online shop gets a null
 * geometry (its properties are what callers use; collections list it apart).
 */
export function toRetailPointFeature(
  point: RetailPoint,
  context: RetailPointContext,
): RetailPointFeature {
  return {
    type: 'Feature',
    id: point.slug,
    geometry: point.coordinates
      ? {
          type: 'Point',
          coordinates: [
            roundCoordinate(point.coordinates.lng),
            roundCoordinate(point.coordinates.lat),
          ],
        }
      : null,
    properties: toRetailPointProperties(point, context),
  };
}

const hasPlace = (feature: RetailPointFeature): feature is MappedRetailPointFeature =>
  feature.geometry !== null;

/** Sales points as a FeatureCollection, in the order given; online shops in `onlineShops`. */
export function toRetailPointCollection(
  points: readonly RetailPoint[],
  context: RetailPointContext,
): RetailPointCollection {
  const features: MappedRetailPointFeature[] = [];
  const onlineShops: RetailPointProperties[] = [];
  for (const point of points) {
    const feature = toRetailPointFeature(point, context);
    if (hasPlace(feature)) features.push(feature);
    else onlineShops.push(feature.properties);
  }
  return { type: 'FeatureCollection', features, onlineShops };
}
