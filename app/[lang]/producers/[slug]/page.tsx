import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BreadcrumbJsonLd, JsonLdScript } from 'next-seo';
import { EventCard } from '@/components/event/event-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ProducerContactCard } from '@/components/product/producer-contact-card';
import { ProductCard, productCardStrings } from '@/components/product/product-card';
import { RetailPointList } from '@/components/retail-point/retail-point-list';
import { DirectionsList } from '@/components/ui/directions-list';
import { LocalizedText } from '@/components/ui/localized-text';
import { Markdown } from '@/components/ui/markdown';
import { toProductSummary } from '@/lib/api/product-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getProducerProfile } from '@/lib/catalogue/producer-profile';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localize, localizedString } from '@/lib/i18n/localize';
import { intlLocale, isLocale, locales } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';
import { producerJsonLd } from '@/lib/seo/producer-json-ld';

interface ProducerPageProps {
  params: Promise<{ lang: string; slug: string }>;
}

/** How many supplier pages the build renders ahead; the rest render on first visit and are cached. */
const prerenderedProducers = 200;

export async function generateStaticParams() {
  const dataset = await getDataset();
  const productCounts = new Map<string, number>();
  for (const product of dataset.products) {
    productCounts.set(product.producer, (productCounts.get(product.producer) ?? 0) + 1);
  }
  // Suppliers with the most products draw the most buyers: render those at build time.
  const ranked = [...dataset.producers].sort(
    (a, b) => (productCounts.get(b.slug) ?? 0) - (productCounts.get(a.slug) ?? 0),
  );
  return ranked
    .slice(0, prerenderedProducers)
    .flatMap((p) => locales.map((lang) => ({ lang, slug: p.slug })));
}

export async function generateMetadata({ params }: ProducerPageProps): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const producer = getCatalogue(await getDataset()).producer(slug);
  if (!producer) return {};
  const dict = await getDictionary(lang);
  return {
    title: localizedString(producer.name, lang),
    description: `${dict.producerTypes[producer.type]} · ${localize(producer.description, lang).text.slice(0, 150)}`,
    alternates: languageAlternates(lang, `/producers/${slug}`),
  };
}

const h2 = 'text-xl font-bold';

