import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import {
  findUnknownProducerValues,
  getProducerStats,
  parseProducerQuery,
  producerQuerySchema,
  queryProducers,
} from '@/lib/catalogue/producer-query';
import { getDataset, getToday } from '@/lib/content';
import { producerTypes, regions } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';

interface DirectoryPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The list depends on the query string: render per request, whole, so it works without JavaScript.
export const instant = false;

export async function generateMetadata({ params }: DirectoryPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.directory.title,
    description: dict.directory.metaDescription,
    alternates: languageAlternates(lang, '/producers'),
  };
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="border-t border-stone-200 pt-4">
      <legend className="mb-2 font-semibold">{legend}</legend>
      <ul className="space-y-1">{children}</ul>
    </fieldset>
  );
}

function Checkbox({
  name,
  value,
  label,
  checked,
}: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
}) {
  return (
    <li>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          className="mt-1 size-4 accent-brand-800"
        />
        <span>{label}</span>
      </label>
    </li>
  );
}

/**
 * The supplier directory for retailers and buyers: a GET form and server-rendered results.
 * (The catalogue's in-place updates with SWR are still to come here; the page works fully without.)
 */
export default async function DirectoryPage({ params, searchParams }: DirectoryPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today, rawQuery] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getToday(),
    searchParams,
  ]);
  const t = dict.directory;
  const { query, ignored } = readLenientQuery(rawQuery, parseProducerQuery, (q) =>
    findUnknownProducerValues(q, dataset),
  );
  const catalogue = getCatalogue(dataset);
  const result = queryProducers(catalogue, query, today);
  const pages = Math.max(1, Math.ceil(result.total / result.limit));

  // The valid parameters again, for pagination and the CSV export of the same selection.
  const kept = new URLSearchParams();
  for (const key of Object.keys(producerQuerySchema.shape)) {
    if (key === 'page' || key === 'limit' || ignored.includes(key)) continue;
    const value = rawQuery[key];
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      kept.append(key, v);
  }
  const withPage = (page: number) => {
    const next = new URLSearchParams(kept);
    if (page > 1) next.set('page', String(page));
    const text = next.toString();
    return `/${lang}/producers${text ? `?${text}` : ''}`;
  };
  const csvQuery = new URLSearchParams(kept);
  csvQuery.set('lang', lang);

  return (
    <div>
      <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
      {ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded bg-ochre-100 p-3 text-ochre-800">
          {fill(dict.catalogue.ignoredParameters, { list: ignored.join(', ') })}
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[17rem_1fr]">
        <form
          action={`/${lang}/producers`}
          method="get"
          role="search"
          aria-label={dict.catalogue.filtersHeading}
          className="space-y-4 text-sm"
        >
          <div>
            <label htmlFor="directory-q" className="mb-1 block font-semibold">
              {t.searchLabel}
            </label>
            <input
              id="directory-q"
              name="q"
              type="search"
              defaultValue={query.q ?? ''}
              maxLength={200}
              className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
            />
          </div>
          <div>
            <label htmlFor="directory-sort" className="mb-1 block font-semibold">
              {t.sort}
            </label>
            <select
              id="directory-sort"
              name="sort"
              defaultValue={query.sort ?? ''}
              className="w-full rounded-md border border-stone-400 bg-white px-3 py-2"
            >
              <option value="">{query.q ? t.sortRelevance : t.sortName}</option>
              <option value="products">{t.sortProducts}</option>
              <option value="stars">{t.sortStars}</option>
              <option value="name">{t.sortName}</option>
            </select>
          </div>
          <Fieldset legend={t.type}>
            {producerTypes.map((type) => (
              <Checkbox
                key={type}
                name="type"
                value={type}
                label={dict.producerTypes[type]}
                checked={query.type.includes(type)}
              />
            ))}
          </Fieldset>
          <Fieldset legend={t.region}>
            {regions.map((region) => (
              <Checkbox
                key={region}
                name="region"
                value={region}
                label={dict.regions[region]}
                checked={query.region.includes(region)}
              />
            ))}
          </Fieldset>
          <div className="border-t border-stone-200 pt-4">
            <label htmlFor="directory-area" className="mb-2 block font-semibold">
              {t.area}
            </label>
            <select
              id="directory-area"
              name="area"
              defaultValue={query.area[0] ?? ''}
              className="w-full rounded-md border border-stone-400 bg-white px-3 py-2"
            >
              <option value="">{t.anyArea}</option>
              {regions.map((region) => (
                <optgroup key={region} label={dict.regions[region]}>
                  {dataset.areas
                    .filter((a) => a.region === region)
                    .map((a) => (
                      <option key={a.slug} value={a.slug}>
                        {areaLabel(a, dict)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <Fieldset legend={t.group}>
            {dataset.groupScheme.groups.map((g) => (
              <Checkbox
                key={g.code}
                name="group"
                value={g.code}
                label={localizedString(g.name, lang)}
                checked={query.group.includes(g.code)}
              />
            ))}
          </Fieldset>
          <Fieldset legend={t.stars}>
            {[5, 4, 3].map((n) => (
              <Checkbox
                key={n}
                name="stars"
                value={String(n)}
                label={fill(dict.stars.count, { count: n })}
                checked={query.stars.includes(n)}
              />
            ))}
          </Fieldset>
          <Fieldset legend={t.takesWholesale}>
            <Checkbox
              name="wholesale"
              value="true"
              label={t.wholesale}
              checked={query.wholesale === true}
            />
            <Checkbox name="export" value="true" label={t.export} checked={query.export === true} />
          </Fieldset>
          <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
            <button
              type="submit"
              className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
            >
              {t.apply}
            </button>
            <a href={`/${lang}/producers`} className="self-center">
              {t.clearAll}
            </a>
          </div>
        </form>

        <section aria-labelledby="directory-count">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="directory-count" className="text-lg font-semibold">
              {fill(t.resultCount, { count: result.total })}
            </h2>
            <a href={`/data/producers.csv?${csvQuery.toString()}`} download>
              {t.exportCsv}
            </a>
          </div>
          {result.items.length === 0 ? (
            <p className="mt-4 rounded-lg border border-dashed border-stone-400 p-6">{t.empty}</p>
          ) : (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {result.items.map((producer) => {
                const stats = getProducerStats(catalogue, producer.slug, today);
                const area = catalogue.area(producer.address.area);
                return (
                  <li key={producer.slug}>
                    <article className="relative flex h-full flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                      <h3 className="text-lg leading-snug font-bold">
                        <Link
                          href={`/${lang}/producers/${producer.slug}`}
                          className="text-ink no-underline after:absolute after:inset-0 hover:underline"
                        >
                          {localizedString(producer.name, lang)}
                        </Link>
                      </h3>
                      <p className="text-sm text-stone-700">
                        {[dict.producerTypes[producer.type], area && areaLabel(area, dict)]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      <p className="text-sm">
                        {fill(t.productCount, { count: stats.certifiedCount })}
                        {stats.bestStars !== undefined &&
                          `, ${fill(t.bestStars, { stars: stats.bestStars })}`}
                      </p>
                      <p className="mt-auto flex flex-wrap gap-2 pt-2 text-xs font-semibold">
                        {producer.wholesale.isAvailable && (
                          <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">
                            {t.takesWholesale}
                          </span>
                        )}
                        {producer.wholesale.exportMarkets.length > 0 && (
                          <span className="rounded bg-ochre-100 px-2 py-0.5 text-ochre-800">
                            {t.exports}
                          </span>
                        )}
                      </p>
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
          {pages > 1 && (
            <nav aria-label={t.pagination} className="mt-8 flex flex-wrap items-center gap-4">
              {result.page > 1 && (
                <a href={withPage(result.page - 1)} rel="prev">
                  {t.previous}
                </a>
              )}
              <span>{fill(t.pageOf, { page: result.page, pages })}</span>
              {result.page < pages && (
                <a href={withPage(result.page + 1)} rel="next">
                  {t.next}
                </a>
              )}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
