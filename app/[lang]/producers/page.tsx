import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DirectoryExplorer, type DirectoryOptions } from '@/components/producer/directory-explorer';
import { toProducerCardData, toProducerSummary } from '@/lib/api/producer-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import {
  findUnknownProducerValues,
  parseProducerQuery,
  queryProducers,
} from '@/lib/catalogue/producer-query';
import { defaultPageSize } from '@/lib/catalogue/product-query';
import { getDataset, getToday } from '@/lib/content';
import { producerTypes, regions, type Dataset } from '@/lib/content/schema';
import { getEnv } from '@/lib/env';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
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

function directoryOptions(dataset: Dataset, dict: Dictionary, lang: Locale): DirectoryOptions {
  const { areasByName: areas } = getCatalogue(dataset);
  return {
    types: producerTypes.map((t) => ({ value: t, label: dict.producerTypes[t] })),
    regions: regions.map((r) => ({ value: r, label: dict.regions[r] })),
    areas: regions.map((region) => ({
      region,
      label: dict.regions[region],
      areas: areas
        .filter((a) => a.region === region)
        .map((a) => ({ value: a.slug, label: areaLabel(a, dict) })),
    })),
    groups: dataset.groupScheme.groups.map((g) => ({
      value: g.code,
      label: localizedString(g.name, lang),
    })),
    stars: [5, 4, 3].map((n) => ({
      value: String(n),
      label: fill(dict.stars.count, { count: n }),
    })),
    typeLabels: dict.producerTypes,
    areaLabels: Object.fromEntries(dataset.areas.map((a) => [a.slug, areaLabel(a, dict)])),
  };
}

/** The supplier directory for retailers and buyers. */
export default async function DirectoryPage({ params, searchParams }: DirectoryPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today, rawQuery] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getToday(),
    searchParams,
  ]);
  const { query, ignored } = readLenientQuery(rawQuery, parseProducerQuery, (q) =>
    findUnknownProducerValues(q, dataset),
  );
  const catalogue = getCatalogue(dataset);
  // The page always shows pages of the default size; `limit` is for API callers.
  // `all` (every match, for the CSV) stays on the server: at national scale it is 10,000 records.
  const { items, total, page, limit } = queryProducers(
    catalogue,
    { ...query, lang, limit: defaultPageSize },
    today,
  );
  const context = { catalogue, lang, today, siteUrl: getEnv().SITE_URL };

  return (
    <div>
      <h1 className="text-3xl font-bold md:text-4xl">{dict.directory.title}</h1>
      {ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded bg-ochre-100 p-3 text-ochre-800">
          {fill(dict.catalogue.ignoredParameters, { list: ignored.join(', ') })}
        </p>
      )}
      <div className="mt-6">
        <DirectoryExplorer
          lang={lang}
          pageSize={defaultPageSize}
          initialState={query}
          initialResults={{
            total,
            page,
            limit,
            items: items.map((p) => toProducerCardData(toProducerSummary(p, context))),
          }}
          options={directoryOptions(dataset, dict, lang)}
          strings={dict.directory}
        />
      </div>
    </div>
  );
}
