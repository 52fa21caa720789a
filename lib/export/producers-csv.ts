import type { Catalogue } from '../catalogue/catalogue';
import { getProducerStats } from '../catalogue/producer-query';
import type { Producer } from '../content/schema';
import type { Dictionary } from '../i18n/dictionary';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';

/** The columns of /data/producers.csv, headed in English so scripts can rely on them. */
export const producerCsvColumns = [
  'slug',
  'name',
  'type',
  'address',
  'commune',
  'region',
  'former_commune',
  'former_district',
  'phone',
  'email',
  'website',
  'zalo',
  'products',
  'certified_products',
  'best_stars',
  'takes_wholesale',
  'minimum_order',
  'monthly_capacity',
  'lead_time_days',
  'export_markets',
  'url',
].map((key) => ({ key, header: key }));

/** One row per producer, in the chosen language. */
export function* producerCsvRows(
  producers: Iterable<Producer>,
  context: { catalogue: Catalogue; lang: Locale; today: string; siteUrl: string; dict: Dictionary },
): Generator<Record<string, unknown>> {
  const { catalogue, lang, today, siteUrl, dict } = context;
  const text = (value: { vi: string; en?: string } | undefined) =>
    value ? localizedString(value, lang) : '';
  const productsOf = new Map<string, string[]>();
  for (const product of catalogue.dataset.products) {
    productsOf.set(product.producer, [
      ...(productsOf.get(product.producer) ?? []),
      text(product.name),
    ]);
  }
  for (const producer of producers) {
    const area = catalogue.area(producer.address.area);
    const stats = getProducerStats(catalogue, producer.slug, today);
    yield {
      slug: producer.slug,
      name: text(producer.name),
      type: dict.producerTypes[producer.type],
      address: producer.address.line ?? '',
      commune: area ? area.name : '',
      region: area ? dict.regions[area.region] : '',
      former_commune: producer.address.former?.commune ?? '',
      former_district: producer.address.former?.district ?? '',
      phone: producer.phone ?? '',
      email: producer.email ?? '',
      website: producer.website ?? '',
      zalo: producer.zalo ?? '',
      products: (productsOf.get(producer.slug) ?? []).join('; '),
      certified_products: stats.certifiedCount,
      best_stars: stats.bestStars ?? '',
      takes_wholesale: producer.wholesale.isAvailable ? 'yes' : 'no',
      minimum_order: text(producer.wholesale.minimumOrder),
      monthly_capacity: text(producer.wholesale.monthlyCapacity),
      lead_time_days: producer.wholesale.leadTimeDays ?? '',
      export_markets: producer.wholesale.exportMarkets.join(' '),
      url: `${siteUrl}/${lang}/producers/${producer.slug}`,
    };
  }
}
