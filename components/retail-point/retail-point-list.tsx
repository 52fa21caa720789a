import { PageLink } from '@/components/ui/page-link';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import type { RetailPoint } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locales';
import { LocalizedText } from '../ui/localized-text';

/**
 * Sales points as a plain list: each name links to the point's page (opening hours, directions,
 * map); beside it the address, or the shop's website for an online shop.
 */
export function RetailPointList({
  points,
  catalogue,
  lang,
  dict,
}: {
  points: RetailPoint[];
  catalogue: Catalogue;
  lang: Locale;
  dict: Dictionary;
}) {
  const onlineShop = dict.product.onlineShop;
  return (
    <ul className="mt-3 space-y-2">
      {points.map((point) => {
        const area = catalogue.area(point.address?.area);
        return (
          <li key={point.slug}>
            <PageLink href={`/${lang}/where-to-buy/${point.slug}`} className="font-semibold">
              <LocalizedText
                value={point.name}
                lang={lang}
                fallbackNote={dict.language.fallbackNote}
              />
            </PageLink>
            {' · '}
            {point.kind === 'online-shop' ? (
              point.website ? (
                <a href={point.website}>{onlineShop}</a>
              ) : (
                onlineShop
              )
            ) : (
              [point.address?.line, area && areaLabel(area, dict)].filter(Boolean).join(', ')
            )}
          </li>
        );
      })}
    </ul>
  );
}
