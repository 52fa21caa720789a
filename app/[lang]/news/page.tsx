import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import { getDataset } from '@/lib/content';
import { articleKinds, type ArticleKind } from '@/lib/content/schema';
import { feedPath } from '@/lib/feeds/feed-urls';
import { getDictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { findArticleQueryIssues, listArticles, parseArticleQuery } from '@/lib/news/article-query';
import { feedAlternates } from '@/lib/seo/feed-links';
import { languageAlternates } from '@/lib/seo/metadata';

type SearchParams = Record<string, string | string[] | undefined>;

interface NewsPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<SearchParams>;
}

// The list depends on the query string: render per request, in one piece, so it reads completely
// without JavaScript.
export const instant = false;

export async function generateMetadata({ params }: NewsPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.news.title,
    description: dict.news.metaDescription,
    alternates: { ...languageAlternates(lang, '/news'), types: feedAlternates(lang) },
  };
}

/** The list's address with a kind and a page; the first page and "all kinds" are left out. */
function newsHref(lang: Locale, kind: ArticleKind | undefined, page = 1): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/${lang}/news${query ? `?${query}` : ''}`;
}

/** News, press releases and rating results, newest first, twelve a page; plain links throughout. */
export default async function NewsPage({ params, searchParams }: NewsPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, raw] = await Promise.all([getDictionary(lang), getDataset(), searchParams]);
  const t = dict.news;
  const { query, ignored } = readLenientQuery(raw, parseArticleQuery, (q) =>
    findArticleQueryIssues(dataset.articles, q),
  );
  const result = listArticles(dataset.articles, query);
  const kindOptions = [
    { label: t.allKinds, kind: undefined },
    ...articleKinds.map((kind) => ({ label: dict.articleKinds[kind], kind })),
  ];

  return (
    <div>
      <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
      {ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded bg-ochre-100 p-3 text-ochre-800">
          {fill(dict.catalogue.ignoredParameters, { list: ignored.join(', ') })}
        </p>
      )}
      <nav aria-label={t.kindFilterLabel} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {kindOptions.map((option) => {
            const isCurrent = option.kind === query.kind;
            return (
              <li key={option.kind ?? 'all'}>
                <PageLink
                  href={newsHref(lang, option.kind)}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`inline-block rounded-full px-4 py-1.5 font-semibold no-underline ring-1 ring-brand-800 ${
                    isCurrent ? 'bg-brand-800 text-white' : 'text-brand-900 hover:bg-brand-50'
                  }`}
                >
                  {option.label}
                </PageLink>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_17rem]">
        <section aria-labelledby="news-count">
          <h2 id="news-count" className="text-lg font-semibold">
            {result.total === 1 ? t.resultCountOne : fill(t.resultCount, { count: result.total })}
          </h2>
          {result.items.length === 0 ? (
            <p className="mt-4 rounded-lg border border-dashed border-stone-400 p-6">
              {t.noneMatch}
            </p>
          ) : (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {result.items.map((article) => (
                <li key={article.slug}>
                  <ArticleCard article={article} lang={lang} dict={dict} />
                </li>
              ))}
            </ul>
          )}
          {result.pages > 1 && (
            <nav
              aria-label={dict.catalogue.pagination}
              className="mt-8 flex flex-wrap items-center gap-4"
            >
              {result.page > 1 && (
                <a href={newsHref(lang, query.kind, result.page - 1)} rel="prev">
                  {dict.catalogue.previous}
                </a>
              )}
              <span>{fill(dict.catalogue.pageOf, { page: result.page, pages: result.pages })}</span>
              {result.page < result.pages && (
                <a href={newsHref(lang, query.kind, result.page + 1)} rel="next">
                  {dict.catalogue.next}
                </a>
              )}
            </nav>
          )}
        </section>

        <aside aria-labelledby="news-feeds" className="h-fit rounded-lg bg-brand-50 p-4 text-sm">
          <h2 id="news-feeds" className="font-semibold">
            {t.feedsHeading}
          </h2>
          <p className="mt-1">{t.feedsHelp}</p>
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
            <li>
              <a href={feedPath('changes.xml', lang)}>{t.feedChanges}</a>
            </li>
          </ul>
        </aside>
      </div>
    </div>
  );
}
