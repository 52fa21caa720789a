import type { Catalogue } from '@/lib/catalogue/catalogue';
import type { RetailPoint } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locales';
import { LocalizedText } from '../ui/localized-text';

/**
 * Sales points as a plain list: name and address, or a link for an online shop. The map page will
 * link each name to its own page; until then the address is what a shopper needs.
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
            <span className="font-semibold">
              <LocalizedText
                value={point.name}
                lang={lang}
                fallbackNote={dict.language.fallbackNote}
              />
            </span>
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
