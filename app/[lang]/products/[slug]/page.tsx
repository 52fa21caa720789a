import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { BreadcrumbJsonLd, JsonLdScript } from 'next-seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { CertificateStatusBadge } from '@/components/product/certificate-status-badge';
import { ProductCard, productCardStrings } from '@/components/product/product-card';
import { RetailPointList } from '@/components/retail-point/retail-point-list';
import { ProducerContactCard } from '@/components/product/producer-contact-card';
import { StarRating } from '@/components/product/star-rating';
import { LocalizedText } from '@/components/ui/localized-text';
import { Markdown } from '@/components/ui/markdown';
import { ShareSection } from '@/components/ui/share-section';
import { toProductSummary } from '@/lib/api/product-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getRelatedProducts, getRetailPointsCarrying } from '@/lib/catalogue/product-relations';
import { getDataset, getToday, type Product } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate, formatVnd } from '@/lib/i18n/format';
import { fill, localize, localizedString } from '@/lib/i18n/localize';
import { isLocale, locales } from '@/lib/i18n/locales';
import { certificateExpiry } from '@/lib/ocop/certificate';
import { scoreBandFor } from '@/lib/ocop/stars';
import { withOembedDiscovery } from '@/lib/embed/oembed';
import { cardPath, openGraphCardImages } from '@/lib/og/card-urls';
import { languageAlternates, siteOpenGraph } from '@/lib/seo/metadata';
import { productJsonLd } from '@/lib/seo/product-json-ld';
import { qrCodeSvg } from '@/lib/share/qr-code';

interface ProductPageProps {
  params: Promise<{ lang: string; slug: string }>;
}

/** How many product pages the build renders ahead; the rest render on first visit and are cached. */
const prerenderedProducts = 200;

export async function generateStaticParams() {
  const [dataset, today] = await Promise.all([getDataset(), getToday()]);
  const catalogue = getCatalogue(dataset);
  // Statuses come from the catalogue, computed once, not twice per comparison of the sort.
  const isActive = (p: Product) => catalogue.status(p, today) === 'active';
  // The featured and best-rated products are the most visited: render those at build time.
  const ranked = [...dataset.products].sort(
    (a, b) =>
      Number(b.isFeatured) - Number(a.isFeatured) ||
      b.stars - a.stars ||
      Number(isActive(b)) - Number(isActive(a)),
  );
  return ranked
    .slice(0, prerenderedProducts)
    .flatMap((p) => locales.map((lang) => ({ lang, slug: p.slug })));
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const dataset = await getDataset();
  const product = getCatalogue(dataset).product(slug);
  if (!product) return {};
  const siteUrl = getEnv().SITE_URL;
  const name = localizedString(product.name, lang);
  return {
    title: name,
    description: localizedString(product.summary, lang),
    alternates: withOembedDiscovery(
      languageAlternates(lang, `/products/${slug}`),
      `${siteUrl}/${lang}/products/${slug}`,
      siteUrl,
      name,
    ),
    // The Open Graph image is the broadcast card's drawing (./og.png), photo and stars included.
    openGraph: {
      ...siteOpenGraph(lang, dataset.settings),
      images: openGraphCardImages(siteUrl, 'products', lang, slug, name),
    },
  };
}

const h2 = 'text-xl font-bold';

