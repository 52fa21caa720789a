/**
 * The producers API's view of a producer: localised to one language, with the figures buyers
 * compare (valid certified products, best rating) and absolute URLs. Only the business contacts the
 * producer published appear; a household business's representative is given by name only.
 */
import { getProducerStats } from '../catalogue/producer-query';
import type { Producer } from '../content/schema';
import { localizedString } from '../i18n/localize';
import { toProductSummary, type ApiContext } from './product-json';

export function toProducerSummary(
  producer: Producer,
  { catalogue, lang, today, siteUrl }: ApiContext,
) {
  const text = (value: { vi: string; en?: string } | undefined) =>
    value ? localizedString(value, lang) : null;
  const area = catalogue.area(producer.address.area);
  const stats = getProducerStats(catalogue, producer.slug, today);
  return {
    slug: producer.slug,
    name: text(producer.name),
    type: producer.type,
    area: area
      ? {
          slug: area.slug,
          name: area.name,
          type: area.type,
          region: area.region,
          formerNames: area.formerNames.map((f) => f.name),
        }
      : null,
    address: { line: producer.address.line ?? null, former: producer.address.former ?? null },
    coordinates: producer.coordinates,
    phone: producer.phone ?? null,
    email: producer.email ?? null,
    website: producer.website ?? null,
    zalo: producer.zalo ?? null,
    wholesale: {
      isAvailable: producer.wholesale.isAvailable,
      minimumOrder: text(producer.wholesale.minimumOrder),
      monthlyCapacity: text(producer.wholesale.monthlyCapacity),
      leadTimeDays: producer.wholesale.leadTimeDays ?? null,
      exportMarkets: producer.wholesale.exportMarkets,
    },
    productCount: stats.certifiedCount,
    bestStars: stats.bestStars ?? null,
    groups: [...stats.groups],
    url: `${siteUrl}/${lang}/producers/${producer.slug}`,
  };
}

export type ProducerSummary = ReturnType<typeof toProducerSummary>;

/** What a directory card shows: API summaries have it all, and the page sends no more to the browser. */
export interface ProducerCardData {
  slug: string;
  name: string | null;
  type: ProducerSummary['type'];
  area: { slug: string } | null;
  productCount: number;
  bestStars: number | null;
  wholesale: Pick<ProducerSummary['wholesale'], 'isAvailable' | 'exportMarkets'>;
}

export function toProducerCardData(summary: ProducerSummary): ProducerCardData {
  const { slug, name, type, area, productCount, bestStars, wholesale } = summary;
  return {
    slug,
    name,
    type,
    area: area && { slug: area.slug },
    productCount,
    bestStars,
    wholesale: { isAvailable: wholesale.isAvailable, exportMarkets: wholesale.exportMarkets },
  };
}

/** The whole producer with its products. */
export function toProducerDetail(producer: Producer, context: ApiContext) {
  const text = (value: { vi: string; en?: string } | undefined) =>
    value ? localizedString(value, context.lang) : null;
  const organisation = context.catalogue.organisation(producer.source.organisation);
  return {
    ...toProducerSummary(producer, context),
    representative: {
      name: producer.representative.name,
      title: text(producer.representative.title),
    },
    description: text(producer.description),
    products: context.catalogue.dataset.products
      .filter((p) => p.producer === producer.slug)
      .map((p) => toProductSummary(p, context)),
    source: {
      organisation: { slug: producer.source.organisation, name: text(organisation?.name) },
      checkedOn: producer.source.checkedOn,
    },
  };
}
