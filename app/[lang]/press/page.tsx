import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { TemplateText } from '@/components/ui/template-text';
import { getDataset, getToday } from '@/lib/content';
import { dataLicense } from '@/lib/content/data-license';
import type { Dataset, Image } from '@/lib/content/schema';
import { getEnv } from '@/lib/env';
import { embedCardUrl } from '@/lib/embed/embed-urls';
import { cardFrame, iframeHtml } from '@/lib/embed/oembed';
import { feedUrl } from '@/lib/feeds/feed-urls';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';
import { getKeyFigures } from '@/lib/stats/key-figures';

interface PressPageProps {
  params: Promise<{ lang: string }>;
}

/** How many images the media kit shows; the rest are on their pages. */
const mediaKitImages = 12;

export async function generateMetadata({ params }: PressPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.press.title,
    description: dict.press.metaDescription,
    alternates: languageAlternates(lang, '/press'),
  };
}

/** Every distinct image of the content, with where it appears: the media kit offers them. */
function contentImages(dataset: Dataset, lang: Locale) {
  const all: Array<{ image: Image; href: string }> = [
    ...dataset.articles.flatMap((a) =>
      a.heroImage ? [{ image: a.heroImage, href: `/${lang}/news/${a.slug}` }] : [],
    ),
    ...dataset.events.flatMap((e) =>
      e.images.map((image) => ({ image, href: `/${lang}/events/${e.slug}` })),
    ),
    ...dataset.products.flatMap((p) =>
      p.images.map((image) => ({ image, href: `/${lang}/products/${p.slug}` })),
    ),
  ];
  const seen = new Set<string>();
  return all.filter(({ image }) => !seen.has(image.src) && seen.add(image.src));
}

const h2 = 'text-2xl font-bold';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className={h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One address to copy: its name, the address itself (selectable) and a copy button. */
function AddressRow({
  name,
  url,
  copy,
  copied,
}: {
  name: string;
  /** Absolute, to copy into another system. */
  url: string;
  copy: string;
  copied: string;
}) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {/* The link stays on this host whatever SITE_URL the page was built with. */}
      <a href={url.replace(/^https?:\/\/[^/]+/, '')} className="font-semibold">
        {name}
      </a>
      <code className="rounded bg-stone-100 px-1.5 py-0.5 text-sm break-all">{url}</code>
      <CopyButton text={url} label={fill(copy, { name })} copiedLabel={copied} />
    </li>
  );
}

