import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { EventCard } from '@/components/event/event-card';
import { ProductCard, productCardStrings } from '@/components/product/product-card';
import { toProductSummary } from '@/lib/api/product-json';
import { getEnv } from '@/lib/env';
import { getFeaturedProducts } from '@/lib/catalogue/product-status';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getPastEvents, getUpcomingEvents } from '@/lib/events/timing';
import { getDataset, getNow, getToday } from '@/lib/content';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';
import { getKeyFigures } from '@/lib/stats/key-figures';
import { getLatestArticles } from '@/lib/news/articles';

interface HomePageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const { settings } = await getDataset();
  return {
    title: { absolute: localizedString(settings.siteName, lang) },
    description: localizedString(settings.tagline, lang),
    alternates: languageAlternates(lang, ''),
  };
}

const sectionHeading = 'text-2xl font-bold';

export default async function HomePage({ params }: HomePageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today, now] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getToday(),
    getNow(),
  ]);
  const catalogue = getCatalogue(dataset);
  const featured = getFeaturedProducts(dataset.products, today, 8);
  const apiContext = { catalogue, lang, today, siteUrl: getEnv().SITE_URL };
  const cardStrings = productCardStrings(dict);
  const upcoming = getUpcomingEvents(dataset.events, now).slice(0, 3);
  const events = upcoming.length > 0 ? upcoming : getPastEvents(dataset.events, now).slice(0, 3);
  const articles = getLatestArticles(dataset.articles, 3);
  const figures = getKeyFigures(dataset, today);
  const figureList = [
    [figures.certifiedProducts, dict.home.figureProducts],
    [figures.fiveStarProducts, dict.home.figureFiveStar],
    [figures.fourStarProducts, dict.home.figureFourStar],
    [figures.producers, dict.home.figureProducers],
    [figures.retailPoints, dict.home.figureRetailPoints],
  ] as const;

  return (
    <div className="space-y-14">
      <section
        aria-labelledby="home-title"
        className="rounded-2xl bg-brand-900 px-6 py-10 text-white md:px-10"
      >
        <h1 id="home-title" className="text-3xl font-bold md:text-4xl">
          {dict.home.title}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-brand-50">{dict.home.intro}</p>
        <form
          action={`/${lang}/products`}
          method="get"
          role="search"
          className="mt-6 flex max-w-xl flex-col gap-2 sm:flex-row"
        >
          <label htmlFor="home-search" className="sr-only">
            {dict.home.searchLabel}
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder={dict.home.searchPlaceholder}
            className="min-w-0 flex-1 rounded-md border-0 bg-white px-4 py-3 text-ink placeholder:text-stone-600"
          />
          <button
            type="submit"
            className="rounded-md bg-ochre-100 px-5 py-3 font-bold text-brand-900 hover:bg-white"
          >
            {dict.home.searchButton}
          </button>
        </form>
      </section>

      <section aria-labelledby="home-featured">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="home-featured" className={sectionHeading}>
            {dict.home.featuredHeading}
          </h2>
          <a href={`/${lang}/products`}>{dict.home.allProducts}</a>
        </div>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {featured.map((product, index) => (
            <li key={product.slug}>
              <ProductCard
                product={toProductSummary(product, apiContext)}
                lang={lang}
                siteUrl={apiContext.siteUrl}
                strings={cardStrings}
                isFirstOnPage={index === 0}
              />
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="home-events">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="home-events" className={sectionHeading}>
              {dict.home.eventsHeading}
            </h2>
            <a href={`/${lang}/events`}>{dict.home.allEvents}</a>
          </div>
          {upcoming.length === 0 && <p className="mt-3">{dict.home.noUpcomingEvents}</p>}
          <ul className="mt-4 space-y-3">
            {events.map((event) => (
              <li key={event.slug}>
                <EventCard
                  event={event}
                  area={catalogue.area(event.venue.address.area)}
                  lang={lang}
                  dict={dict}
                  now={now}
                />
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-news">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="home-news" className={sectionHeading}>
              {dict.home.newsHeading}
            </h2>
            <a href={`/${lang}/news`}>{dict.home.allNews}</a>
          </div>
          <ul className="mt-4 space-y-3">
            {articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} lang={lang} dict={dict} />
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="home-figures">
        <h2 id="home-figures" className={sectionHeading}>
          {dict.home.figuresHeading}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {figureList.map(([value, label]) => (
            <div key={label} className="flex flex-col-reverse rounded-lg bg-brand-50 p-4">
              <dt className="text-sm text-stone-800">{label}</dt>
              <dd className="text-3xl font-bold text-brand-900">{formatNumber(value, lang)}</dd>
            </div>
          ))}
        </dl>
        {dataset.settings.reportedFigures.length > 0 && (
          <>
            <h3 className="mt-6 text-lg font-bold">{dict.home.reportedFiguresHeading}</h3>
            <ul className="mt-2 space-y-1">
              {dataset.settings.reportedFigures.map((figure) => (
                <li key={figure.label.vi}>
                  <strong>{formatNumber(figure.value, lang)}</strong>{' '}
                  {localizedString(figure.label, lang)} (
                  {fill(dict.home.asOf, { date: formatDate(figure.asOf, lang) })})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
