import { PageLink } from '@/components/ui/page-link';
import type { Area, Producer } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { localizedString } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';

/** Digits and a leading + only, as tel: links want them. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** Who makes the product and how to reach them: only the business contacts the producer published. */
export function ProducerContactCard({
  producer,
  area,
  lang,
  dict,
  heading = dict.product.producerHeading,
  linksToSupplierPage = true,
}: {
  producer: Producer;
  area: Area | undefined;
  lang: Locale;
  dict: Dictionary;
  heading?: string;
  /** Off on the supplier page itself. */
  linksToSupplierPage?: boolean;
}) {
  const t = dict.product;
  const address = [producer.address.line, area && areaLabel(area, dict)].filter(Boolean).join(', ');
  const former = producer.address.former;
  return (
    <section aria-labelledby="producer-heading" className="rounded-lg border border-stone-200 p-5">
      <h2 id="producer-heading" className="text-xl font-bold">
        {heading}
      </h2>
      <p className="mt-2 font-semibold">{localizedString(producer.name, lang)}</p>
      <p className="text-sm text-stone-700">{dict.producerTypes[producer.type]}</p>
      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="font-semibold">{t.address}</dt>
          <dd>{address}</dd>
        </div>
        {former && (
          <div>
            <dt className="font-semibold">{t.formerAddress}</dt>
            <dd>{[former.line, former.commune, former.district].filter(Boolean).join(', ')}</dd>
          </div>
        )}
        {producer.phone && (
          <div>
            <dt className="font-semibold">{t.phone}</dt>
            <dd>
              <a href={telHref(producer.phone)}>{producer.phone}</a>
            </dd>
          </div>
        )}
        {producer.zalo && (
          <div>
            <dt className="font-semibold">{t.zalo}</dt>
            <dd>
              <a href={`https://zalo.me/${producer.zalo}`}>{producer.zalo}</a>
            </dd>
          </div>
        )}
        {producer.email && (
          <div>
            <dt className="font-semibold">{t.email}</dt>
            <dd>
              <a href={`mailto:${producer.email}`}>{producer.email}</a>
            </dd>
          </div>
        )}
        {producer.website && (
          <div>
            <dt className="font-semibold">{t.website}</dt>
            <dd>
              <a href={producer.website}>{producer.website.replace(/^https?:\/\//, '')}</a>
            </dd>
          </div>
        )}
      </dl>
      {linksToSupplierPage && (
        <p className="mt-3 text-sm">
          <PageLink href={`/${lang}/producers/${producer.slug}`}>{t.producerPage}</PageLink>
        </p>
      )}
    </section>
  );
}
