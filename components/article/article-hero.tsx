import type { Image } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill, localizedString } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import { LocalizedText } from '../ui/localized-text';

/** The article's lead image with its caption, credit and licence, as the press must reproduce them. */
export function ArticleHero({
  image,
  lang,
  dict,
}: {
  image: Image;
  lang: Locale;
  dict: Dictionary;
}) {
  return (
    <figure>
      {/* The hero is the page's largest paint: loaded at once, not lazily. The sample images are
          SVG, which the image optimiser would pass through untouched. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.src}
        alt={localizedString(image.alt, lang)}
        width={image.width}
        height={image.height}
        fetchPriority="high"
        decoding="async"
        className="h-auto w-full rounded-lg bg-stone-100"
      />
      <figcaption className="mt-2 text-sm text-stone-700">
        {image.caption && (
          <>
            <LocalizedText
              value={image.caption}
              lang={lang}
              fallbackNote={dict.language.fallbackNote}
            />{' '}
          </>
        )}
        {fill(dict.product.imageCredit, { credit: image.credit, license: image.license })}
      </figcaption>
    </figure>
  );
}
