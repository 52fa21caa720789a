/**
 * The products API's view of a product: flat, localised to one language, with derived facts
 * (certificate status and expiry) and absolute URLs, so a partner needs no other call to show it.
 */
import type { Catalogue } from '../catalogue/catalogue';
import { productStatus } from '../catalogue/product-status';
import type { Product } from '../content/schema';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { certificateExpiry } from '../ocop/certificate';

export interface ApiContext {
  catalogue: Catalogue;
  lang: Locale;
  today: string;
  siteUrl: string;
}

export function toProductSummary(
  product: Product,
  { catalogue, lang, today, siteUrl }: ApiContext,
) {
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const producer = catalogue.producer(product.producer);
  const area = catalogue.area(product.area);
  const group = catalogue.group(product.group);
  const subgroup = group?.subgroups.find((s) => s.code === product.subgroup);
  const issuer = catalogue.organisation(product.certificate.issuedBy);
  const image = product.images[0];
  return {
    slug: product.slug,
    code: product.code,
    name: text(product.name),
    summary: text(product.summary),
    group: { code: product.group, name: group ? text(group.name) : product.group },
    subgroup: { code: product.subgroup, name: subgroup ? text(subgroup.name) : product.subgroup },
    stars: product.stars,
    score: product.score,
    status: productStatus(product, today),
    isPotentialFiveStar: product.isPotentialFiveStar,
    producer: producer
      ? { slug: producer.slug, name: text(producer.name), type: producer.type }
      : null,
    area: area
      ? {
          slug: area.slug,
          name: area.name,
          type: area.type,
          region: area.region,
          formerNames: area.formerNames.map((f) => f.name),
        }
      : null,
    certificate: {
      number: product.certificate.decisionNumber,
      issuedBy: {
        slug: product.certificate.issuedBy,
        name: issuer ? text(issuer.name) : product.certificate.issuedBy,
      },
      issuedOn: product.certificate.decisionDate,
      expiresOn: certificateExpiry(product.certificate),
      round: product.certificate.round ?? null,
    },
    image: image
      ? {
          url: new URL(image.src, siteUrl).href,
          alt: text(image.alt),
          width: image.width,
          height: image.height,
          credit: image.credit,
          license: image.license,
        }
      : null,
    url: `${siteUrl}/${lang}/products/${product.slug}`,
  };
}

export type ProductSummary = ReturnType<typeof toProductSummary>;

/** The whole product: the summary plus every field of the record, in the requested language. */
export function toProductDetail(product: Product, context: ApiContext) {
  const text = (value: { vi: string; en?: string } | undefined) =>
    value ? localizedString(value, context.lang) : null;
  const issuer = (slug: string) => context.catalogue.organisation(slug);
  return {
    ...toProductSummary(product, context),
    description: text(product.description),
    packaging: text(product.packaging),
    priceVnd: product.priceVnd ?? null,
    shelfLife: text(product.shelfLife),
    standards: product.standards,
    geographicalIndication: product.geographicalIndication
      ? { ...product.geographicalIndication, name: text(product.geographicalIndication.name) }
      : null,
    keywords: product.keywords,
    certificateHistory: product.certificate.history.map((event) => ({
      ...event,
      note: text(event.note),
    })),
    images: product.images.map((image) => ({
      url: new URL(image.src, context.siteUrl).href,
      alt: text(image.alt),
      caption: text(image.caption),
      credit: image.credit,
      license: image.license,
      width: image.width,
      height: image.height,
    })),
    source: {
      organisation: {
        slug: product.source.organisation,
        name: text(issuer(product.source.organisation)?.name),
      },
      checkedOn: product.source.checkedOn,
    },
  };
}
