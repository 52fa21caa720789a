import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { BreadcrumbJsonLd, JsonLdScript } from 'next-seo';
import { ArticleHero } from '@/components/article/article-hero';
import { RepublishBox } from '@/components/article/republish-box';
import { RoundResults } from '@/components/article/round-results';
import { EventCard } from '@/components/event/event-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ProductStarList } from '@/components/product/product-star-list';
import { Badge } from '@/components/ui/badge';
import { LocalizedText } from '@/components/ui/localized-text';
import { Markdown } from '@/components/ui/markdown';
import { ShareSection } from '@/components/ui/share-section';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset } from '@/lib/content';
import { dataLicense } from '@/lib/content/data-license';
import { getEnv } from '@/lib/env';
import { feedPath } from '@/lib/feeds/feed-urls';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { fill, localize, localizedString } from '@/lib/i18n/localize';
import { isLocale, locales } from '@/lib/i18n/locales';
import { articlePlainText } from '@/lib/news/article-text';
import { articleCreditLine, articleUrl } from '@/lib/news/credit';
import { getRoundResults } from '@/lib/news/round-results';
import { feedAlternates } from '@/lib/seo/feed-links';
import { languageAlternates, siteOpenGraph } from '@/lib/seo/metadata';
import { newsArticleJsonLd } from '@/lib/seo/news-json-ld';

interface ArticlePageProps {
  params: Promise<{ lang: string; slug: string }>;
}

/** How many of the newest articles are rendered at build time; older ones on first request. */
const prerenderedArticles = 100;

/**
 * The newest articles are the most read: those are rendered at build time, in both languages. A
 * national archive (1,500 articles in the synthetic dataset) would otherwise dominate the build.
 */
export async function generateStaticParams() {
  const dataset = await getDataset();
  return [...dataset.articles]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, prerenderedArticles)
    .flatMap((a) => locales.map((lang) => ({ lang, slug: a.slug })));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const dataset = await getDataset();
  const article = getCatalogue(dataset).article(slug);
  if (!article) return {};
  const dict = await getDictionary(lang);
  const image = article.heroImage;
  return {
    title: localizedString(article.title, lang),
    description: localizedString(article.lead, lang),
    alternates: { ...languageAlternates(lang, `/news/${slug}`), types: feedAlternates(lang) },
    openGraph: {
      ...siteOpenGraph(lang, dataset.settings),
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      authors: [article.author],
      section: dict.articleKinds[article.kind],
      // Social networks do not show SVG previews: those articles keep the site's default image.
      images:
        image && !image.src.endsWith('.svg')
          ? [
              {
                url: image.src,
                width: image.width,
                height: image.height,
                alt: localizedString(image.alt, lang),
              },
            ]
          : undefined,
    },
  };
}

