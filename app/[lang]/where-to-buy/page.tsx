import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import {
  WhereToBuyExplorer,
  type RetailListItem,
} from '@/components/retail-point/where-to-buy-explorer';
import {
  AreaSelect,
  Checkboxes,
  Fieldset,
  fieldsetClass,
  legendClass,
  searchInputClass,
  selectClass,
  submitButtonClass,
} from '@/components/ui/filter-fields';
import { toRetailPointFeature } from '@/lib/api/retail-point-geojson';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import { getDataset, getNow } from '@/lib/content';
import { regions, retailPointKinds } from '@/lib/content/schema';
import { getEnv } from '@/lib/env';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import {
  findUnknownRetailValues,
  parseRetailPointQuery,
  queryRetailPoints,
  type RetailPointQuery,
} from '@/lib/retail/retail-query';
import { retailListPage } from '@/lib/retail/list-page';
import { languageAlternates } from '@/lib/seo/metadata';

type SearchParams = Record<string, string | string[] | undefined>;

interface WhereToBuyPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<SearchParams>;
}

// The list depends on the query string: render per request, whole, so it works without JavaScript.
export const instant = false;

/** Points and online shops per page of the list without JavaScript (the map shows every point). */
const pageSize = 50;
/** Above this many products, a select of products would be too long to use. */
const maxProductOptions = 300;
const filterKeys = ['q', 'kind', 'region', 'area', 'group', 'product'] as const;

export async function generateMetadata({ params }: WhereToBuyPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.whereToBuy.title,
    description: dict.whereToBuy.metaDescription,
    alternates: languageAlternates(lang, '/where-to-buy'),
  };
}

