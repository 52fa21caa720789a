import type { Catalogue } from '../catalogue/catalogue';
import { queryProducts, type ProductQuery } from '../catalogue/product-query';
import type { Product } from '../content/schema';
import type { Dictionary } from '../i18n/dictionary';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { certificateExpiry } from '../ocop/certificate';

/**
 * The columns of /data/products.csv, headed in English so scripts can rely on them. Codes
 * (`group_code`, `status`) stay the same in both languages; the names beside them follow `?lang=`.
 */
export const productCsvColumns = [
  'code',
  'slug',
  'name',
  'group_code',
  'group',
  'subgroup_code',
  'subgroup',
  'stars',
  'score',
  'potential_five_star',
  'producer',
  'producer_slug',
  'commune',
  'region',
  'decision_number',
  'decision_date',
  'expires_on',
  'round',
  'status',
  'status_label',
  'issued_by',
  'url',
].map((key) => ({ key, header: key }));

/**
 * The products an export lists: the catalogue's filters, without paging. Unlike the catalogue, an
 * open-data file lists every certificate by default, expired and revoked ones too (the `status`
 * column says which); `?status=valid` gives what the catalogue shows.
 */
export function productsForExport(
  catalogue: Catalogue,
  query: ProductQuery,
  today: string,
): Product[] {
  const everything = {
    ...query,
    status: query.status.length > 0 ? query.status : ['all' as const],
    page: 1,
    limit: Math.max(catalogue.dataset.products.length, 1),
  };
  return queryProducts(catalogue, everything, today).items;
}

/** One row per product with its certificate, in the chosen language. */
export function* productCsvRows(
  products: Iterable<Product>,
  context: { catalogue: Catalogue; lang: Locale; today: string; siteUrl: string; dict: Dictionary },
): Generator<Record<string, unknown>> {
  const { catalogue, lang, today, siteUrl, dict } = context;
  const text = (value: { vi: string; en?: string } | undefined) =>
    value ? localizedString(value, lang) : '';
  for (const product of products) {
    const group = catalogue.group(product.group);
    const subgroup = group?.subgroups.find((s) => s.code === product.subgroup);
    const producer = catalogue.producer(product.producer);
    const area = catalogue.area(product.area);
    const issuer = catalogue.organisation(product.certificate.issuedBy);
    const status = catalogue.status(product, today);
    yield {
      code: product.code,
      slug: product.slug,
      name: text(product.name),
      group_code: product.group,
      group: text(group?.name),
      subgroup_code: product.subgroup,
      subgroup: text(subgroup?.name),
      stars: product.stars,
      score: product.score,
      potential_five_star: product.isPotentialFiveStar ? 'yes' : 'no',
      producer: text(producer?.name),
      producer_slug: product.producer,
      commune: area ? area.name : '',
      region: area ? dict.regions[area.region] : '',
      decision_number: product.certificate.decisionNumber,
      decision_date: product.certificate.decisionDate,
      expires_on: certificateExpiry(product.certificate),
      round: product.certificate.round ?? '',
      status,
      status_label: dict.certificateStatus[status],
      issued_by: issuer ? text(issuer.name) : product.certificate.issuedBy,
      url: `${siteUrl}/${lang}/products/${product.slug}`,
    };
  }
}
