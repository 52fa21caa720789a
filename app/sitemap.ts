import type { MetadataRoute } from 'next';
import { mainNavItems } from '@/components/layout/site-header';
import { getDataset } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { defaultLocale, locales } from '@/lib/i18n/locales';

/**
 * /sitemap.xml: every public page once, in Vietnamese, with its English twin as an hreflang
 * alternate; listing each language separately would pass the protocol's 50,000-address limit at
 * national scale (20,000 products). Record pages carry the date their source was last checked.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [dataset, dict] = await Promise.all([getDataset(), getDictionary(defaultLocale)]);
  const site = getEnv().SITE_URL;
  const page = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    url: `${site}/${defaultLocale}${path}`,
    ...(lastModified ? { lastModified } : {}),
    alternates: {
      languages: Object.fromEntries(locales.map((lang) => [lang, `${site}/${lang}${path}`])),
    },
  });
  const sections = mainNavItems(defaultLocale, dict).map((item) =>
    item.href.slice(`/${defaultLocale}`.length),
  );
  return [
    page(''),
    ...sections.map((path) => page(path)),
    ...dataset.products.map((p) => page(`/products/${p.slug}`, p.source.checkedOn)),
    ...dataset.producers.map((p) => page(`/producers/${p.slug}`, p.source.checkedOn)),
    ...dataset.events.map((e) => page(`/events/${e.slug}`, e.source.checkedOn)),
    ...dataset.retailPoints.map((p) => page(`/where-to-buy/${p.slug}`, p.source.checkedOn)),
    ...dataset.articles.map((a) => page(`/news/${a.slug}`, a.updatedAt ?? a.publishedAt)),
  ];
}