const h2 = 'text-xl font-bold';

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset] = await Promise.all([getDictionary(lang), getDataset()]);
  const catalogue = getCatalogue(dataset);
  const article = catalogue.article(slug);
  if (!article) notFound();

  const t = dict.news;
  const note = dict.language.fallbackNote;
  const env = getEnv();
  const siteUrl = env.SITE_URL;
  const pageUrl = articleUrl(siteUrl, lang, slug);
  const title = localizedString(article.title, lang);
  const body = localize(article.body, lang);
  const license = dataLicense(dataset.settings, env.DATA_LICENSE);
  const creditLine = articleCreditLine(article, {
    lang,
    siteUrl,
    settings: dataset.settings,
    license,
    strings: t,
  });
  const round =
    article.kind === 'rating-results' && article.round
      ? dataset.rounds.find((r) => r.slug === article.round)
      : undefined;
  const roundResults = round ? getRoundResults(dataset, round.slug) : [];
  // A rating announcement lists its round's products already: related ones are not listed twice.
  const inRound = new Set(roundResults.map((r) => r.product.slug));
  const products = article.relatedProducts
    .filter((s) => !inRound.has(s))
    .flatMap((s) => catalogue.product(s) ?? []);
  const events = article.relatedEvents.flatMap((s) => catalogue.event(s) ?? []);
  const source = catalogue.organisation(article.source.organisation);
  const sourceName = source ? localizedString(source.name, lang) : article.source.organisation;
  const breadcrumbs = [
    { name: dict.nav.home, href: `/${lang}` },
    { name: dict.nav.news, href: `/${lang}/news` },
    { name: title, href: `/${lang}/news/${slug}` },
  ];

  return (
    <article>
      <JsonLdScript
        data={newsArticleJsonLd(article, {
          catalogue,
          lang,
          pageUrl,
          siteUrl,
          license,
          section: dict.articleKinds[article.kind],
        })}
        scriptKey="article"
      />
      <BreadcrumbJsonLd
        items={breadcrumbs.map((b) => ({ name: b.name, item: `${siteUrl}${b.href}` }))}
      />
      <Breadcrumbs label={dict.product.breadcrumbLabel} items={breadcrumbs} />

      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-8">
          <header className="space-y-3">
            <p>
              <PageLink href={`/${lang}/news?kind=${article.kind}`} className="no-underline">
                <Badge>{dict.articleKinds[article.kind]}</Badge>
              </PageLink>
            </p>
            <h1 className="text-3xl font-bold md:text-4xl">
              <LocalizedText value={article.title} lang={lang} fallbackNote={note} />
            </h1>
            <LocalizedText
              as="p"
              value={article.lead}
              lang={lang}
              fallbackNote={note}
              className="text-lg font-semibold text-stone-800"
            />
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
              <span>{fill(t.byAuthor, { author: article.author })}</span>
              <span>
                {t.publishedLabel}{' '}
                <time dateTime={article.publishedAt}>
                  {formatDateTime(article.publishedAt, lang)}
                </time>
              </span>
              {article.updatedAt && (
                <span>
                  {t.updatedLabel}{' '}
                  <time dateTime={article.updatedAt}>
                    {formatDateTime(article.updatedAt, lang)}
                  </time>
                </span>
              )}
            </p>
          </header>

          {article.heroImage && <ArticleHero image={article.heroImage} lang={lang} dict={dict} />}

          <div>
            {body.isFallback && (
              <p className="mb-3 text-sm text-stone-700">
                <span className="rounded bg-stone-100 px-1">({note})</span>
              </p>
            )}
            <div lang={body.isFallback ? body.lang : undefined}>
              <Markdown>{body.text}</Markdown>
            </div>
          </div>

          {round && (
            <RoundResults
              round={round}
              results={roundResults}
              lang={lang}
              dict={dict}
              headingClassName={h2}
            />
          )}

          {products.length > 0 && (
            <section aria-labelledby="products-heading">
              <h2 id="products-heading" className={h2}>
                {t.relatedProductsHeading}
              </h2>
              <ProductStarList
                products={products}
                lang={lang}
                strings={dict.stars}
                className="mt-3 space-y-2"
              />
            </section>
          )}

          {events.length > 0 && (
            <section aria-labelledby="events-heading">
              <h2 id="events-heading" className={h2}>
                {t.relatedEventsHeading}
              </h2>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2">
                {events.map((event) => (
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
            </section>
          )}

          <ShareSection
            url={pageUrl}
            title={title}
            headingClassName={h2}
            strings={{
              heading: dict.product.shareHeading,
              share: dict.product.share,
              copy: dict.product.copyLink,
              copied: dict.product.copied,
              email: dict.product.email,
            }}
          />

          <p className="text-sm text-stone-700">
            {fill(dict.record.source, {
              organisation: sourceName,
              date: formatDate(article.source.checkedOn, lang),
            })}
          </p>
        </div>

        <aside className="space-y-8" aria-label={t.pressLabel}>
          {article.isFreeToRepublish ? (
            <RepublishBox
              creditLine={creditLine}
              license={license}
              image={article.heroImage}
              plainText={articlePlainText(article, { lang, siteUrl, creditLine })}
              markdownHref={`/${lang}/news/${slug}/article.md`}
              markdownFileName={`${slug}.${lang}.md`}
              strings={t}
            />
          ) : (
            <p className="rounded-lg bg-stone-100 p-5">
              {fill(t.notFreeToRepublish, { organisation: sourceName })}
            </p>
          )}
          <section aria-labelledby="feeds-heading" className="text-sm">
            <h2 id="feeds-heading" className="font-semibold">
              {t.feedsHeading}
            </h2>
            <ul className="mt-2 space-y-1">
              <li>
                <a href={feedPath('news.xml', lang)}>{t.feedRss}</a>
              </li>
              <li>
                <a href={feedPath('news.atom', lang)}>{t.feedAtom}</a>
              </li>
              <li>
                <a href={feedPath('news.json', lang)}>{t.feedJson}</a>
              </li>
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}