function FilterForm({
  lang,
  dict,
  catalogue,
  query,
}: {
  lang: Locale;
  dict: Dictionary;
  catalogue: Catalogue;
  query: RetailPointQuery;
}) {
  const t = dict.whereToBuy;
  const { dataset } = catalogue;
  const { areasByName: areas } = catalogue;
  const products =
    dataset.products.length <= maxProductOptions
      ? dataset.products
          .map((p) => ({ value: p.slug, label: localizedString(p.name, lang) }))
          .sort((a, b) => a.label.localeCompare(b.label, 'vi'))
      : undefined;
  return (
    <form
      action={`/${lang}/where-to-buy`}
      method="get"
      role="search"
      aria-label={t.filtersHeading}
      className="space-y-4 text-sm"
    >
      <div>
        <label htmlFor="retail-q" className="mb-1 block font-semibold">
          {t.searchLabel}
        </label>
        <input
          id="retail-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          maxLength={200}
          className={searchInputClass}
        />
      </div>
      {products ? (
        <div className={fieldsetClass}>
          <label htmlFor="retail-product" className={`${legendClass} block`}>
            {t.product}
          </label>
          <select
            id="retail-product"
            name="product"
            defaultValue={query.product[0] ?? ''}
            className={selectClass}
          >
            <option value="">{t.anyProduct}</option>
            {products.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        query.product.map((slug) => <input key={slug} type="hidden" name="product" value={slug} />)
      )}
      <Fieldset legend={t.kind}>
        <Checkboxes
          name="kind"
          options={retailPointKinds.map((k) => ({ value: k, label: dict.retailKinds[k] }))}
          checked={query.kind}
        />
      </Fieldset>
      <Fieldset legend={t.region}>
        <Checkboxes
          name="region"
          options={regions.map((r) => ({ value: r, label: dict.regions[r] }))}
          checked={query.region}
        />
      </Fieldset>
      <AreaSelect
        id="retail-area"
        label={t.area}
        anyLabel={t.anyArea}
        selected={query.area[0]}
        areas={regions.map((region) => ({
          region,
          label: dict.regions[region],
          areas: areas
            .filter((a) => a.region === region)
            .map((a) => ({ value: a.slug, label: areaLabel(a, dict) })),
        }))}
      />
      <Fieldset legend={t.group}>
        <Checkboxes
          name="group"
          options={dataset.groupScheme.groups.map((g) => ({
            value: g.code,
            label: localizedString(g.name, lang),
          }))}
          checked={query.group}
        />
      </Fieldset>
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
        <button type="submit" className={submitButtonClass}>
          {t.apply}
        </button>
        <a href={`/${lang}/where-to-buy`} className="self-center">
          {t.clearAll}
        </a>
      </div>
    </form>
  );
}

/** Where to buy: the sales points as a list and, with JavaScript, on a map. */
export default async function WhereToBuyPage({ params, searchParams }: WhereToBuyPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, now, raw] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getNow(),
    searchParams,
  ]);
  const t = dict.whereToBuy;
  const { point: rawPoint, page: rawPage, ...rest } = raw;
  const { query, ignored } = readLenientQuery(rest, parseRetailPointQuery, (q) =>
    findUnknownRetailValues(q, dataset),
  );
  const catalogue = getCatalogue(dataset);
  const env = getEnv();
  const points = queryRetailPoints(catalogue, query);
  const mapped = points.filter((p) => p.coordinates);
  const online = points.filter((p) => !p.coordinates);
  const listPage = retailListPage(mapped, online, rawPage, pageSize);
  const { page, pages } = listPage;
  const context = { catalogue, lang, siteUrl: env.SITE_URL, now };
  const items: RetailListItem[] = listPage.mapped.map((p) => ({
    properties: toRetailPointFeature(p, context).properties,
    ...p.coordinates!,
  }));
  const selected =
    typeof rawPoint === 'string' && points.some((p) => p.slug === rawPoint) ? rawPoint : undefined;

  // The valid filters again, for the API the map asks, pagination and the download.
  const kept = new URLSearchParams();
  for (const key of filterKeys) {
    if (ignored.includes(key)) continue;
    const value = rest[key];
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      if (v) kept.append(key, v);
  }
  const withPage = (n: number) => {
    const next = new URLSearchParams(kept);
    if (n > 1) next.set('page', String(n));
    const text = next.toString();
    return `/${lang}/where-to-buy${text ? `?${text}` : ''}`;
  };
  const apiQuery = new URLSearchParams(kept);
  apiQuery.set('lang', lang);
  const product = query.product.length === 1 ? catalogue.product(query.product[0]!) : undefined;
  const [south, north] = dataset.settings.province.bounds;

  return (
    <div>
      <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
      {ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded bg-ochre-100 p-3 text-ochre-800">
          {fill(dict.catalogue.ignoredParameters, { list: ignored.join(', ') })}
        </p>
      )}
      {product && (
        <p className="mt-3 text-lg">
          {fill(t.forProduct, { product: localizedString(product.name, lang) })}
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[17rem_1fr]">
        <FilterForm lang={lang} dict={dict} catalogue={catalogue} query={query} />
        <div className="min-w-0 space-y-6">
          <h2 className="text-lg font-semibold">
            {mapped.length === 1 ? t.resultCountOne : fill(t.resultCount, { count: mapped.length })}
            {online.length > 0 && ` ${fill(t.onlineCount, { count: online.length })}`}
          </h2>
          {points.length === 0 && (
            <p className="rounded-lg border border-dashed border-stone-400 p-6">{t.empty}</p>
          )}
          {mapped.length > 0 && (
            <WhereToBuyExplorer
              lang={lang}
              geoJsonUrl={`/api/v1/retail-points?${apiQuery.toString()}`}
              items={items}
              initialSelected={selected}
              map={{
                tileUrl: env.MAP_TILE_URL,
                tileAttribution: env.MAP_TILE_ATTRIBUTION,
                provinceBounds: [
                  [south.lat, south.lng],
                  [north.lat, north.lng],
                ],
              }}
              strings={t}
              kindLabels={dict.retailKinds}
              zoomLabels={{ zoomIn: dict.map.zoomIn, zoomOut: dict.map.zoomOut }}
            />
          )}
          {pages > 1 && (
            <nav aria-label={t.pagination} className="flex flex-wrap items-center gap-4">
              {page > 1 && (
                <a href={withPage(page - 1)} rel="prev">
                  {t.previous}
                </a>
              )}
              <span>{fill(t.pageOf, { page, pages })}</span>
              {page < pages && (
                <a href={withPage(page + 1)} rel="next">
                  {t.next}
                </a>
              )}
            </nav>
          )}
          {listPage.online.length > 0 && (
            <section aria-labelledby="online-heading">
              <h2 id="online-heading" className="text-xl font-bold">
                {t.onlineHeading}
              </h2>
              {online.length > listPage.online.length && (
                <p className="mt-1 text-sm">
                  {fill(t.onlineRange, {
                    from: listPage.start + 1,
                    to: listPage.start + listPage.online.length,
                    count: online.length,
                  })}
                </p>
              )}
              <ul className="mt-2 space-y-1">
                {listPage.online.map((p) => (
                  <li key={p.slug}>
                    <a href={`/${lang}/where-to-buy/${p.slug}`}>{localizedString(p.name, lang)}</a>
                    {p.website && (
                      <>
                        {' · '}
                        <a href={p.website}>{new URL(p.website).host}</a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="text-sm">
            <a href={`/data/retail-points.geojson?lang=${lang}`} download>
              {t.download}
            </a>
          </p>
        </div>
      </div>
    </div>
  );
}
