import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CatalogueExplorer } from '@/components/product/catalogue-explorer';
import type { FilterOptions } from '@/components/product/catalogue-filters';
import { productCardStrings } from '@/components/product/product-card';
import { toProductSummary } from '@/lib/api/product-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import {
  defaultPageSize,
  findUnknownValues,
  parseProductQuery,
  queryProducts,
} from '@/lib/catalogue/product-query';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import { getDataset, getToday } from '@/lib/content';
import type { Dataset } from '@/lib/content/schema';
import { regions, producerTypes } from '@/lib/content/schema';
import { getEnv } from '@/lib/env';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { getDictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';

type SearchParams = Record<string, string | string[] | undefined>;

interface ProductsPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<SearchParams>;
}

// The results depend on the query string: render on each request, in one piece, so the page reads
// completely without JavaScript (a streamed part would need a script to appear).
export const instant = false;

export async function generateMetadata({ params }: ProductsPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.catalogue.title,
    description: dict.catalogue.metaDescription,
    alternates: languageAlternates(lang, '/products'),
  };
}

function filterOptions(dataset: Dataset, dict: Dictionary, lang: Locale): FilterOptions {
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  return {
    groups: dataset.groupScheme.groups.map((g) => ({
      value: g.code,
      label: text(g.name),
      subgroups: g.subgroups.map((s) => ({ value: s.code, label: text(s.name) })),
    })),
    stars: [5, 4, 3].map((n) => ({
      value: String(n),
      label: fill(dict.stars.count, { count: n }),
    })),
    regions: regions.map((r) => ({ value: r, label: dict.regions[r] })),
    areas: regions.map((region) => ({
      region,
      label: dict.regions[region],
      areas: getCatalogue(dataset)
        .areasByName.filter((a) => a.region === region)
        .map((a) => ({ value: a.slug, label: areaLabel(a, dict) })),
    })),
    producerTypes: producerTypes.map((t) => ({ value: t, label: dict.producerTypes[t] })),
    statuses: [
      { value: 'valid', label: dict.catalogue.statusValid },
      { value: 'expired', label: dict.certificateStatus.expired },
      { value: 'revoked', label: dict.certificateStatus.revoked },
    ],
    sorts: [
      { value: '', label: dict.catalogue.sortRelevance },
      { value: 'stars', label: dict.catalogue.sortStars },
      { value: 'name', label: dict.catalogue.sortName },
      { value: 'newest', label: dict.catalogue.sortNewest },
    ],
  };
}

export default async function ProductsPage({ params, searchParams }: ProductsPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today, rawQuery] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getToday(),
    searchParams,
  ]);
  const { query, ignored } = readLenientQuery(rawQuery, parseProductQuery, (q) =>
    findUnknownValues(q, dataset),
  );
  const catalogue = getCatalogue(dataset);
  const siteUrl = getEnv().SITE_URL;
  // The page always shows pages of the default size; `limit` is for API callers.
  const result = queryProducts(catalogue, { ...query, lang, limit: defaultPageSize }, today);
  const context = { catalogue, lang, today, siteUrl };

  return (
    <div>
      <h1 className="text-3xl font-bold md:text-4xl">{dict.catalogue.title}</h1>
      {ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded bg-ochre-100 p-3 text-ochre-800">
          {fill(dict.catalogue.ignoredParameters, { list: ignored.join(', ') })}
        </p>
      )}
      <div className="mt-6">
        <CatalogueExplorer
          lang={lang}
          siteUrl={siteUrl}
          pageSize={defaultPageSize}
          initialState={query}
          initialResults={{
            ...result,
            items: result.items.map((p) => toProductSummary(p, context)),
          }}
          options={filterOptions(dataset, dict, lang)}
          strings={dict.catalogue}
          cardStrings={productCardStrings(dict)}
        />
      </div>
    </div>
  );
}
