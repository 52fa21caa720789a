import Image from 'next/image';
import Link from 'next/link';
import type { Area, Producer, Product, ProductGroup } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { localizedString } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import { LocalizedText } from '../ui/localized-text';
import { StarRating } from './star-rating';

interface ProductCardProps {
  product: Product;
  producer: Producer | undefined;
  area: Area | undefined;
  group: ProductGroup | undefined;
  lang: Locale;
  dict: Dictionary;
}

export function ProductCard({ product, producer, area, group, lang, dict }: ProductCardProps) {
  const image = product.images[0];
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {image && (
        <Image
          src={image.src}
          alt={localizedString(image.alt, lang)}
          width={image.width}
          height={image.height}
          className="aspect-[3/2] w-full object-cover"
        />
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <StarRating
          stars={product.stars}
          isPotentialFiveStar={product.isPotentialFiveStar}
          dict={dict}
        />
        <h3 className="text-lg leading-snug font-bold">
          {/* The stretched link makes the whole card clickable while keeping one link per card. */}
          <Link
            href={`/${lang}/products/${product.slug}`}
            className="text-ink no-underline after:absolute after:inset-0 hover:underline"
          >
            <LocalizedText
              value={product.name}
              lang={lang}
              fallbackNote={dict.language.fallbackNote}
            />
          </Link>
        </h3>
        {producer && (
          <p className="text-sm text-stone-700">{localizedString(producer.name, lang)}</p>
        )}
        <p className="mt-auto text-sm text-stone-700">
          {[group && localizedString(group.name, lang), area && areaLabel(area, dict)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
    </article>
  );
}
