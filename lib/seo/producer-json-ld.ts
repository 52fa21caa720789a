/**
 * Structured data of a supplier page: an Organization with its address, location and contact
 * point, and the certified products it offers.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { Producer, Product } from '../content/schema';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';

export function producerJsonLd(
  producer: Producer,
  products: Product[],
  catalogue: Catalogue,
  lang: Locale,
  pageUrl: string,
  siteUrl: string,
) {
  const area = catalogue.area(producer.address.area);
  const address = {
    '@type': 'PostalAddress',
    streetAddress: producer.address.line,
    addressLocality: area?.name,
    addressRegion: catalogue.dataset.settings.province.name,
    addressCountry: 'VN',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${pageUrl}#organization`,
    name: localizedString(producer.name, lang),
    url: pageUrl,
    ...(producer.website && { sameAs: [producer.website] }),
    address,
    location: {
      '@type': 'Place',
      address,
      geo: {
        '@type': 'GeoCoordinates',
        latitude: producer.coordinates.lat,
        longitude: producer.coordinates.lng,
      },
    },
    ...((producer.phone || producer.email) && {
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'sales',
        ...(producer.phone && { telephone: producer.phone }),
        ...(producer.email && { email: producer.email }),
        availableLanguage: ['vi'],
      },
    }),
    makesOffer: products.map((product) => ({
      '@type': 'Offer',
      itemOffered: {
        '@type': 'Product',
        name: localizedString(product.name, lang),
        url: `${siteUrl}/${lang}/products/${product.slug}`,
      },
    })),
  };
}
