import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BreadcrumbJsonLd, JsonLdScript } from 'next-seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ProductStarList } from '@/components/product/product-star-list';
import { PointMap } from '@/components/retail-point/point-map';
import { Badge } from '@/components/ui/badge';
import { DirectionsList } from '@/components/ui/directions-list';
import { LocalizedText } from '@/components/ui/localized-text';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale, locales } from '@/lib/i18n/locales';
import { isOpenAt, openingHoursLines } from '@/lib/retail/opening-hours';
import { languageAlternates } from '@/lib/seo/metadata';
import { retailPointJsonLd } from '@/lib/seo/retail-point-json-ld';

interface RetailPointPageProps {
  params: Promise<{ lang: string; slug: string }>;
}

/** How many sales point pages the build renders ahead; the rest render on first visit. */
const prerenderedPoints = 200;

export async function generateStaticParams() {
  const dataset = await getDataset();
  // The points carrying the most products draw the most shoppers.
  return [...dataset.retailPoints]
    .sort((a, b) => b.products.length - a.products.length)
    .slice(0, prerenderedPoints)
    .flatMap((p) => locales.map((lang) => ({ lang, slug: p.slug })));
}

export async function generateMetadata({ params }: RetailPointPageProps): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const catalogue = getCatalogue(await getDataset());
  const point = catalogue.retailPoint(slug);
  if (!point) return {};
  const dict = await getDictionary(lang);
  const area = catalogue.area(point.address?.area);
  return {
    title: localizedString(point.name, lang),
    description: [dict.retailKinds[point.kind], point.address?.line, area?.name]
      .filter(Boolean)
      .join(' · '),
    alternates: languageAlternates(lang, `/where-to-buy/${slug}`),
  };
}

const h2 = 'text-xl font-bold';

export default async function RetailPointPage({ params }: RetailPointPageProps) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, now] = await Promise.all([getDictionary(lang), getDataset(), getNow()]);
  const catalogue = getCatalogue(dataset);
  const point = catalogue.retailPoint(slug);
  if (!point) notFound();

  const t = dict.whereToBuy;
  const env = getEnv();
  const siteUrl = env.SITE_URL;
  const pageUrl = `${siteUrl}/${lang}/where-to-buy/${slug}`;
  const name = localizedString(point.name, lang);
  const area = catalogue.area(point.address?.area);
  const isOpen = isOpenAt(point.openingHours, now);
  const products = point.products.flatMap((s) => catalogue.product(s) ?? []);
  const source = catalogue.organisation(point.source.organisation);
  const former = point.address?.former;
  const [south, north] = dataset.settings.province.bounds;
  const breadcrumbs = [
    { name: dict.nav.home, href: `/${lang}` },
    { name: dict.nav.whereToBuy, href: `/${lang}/where-to-buy` },
    { name, href: `/${lang}/where-to-buy/${slug}` },
  ];

  return (
    <article>
      <JsonLdScript
        data={retailPointJsonLd(point, catalogue, lang, pageUrl, siteUrl)}
        scriptKey="retail-point"
      />
      <BreadcrumbJsonLd
        items={breadcrumbs.map((b) => ({ name: b.name, item: `${siteUrl}${b.href}` }))}
      />
      <Breadcrumbs label={t.breadcrumbLabel} items={breadcrumbs} />

      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <header className="space-y-2">
            <p className="flex flex-wrap gap-2">
              <Badge>{dict.retailKinds[point.kind]}</Badge>
              {isOpen !== undefined && (
                <Badge tone={isOpen ? 'positive' : 'neutral'}>
                  {isOpen ? t.openNow : t.closedNow}
                </Badge>
              )}
            </p>
            <h1 className="text-3xl font-bold md:text-4xl">
              <LocalizedText
                value={point.name}
                lang={lang}
                fallbackNote={dict.language.fallbackNote}
              />
            </h1>
            {point.operator && <p>{fill(t.operator, { operator: point.operator })}</p>}
            {point.isStateFunded && <p className="text-sm text-stone-700">{t.stateFunded}</p>}
          </header>

          <section aria-labelledby="products-heading">
            <h2 id="products-heading" className={h2}>
              {t.productsHeading}
            </h2>
            {products.length === 0 ? (
              <p className="mt-2">{dict.producer.none}</p>
            ) : (
              <ProductStarList
                products={products}
                lang={lang}
                strings={dict.stars}
                className="mt-2 space-y-2"
              />
            )}
          </section>

          <section aria-labelledby="hours-heading">
            <h2 id="hours-heading" className={h2}>
              {t.openingHoursHeading}
            </h2>
            {point.openingHours.length === 0 ? (
              <p className="mt-2">{t.openingHoursUnknown}</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {openingHoursLines(point.openingHours, lang).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <p className="mt-1 text-sm text-stone-700">{dict.events.timeZoneNote}</p>
          </section>

          <p className="text-sm text-stone-700">
            {fill(t.source, {
              organisation: source ? localizedString(source.name, lang) : point.source.organisation,
              date: formatDate(point.source.checkedOn, lang),
            })}
          </p>
        </div>

        <aside className="space-y-8" aria-label={t.contactHeading}>
          {point.address && (
            <section aria-labelledby="address-heading">
              <h2 id="address-heading" className={h2}>
                {t.addressHeading}
              </h2>
              {point.address.line && <p className="mt-2">{point.address.line}</p>}
              {area && <p>{areaLabel(area, dict)}</p>}
              {former && (
                <p className="text-sm text-stone-700">
                  {fill(t.formerAddress, {
                    address: [former.line, former.commune, former.district]
                      .filter(Boolean)
                      .join(', '),
                  })}
                </p>
              )}
            </section>
          )}
          {point.coordinates && (
            <>
              <PointMap
                point={{ slug, name, ...point.coordinates }}
                tileUrl={env.MAP_TILE_URL}
                tileAttribution={env.MAP_TILE_ATTRIBUTION}
                provinceBounds={[
                  [south.lat, south.lng],
                  [north.lat, north.lng],
                ]}
                label={t.mapLabel}
                clusterLabel={t.cluster}
                tilesFailedNotice={t.mapOutlineOnly}
                zoomInLabel={dict.map.zoomIn}
                zoomOutLabel={dict.map.zoomOut}
              />
              <section aria-labelledby="directions-heading">
                <h2 id="directions-heading" className={h2}>
                  {dict.producer.directionsHeading}
                </h2>
                <DirectionsList coordinates={point.coordinates} strings={dict.producer} />
              </section>
            </>
          )}
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading" className={h2}>
              {t.contactHeading}
            </h2>
            <ul className="mt-2 space-y-1">
              {point.phone && (
                <li>
                  {t.phone}: <a href={`tel:${point.phone.replace(/[^+\d]/g, '')}`}>{point.phone}</a>
                </li>
              )}
              {point.website && (
                <li>
                  {t.website}: <a href={point.website}>{new URL(point.website).host}</a>
                </li>
              )}
              {!point.phone && !point.website && <li>{dict.producer.none}</li>}
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}