export default async function ProductPage({ params }: ProductPageProps) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today] = await Promise.all([getDictionary(lang), getDataset(), getToday()]);
  const catalogue = getCatalogue(dataset);
  const product = catalogue.product(slug);
  if (!product) notFound();

  const t = dict.product;
  const note = dict.language.fallbackNote;
  const siteUrl = getEnv().SITE_URL;
  const pageUrl = `${siteUrl}/${lang}/products/${slug}`;
  const name = localizedString(product.name, lang);
  const producer = catalogue.producer(product.producer);
  const area = catalogue.area(product.area);
  const group = catalogue.group(product.group);
  const subgroup = group?.subgroups.find((s) => s.code === product.subgroup);
  const issuer = catalogue.organisation(product.certificate.issuedBy);
  const source = catalogue.organisation(product.source.organisation);
  const status = catalogue.status(product, today);
  const band = scoreBandFor(product.stars);
  const round = dataset.rounds.find((r) => r.slug === product.certificate.round);
  const points = getRetailPointsCarrying(dataset, slug);
  const related = getRelatedProducts(dataset, product, today, 4);
  const image = product.images[0];
  const qrSvg = await qrCodeSvg(pageUrl);
  const breadcrumbs = [
    { name: dict.nav.home, href: `/${lang}` },
    { name: dict.catalogue.title, href: `/${lang}/products` },
    { name, href: `/${lang}/products/${slug}` },
  ];
  const bandText = fill(product.stars === 5 ? t.bandRangeTop : t.bandRange, {
    min: band.min,
    max: band.max,
  });

  return (
    <article>
      <JsonLdScript
        data={productJsonLd(product, catalogue, lang, today, pageUrl, siteUrl)}
        scriptKey="product"
      />
      <BreadcrumbJsonLd
        items={breadcrumbs.map((b) => ({ name: b.name, item: `${siteUrl}${b.href}` }))}
      />
      <Breadcrumbs label={t.breadcrumbLabel} items={breadcrumbs} />

      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <header className="space-y-3">
            <h1 className="text-3xl font-bold md:text-4xl">
              <LocalizedText value={product.name} lang={lang} fallbackNote={note} />
            </h1>
            <p className="flex flex-wrap items-center gap-2">
              <StarRating
                stars={product.stars}
                isPotentialFiveStar={product.isPotentialFiveStar}
                strings={dict.stars}
              />
              <CertificateStatusBadge status={status} labels={dict.certificateStatus} />
            </p>
            <LocalizedText
              as="p"
              value={product.summary}
              lang={lang}
              fallbackNote={note}
              className="text-lg"
            />
          </header>

          {image && (
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element -- SVG needs no optimiser; see ProductCard */}
              <img
                src={image.src}
                alt={localizedString(image.alt, lang)}
                width={image.width}
                height={image.height}
                fetchPriority="high"
                className="w-full rounded-lg"
              />
              <figcaption className="mt-1 text-xs text-stone-700">
                {image.caption && (
                  <LocalizedText value={image.caption} lang={lang} fallbackNote={note} />
                )}{' '}
                {fill(t.imageCredit, { credit: image.credit, license: image.license })}
              </figcaption>
            </figure>
          )}

          <section aria-labelledby="rating-heading" className="rounded-lg bg-brand-50 p-5">
            <h2 id="rating-heading" className={h2}>
              {t.ratingHeading}
            </h2>
            <p className="mt-2">
              {fill(t.ratingMeaning, {
                stars: product.stars,
                band: bandText,
                score: product.score,
              })}
            </p>
            {product.isPotentialFiveStar && (
              <p className="mt-2 font-semibold">{t.potentialMeaning}</p>
            )}
            <p className="mt-2 text-sm">
              <PageLink href={`/${lang}/about`}>{dict.about.starsHeading}</PageLink>
            </p>
          </section>

          <section aria-labelledby="certificate-heading">
            <h2 id="certificate-heading" className={h2}>
              {t.certificateHeading}
            </h2>
            <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
              <dt className="font-semibold">{t.status}</dt>
              <dd>
                <CertificateStatusBadge status={status} labels={dict.certificateStatus} />
              </dd>
              <dt className="font-semibold">{t.decisionNumber}</dt>
              <dd>{product.certificate.decisionNumber}</dd>
              <dt className="font-semibold">{t.issuedBy}</dt>
              <dd>{issuer ? localizedString(issuer.name, lang) : product.certificate.issuedBy}</dd>
              <dt className="font-semibold">{t.decisionDate}</dt>
              <dd>
                <time dateTime={product.certificate.decisionDate}>
                  {formatDate(product.certificate.decisionDate, lang)}
                </time>
              </dd>
              <dt className="font-semibold">{t.expiresOn}</dt>
              <dd>
                <time dateTime={certificateExpiry(product.certificate)}>
                  {formatDate(certificateExpiry(product.certificate), lang)}
                </time>
              </dd>
              {round && (
                <>
                  <dt className="font-semibold">{t.round}</dt>
                  <dd>{fill(dict.about.roundName, { number: round.number, year: round.year })}</dd>
                </>
              )}
              <dt className="font-semibold">{t.productCode}</dt>
              <dd>{product.code}</dd>
            </dl>
            {product.certificate.history.length > 0 && (
              <>
                <h3 className="mt-5 font-bold">{t.historyHeading}</h3>
                <ol className="mt-2 space-y-2 border-l-2 border-stone-300 pl-4">
                  {product.certificate.history.map((event) => (
                    <li key={`${event.kind}-${event.date}`}>
                      <time dateTime={event.date} className="font-semibold">
                        {formatDate(event.date, lang)}
                      </time>{' '}
                      {fill(t.historyKinds[event.kind], { stars: event.stars ?? product.stars })}
                      {event.decisionNumber && ` (${event.decisionNumber})`}
                      {event.note && (
                        <LocalizedText
                          as="p"
                          value={event.note}
                          lang={lang}
                          fallbackNote={note}
                          className="text-sm text-stone-700"
                        />
                      )}
                    </li>
                  ))}
                </ol>
              </>
            )}
            <p className="mt-4">
              <PageLink href={`/${lang}/verify?code=${encodeURIComponent(product.code)}`}>
                {t.verifyLink}
              </PageLink>
            </p>
          </section>

          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className={h2}>
              {t.detailsHeading}
            </h2>
            <Markdown className="mt-3">{localize(product.description, lang).text}</Markdown>
            <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
              <dt className="font-semibold">{t.group}</dt>
              <dd>
                {[
                  group && localizedString(group.name, lang),
                  subgroup && localizedString(subgroup.name, lang),
                ]
                  .filter(Boolean)
                  .join(' › ')}
              </dd>
              {product.packaging && (
                <>
                  <dt className="font-semibold">{t.packaging}</dt>
                  <dd>
                    <LocalizedText value={product.packaging} lang={lang} fallbackNote={note} />
                  </dd>
                </>
              )}
              {product.priceVnd && (
                <>
                  <dt className="font-semibold">{t.price}</dt>
                  <dd>
                    {product.priceVnd.min === product.priceVnd.max
                      ? formatVnd(product.priceVnd.min, lang)
                      : `${formatVnd(product.priceVnd.min, lang)} – ${formatVnd(product.priceVnd.max, lang)}`}
                  </dd>
                </>
              )}
              {product.shelfLife && (
                <>
                  <dt className="font-semibold">{t.shelfLife}</dt>
                  <dd>
                    <LocalizedText value={product.shelfLife} lang={lang} fallbackNote={note} />
                  </dd>
                </>
              )}
              {product.standards.length > 0 && (
                <>
                  <dt className="font-semibold">{t.standards}</dt>
                  <dd>{product.standards.join(', ')}</dd>
                </>
              )}
              {product.geographicalIndication && (
                <>
                  <dt className="font-semibold">{t.geographicalIndication}</dt>
                  <dd>
                    {localizedString(product.geographicalIndication.name, lang)}
                    {product.geographicalIndication.registrationNumber &&
                      ` (${product.geographicalIndication.registrationNumber}, ${product.geographicalIndication.year})`}
                  </dd>
                </>
              )}
            </dl>
          </section>

          <section aria-labelledby="where-heading">
            <h2 id="where-heading" className={h2}>
              {t.whereToBuyHeading}
            </h2>
            {points.length === 0 ? (
              <p className="mt-2">{t.whereToBuyNone}</p>
            ) : (
              <RetailPointList points={points} catalogue={catalogue} lang={lang} dict={dict} />
            )}
            <p className="mt-3">
              <PageLink href={`/${lang}/where-to-buy?product=${slug}`}>{t.whereToBuyMap}</PageLink>
            </p>
          </section>
        </div>

        <aside className="space-y-8" aria-label={t.producerHeading}>
          {producer && (
            <ProducerContactCard producer={producer} area={area} lang={lang} dict={dict} />
          )}

          <ShareSection
            url={pageUrl}
            title={name}
            headingClassName={h2}
            strings={{
              heading: t.shareHeading,
              share: t.share,
              copy: t.copyLink,
              copied: t.copied,
              email: t.email,
            }}
          >
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <a href={cardPath('products', lang, slug, 'broadcast')} download>
                {dict.press.broadcastCard}
              </a>
              <a href={`/embed/products/${slug}?lang=${lang}`}>{dict.press.embedCode}</a>
            </p>
          </ShareSection>

          <section aria-labelledby="qr-heading">
            <h2 id="qr-heading" className={h2}>
              {t.qrHeading}
            </h2>
            <p className="mt-2 text-sm">{t.qrBody}</p>
            {/* The SVG comes from the qrcode library, never from content: safe to inline, and sharp in print. */}
            <div
              role="img"
              aria-label={fill(t.qrAlt, { url: pageUrl })}
              className="mt-3 w-40"
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <a
              href={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
              download={`ocop-${slug}-qr.svg`}
              className="no-print mt-2 inline-block text-sm"
            >
              {t.qrDownload}
            </a>
          </section>

          <p className="text-sm text-stone-700">
            {fill(dict.record.source, {
              organisation: source
                ? localizedString(source.name, lang)
                : product.source.organisation,
              date: formatDate(product.source.checkedOn, lang),
            })}
          </p>
        </aside>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="no-print mt-12">
          <h2 id="related-heading" className="text-2xl font-bold">
            {t.relatedHeading}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {related.map((other) => (
              <li key={other.slug}>
                <ProductCard
                  product={toProductSummary(other, { catalogue, lang, today, siteUrl })}
                  lang={lang}
                  siteUrl={siteUrl}
                  strings={productCardStrings(dict)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
