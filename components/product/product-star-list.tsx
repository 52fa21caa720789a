import { PageLink } from '@/components/ui/page-link';
import type { Product } from '@/lib/content/schema';
import { localizedString } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import { StarRating, type StarRatingStrings } from './star-rating';

/** Products as a short list of linked names with their stars (events, articles, sales points). */
export function ProductStarList({
  products,
  lang,
  strings,
  className = 'mt-2 space-y-2',
}: {
  products: Product[];
  lang: Locale;
  strings: StarRatingStrings;
  className?: string;
}) {
  return (
    <ul className={className}>
      {products.map((product) => (
        <li key={product.slug} className="flex flex-wrap items-center gap-2">
          <PageLink href={`/${lang}/products/${product.slug}`}>
            {localizedString(product.name, lang)}
          </PageLink>
          <StarRating
            stars={product.stars}
            isPotentialFiveStar={product.isPotentialFiveStar}
            strings={strings}
          />
        </li>
      ))}
    </ul>
  );
}
