/**
 * Structured data of a product page. OCOP stars are an official rating, not a review: they go in
 * Product.hasCertification → Certification, never in AggregateRating or Review.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { Product } from '../content/schema';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { certificateExpiry, certificateStatus, isCertificateValid } from '../ocop/certificate';

export function productJsonLd(
  product: Product,
  catalogue: Catalogue,
  lang: Locale,
  today: string,
  pageUrl: string,
  siteUrl: string,
) {
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const producer = catalogue.producer(product.producer);
  const issuer = catalogue.organisation(product.certificate.issuedBy);
  const status = certificateStatus(product.certificate, today);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${pageUrl}#product`,
    name: text(product.name),
    description: text(product.summary),
    url: pageUrl,
    sku: product.code,
    image: product.images.map((image) => new URL(image.src, siteUrl).href),
    category: catalogue.group(product.group)
      ? text(catalogue.group(product.group)!.name)
      : product.group,
    ...(producer && {
      manufacturer: {
        '@type': 'Organization',
        name: text(producer.name),
        url: `${siteUrl}/${lang}/producers/${producer.slug}`,
      },
    }),
    hasCertification: {
      '@type': 'Certification',
      name: `OCOP ${product.stars}★`,
      certificationIdentification: product.certificate.decisionNumber,
      certificationRating: {
        '@type': 'Rating',
        ratingValue: product.stars,
        bestRating: 5,
        worstRating: 1,
      },
      certificationStatus: isCertificateValid(status)
        ? 'https://schema.org/CertificationActive'
        : 'https://schema.org/CertificationInactive',
      issuedBy: {
        '@type': 'Organization',
        name: issuer ? text(issuer.name) : product.certificate.issuedBy,
      },
      validFrom: product.certificate.decisionDate,
      expires: certificateExpiry(product.certificate),
    },
  };
}
