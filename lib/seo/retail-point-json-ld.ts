/**
 * Structured data of a sales point page: the schema.org type that fits its kind, with address,
 * coordinates, opening hours and the OCOP products it sells.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { RetailPoint, RetailPointKind } from '../content/schema';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { openingHoursSpecification } from '../retail/opening-hours';

/** Shops are Stores; a hotel is a Hotel; the shop at a tourist site a LocalBusiness; the web an OnlineStore. */
const schemaType: Record<RetailPointKind, string> = {
  'ocop-showcase': 'Store',
  supermarket: 'GroceryStore',
  market: 'Store',
  airport: 'Store',
  hotel: 'Hotel',
  'tourist-site': 'LocalBusiness',
  'online-shop': 'OnlineStore',
};

export function retailPointJsonLd(
  point: RetailPoint,
  catalogue: Catalogue,
  lang: Locale,
  pageUrl: string,
  siteUrl: string,
) {
  const area = catalogue.area(point.address?.area);
  const products = point.products.flatMap((slug) => catalogue.product(slug) ?? []);
  return {
    '@context': 'https://schema.org',
    '@type': schemaType[point.kind],
    '@id': `${pageUrl}#place`,
    name: localizedString(point.name, lang),
    url: point.website ?? pageUrl,
    ...(point.phone && { telephone: point.phone }),
    ...(point.address && {
      address: {
        '@type': 'PostalAddress',
        streetAddress: point.address.line,
        addressLocality: area?.name,
        addressRegion: catalogue.dataset.settings.province.name,
        addressCountry: 'VN',
      },
    }),
    ...(point.coordinates && {
      geo: {
        '@type': 'GeoCoordinates',
        latitude: point.coordinates.lat,
        longitude: point.coordinates.lng,
      },
    }),
    ...(point.openingHours.length > 0 && {
      openingHoursSpecification: openingHoursSpecification(point.openingHours),
    }),
    ...(products.length > 0 && {
      makesOffer: products.map((product) => ({
        '@type': 'Offer',
        itemOffered: {
          '@type': 'Product',
          name: localizedString(product.name, lang),
          url: `${siteUrl}/${lang}/products/${product.slug}`,
        },
      })),
    }),
  };
}