/** The press room: contacts, feeds, open data, media kit, embeds and the API, in one place. */
export default async function PressPage({ params }: PressPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today] = await Promise.all([getDictionary(lang), getDataset(), getToday()]);
  const t = dict.press;
  const env = getEnv();
  const site = env.SITE_URL;
  const { settings } = dataset;
  const siteName = localizedString(settings.siteName, lang);
  const license = dataLicense(settings, env.DATA_LICENSE);
  const contacts = [settings.programmeOwner, settings.defaultOrganiser].flatMap(
    (slug) => settings.organisations.find((o) => o.slug === slug) ?? [],
  );
  const figures = getKeyFigures(dataset, today);
  const images = contentImages(dataset, lang).slice(0, mediaKitImages);
  const sampleProduct = dataset.products.find((p) => p.isFeatured) ?? dataset.products[0];
  // The same frame as oEmbed gives, so the two codes never differ.
  const embedCode = sampleProduct
    ? iframeHtml(
        embedCardUrl(site, 'product', sampleProduct.slug, lang),
        cardFrame.preferred,
        localizedString(sampleProduct.name, lang),
      )
    : undefined;
  const copy = { copy: t.copyNamed, copied: t.copied };
  const feeds = [
    [t.feedNewsRss, feedUrl(site, 'news.xml', lang)],
    [t.feedNewsAtom, feedUrl(site, 'news.atom', lang)],
    [t.feedNewsJson, feedUrl(site, 'news.json', lang)],
    [t.feedChanges, feedUrl(site, 'changes.xml', lang)],
    [t.feedEvents, `${site}/feeds/events.ics?lang=${lang}`],
    [t.feedEventsWebcal, `${site.replace(/^https?:/, 'webcal:')}/feeds/events.ics?lang=${lang}`],
  ] as const;
  const downloads = [
    [t.dataProducts, `${site}/data/products.csv?lang=${lang}`],
    [t.dataProducers, `${site}/data/producers.csv?lang=${lang}`],
    [t.dataRetailPoints, `${site}/data/retail-points.geojson?lang=${lang}`],
    [t.dataOutline, `${site}/data/province-outline.geojson`],
    [t.dataStats, `${site}/api/v1/stats?lang=${lang}`],
  ] as const;

  return (
    <div className="max-w-4xl space-y-12">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
        <p>
          <TemplateText
            template={t.licence}
            values={{
              licence: license.url ? (
                <a href={license.url} rel="license">
                  {license.name}
                </a>
              ) : (
                license.name
              ),
            }}
          />{' '}
          {fill(t.creditLine, { site: siteName, url: site })}
        </p>
      </header>

      <Section id="press-contacts" title={t.contactsHeading}>
        <p>{t.contactsBody}</p>
        <ul className="grid gap-4 sm:grid-cols-2">
          {contacts.map((o) => (
            <li key={o.slug} className="rounded-lg border border-stone-200 p-4">
              <p className="font-semibold">{localizedString(o.name, lang)}</p>
              {o.address && <p className="text-sm">{o.address}</p>}
              {o.phone && (
                <p>
                  <a href={`tel:${o.phone.replace(/[^+\d]/g, '')}`}>{o.phone}</a>
                </p>
              )}
              {o.email && (
                <p>
                  <a href={`mailto:${o.email}`}>{o.email}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="press-feeds" title={t.feedsHeading}>
        <p>{t.feedsBody}</p>
        <ul className="space-y-2">
          {feeds.map(([name, url]) => (
            <AddressRow key={url} name={name} url={url} {...copy} />
          ))}
        </ul>
      </Section>

      <Section id="press-data" title={t.dataHeading}>
        <p>{t.dataBody}</p>
        <ul className="space-y-2">
          {downloads.map(([name, url]) => (
            <AddressRow key={url} name={name} url={url} {...copy} />
          ))}
        </ul>
      </Section>

      <Section id="press-kit" title={t.mediaKitHeading}>
        <h3 className="text-lg font-semibold">{t.factSheetHeading}</h3>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {(
            [
              [figures.certifiedProducts, dict.home.figureProducts],
              [figures.fiveStarProducts, dict.home.figureFiveStar],
              [figures.fourStarProducts, dict.home.figureFourStar],
              [figures.producers, dict.home.figureProducers],
              [figures.retailPoints, dict.home.figureRetailPoints],
            ] as const
          ).map(([value, label]) => (
            <div key={label} className="rounded-lg bg-brand-50 p-3">
              <dt className="text-sm">{label}</dt>
              <dd className="text-2xl font-bold">{formatNumber(value, lang)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">
          {fill(t.factSheetAsOf, { date: formatDate(today, lang) })}{' '}
          <PageLink href={`/${lang}/stats`}>{t.factSheetMore}</PageLink>
        </p>

        <h3 className="pt-4 text-lg font-semibold">{t.logoHeading}</h3>
        <ul className="list-disc space-y-1 pl-6">
          {t.logoRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>

        <h3 className="pt-4 text-lg font-semibold">{t.imagesHeading}</h3>
        <p>{t.imagesBody}</p>
        <ul className="grid gap-4 sm:grid-cols-3">
          {images.map(({ image, href }) => (
            <li key={image.src}>
              <figure>
                {/* eslint-disable-next-line @next/next/no-img-element -- SVG illustrations need no optimiser */}
                <img
                  src={image.src}
                  alt={localizedString(image.alt, lang)}
                  width={image.width}
                  height={image.height}
                  loading="lazy"
                  className="w-full rounded"
                />
                <figcaption className="mt-1 text-xs">
                  <PageLink href={href}>{localizedString(image.alt, lang)}</PageLink>
                  <br />
                  {fill(t.imageCredit, { credit: image.credit, license: image.license })} ·{' '}
                  <a href={image.src} download>
                    {t.download}
                  </a>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="press-embeds" title={t.embedsHeading}>
        <p>{t.embedsBody}</p>
        {embedCode && (
          <div className="space-y-2">
            <p className="font-semibold">{t.embedExample}</p>
            <pre className="overflow-x-auto rounded bg-stone-100 p-3 text-sm whitespace-pre-wrap">
              <code>{embedCode}</code>
            </pre>
            <CopyButton
              text={embedCode}
              label={fill(t.copyNamed, { name: t.embedExample })}
              copiedLabel={t.copied}
            />
          </div>
        )}
        <p>
          {t.oembedBody} <code className="break-all">{`${site}/api/oembed?url=…&format=json`}</code>
        </p>
      </Section>

      <Section id="press-api" title={t.apiHeading}>
        <p>{t.apiBody}</p>
        <ul className="space-y-1">
          <li>
            <a href="/api/v1/openapi.json">{t.apiOpenApi}</a>
          </li>
          <li>
            <PageLink href={`/${lang}/press/api`}>{t.apiGuideLink}</PageLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