export default async function ProducerPage({ params }: ProducerPageProps) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today] = await Promise.all([getDictionary(lang), getDataset(), getToday()]);
  const catalogue = getCatalogue(dataset);
  const producer = catalogue.producer(slug);
  if (!producer) notFound();

  const t = dict.producer;
  const note = dict.language.fallbackNote;
  const siteUrl = getEnv().SITE_URL;
  const pageUrl = `${siteUrl}/${lang}/producers/${slug}`;
  const name = localizedString(producer.name, lang);
  const area = catalogue.area(producer.address.area);
  const profile = getProducerProfile(catalogue, slug, today);
  const source = catalogue.organisation(producer.source.organisation);
  const countryName = new Intl.DisplayNames([intlLocale[lang]], { type: 'region' });
  const standards = [...new Set(profile.products.flatMap((p) => p.standards))];
  const wholesale = producer.wholesale;
  const breadcrumbs = [
    { name: dict.nav.home, href: `/${lang}` },
    { name: dict.nav.producers, href: `/${lang}/producers` },
    { name, href: `/${lang}/producers/${slug}` },
  ];

  return (
    <article>
      <JsonLdScript
        data={producerJsonLd(producer, profile.products, catalogue, lang, pageUrl, siteUrl)}
        scriptKey="producer"
      />
      <BreadcrumbJsonLd
        items={breadcrumbs.map((b) => ({ name: b.name, item: `${siteUrl}${b.href}` }))}
      />
      <Breadcrumbs label={dict.product.breadcrumbLabel} items={breadcrumbs} />

      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <header className="space-y-2">
            <h1 className="text-3xl font-bold md:text-4xl">
              <LocalizedText value={producer.name} lang={lang} fallbackNote={note} />
            </h1>
            <p className="text-lg text-stone-800">
              {dict.producerTypes[producer.type]}
              {area && ` · ${areaLabel(area, dict)}`}
            </p>
            <p>
              {t.representative}: {producer.representative.name}
              {producer.representative.title &&
                ` (${localizedString(producer.representative.title, lang)})`}
            </p>
          </header>

          <Markdown>{localize(producer.description, lang).text}</Markdown>

          <section aria-labelledby="wholesale-heading" className="rounded-lg bg-brand-50 p-5">
            <h2 id="wholesale-heading" className={h2}>
              {t.wholesaleHeading}
            </h2>
            <p className="mt-2 font-semibold">
              {wholesale.isAvailable ? t.wholesaleAvailable : t.wholesaleUnavailable}
            </p>
            <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
              {wholesale.minimumOrder && (
                <>
                  <dt className="font-semibold">{t.minimumOrder}</dt>
                  <dd>
                    <LocalizedText value={wholesale.minimumOrder} lang={lang} fallbackNote={note} />
                  </dd>
                </>
              )}
              {wholesale.monthlyCapacity && (
                <>
                  <dt className="font-semibold">{t.monthlyCapacity}</dt>
                  <dd>
                    <LocalizedText
                      value={wholesale.monthlyCapacity}
                      lang={lang}
                      fallbackNote={note}
                    />
                  </dd>
                </>
              )}
              {wholesale.leadTimeDays !== undefined && (
                <>
                  <dt className="font-semibold">{t.leadTime}</dt>
                  <dd>{fill(t.leadTimeDays, { days: wholesale.leadTimeDays })}</dd>
                </>
              )}
              {wholesale.exportMarkets.length > 0 && (
                <>
                  <dt className="font-semibold">{t.exportMarkets}</dt>
                  <dd>
                    {wholesale.exportMarkets.map((code) => countryName.of(code) ?? code).join(', ')}
                  </dd>
                </>
              )}
              {standards.length > 0 && (
                <>
                  <dt className="font-semibold">{t.standards}</dt>
                  <dd>{standards.join(', ')}</dd>
                </>
              )}
            </dl>
          </section>

          <section aria-labelledby="products-heading">
            <h2 id="products-heading" className={h2}>
              {t.productsHeading}
            </h2>
            <p className="mt-1 text-stone-800">
              {profile.bestStars === undefined
                ? t.productsSummaryNone
                : fill(t.productsSummary, {
                    count: profile.certifiedCount,
                    stars: profile.bestStars,
                  })}
            </p>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {profile.products.map((product) => (
                <li key={product.slug}>
                  <ProductCard
                    product={toProductSummary(product, { catalogue, lang, today, siteUrl })}
                    lang={lang}
                    siteUrl={siteUrl}
                    strings={productCardStrings(dict)}
                  />
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="events-heading">
            <h2 id="events-heading" className={h2}>
              {t.eventsHeading}
            </h2>
            {profile.events.length === 0 ? (
              <p className="mt-2">{t.none}</p>
            ) : (
              <ul className="mt-4 space-y-3">
                {profile.events.map((event) => (
                  <li key={event.slug}>
                    <EventCard
                      event={event}
                      area={catalogue.area(event.venue.address.area)}
                      lang={lang}
                      dict={dict}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="retail-heading">
            <h2 id="retail-heading" className={h2}>
              {t.retailHeading}
            </h2>
            {profile.retailPoints.length === 0 ? (
              <p className="mt-2">{t.none}</p>
            ) : (
              <RetailPointList
                points={profile.retailPoints}
                catalogue={catalogue}
                lang={lang}
                dict={dict}
              />
            )}
          </section>
        </div>

        <aside className="space-y-8" aria-label={t.contactHeading}>
          <ProducerContactCard
            producer={producer}
            area={area}
            lang={lang}
            dict={dict}
            heading={t.contactHeading}
            linksToSupplierPage={false}
          />
          <p>
            <a href={`/${lang}/producers/${slug}/contact.vcf`} download>
              {t.vcard}
            </a>
          </p>
          <section aria-labelledby="directions-heading">
            <h2 id="directions-heading" className={h2}>
              {t.directionsHeading}
            </h2>
            <DirectionsList coordinates={producer.coordinates} strings={t} />
          </section>
          <p className="text-sm text-stone-700">
            {fill(dict.record.source, {
              organisation: source
                ? localizedString(source.name, lang)
                : producer.source.organisation,
              date: formatDate(producer.source.checkedOn, lang),
            })}
          </p>
        </aside>
      </div>
    </article>
  );
}
