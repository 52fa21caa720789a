import { PageLink } from '@/components/ui/page-link';
import type { ProductSummary } from '@/lib/api/product-json';
import type { CertificateStatus } from '@/lib/ocop/certificate';
import { CertificateStatusBadge } from './certificate-status-badge';
import { StarRating, type StarRatingStrings } from './star-rating';

export interface ProductCardStrings {
  stars: StarRatingStrings;
  status: Record<CertificateStatus, string>;
  /** The area's name as written in this language: "xã {name}" or "{name} commune", per area type. */
  areaTypes: Record<'commune' | 'ward' | 'special-zone', string>;
}

/**
 * A product in a list. It takes the API's product summary, so the server (home, first page of the
 * catalogue) and the browser (catalogue updates) draw the same card.
 */
export function ProductCard({
  product,
  lang,
  siteUrl,
  strings,
  isFirstOnPage = false,
}: {
  product: ProductSummary;
  lang: string;
  /** The API gives absolute URLs; on our own pages, images of this site load by path, whatever host serves them. */
  siteUrl: string;
  strings: ProductCardStrings;
  /**
   * The card a phone shows first, high on the page: its picture is the page's largest paint, so it
   * loads at once and first instead of lazily (Lighthouse: the home page's picture waited 1.6 s).
   */
  isFirstOnPage?: boolean;
}) {
  const place = product.area
    ? strings.areaTypes[product.area.type].replace('{name}', product.area.name)
    : undefined;
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {product.image && (
        // The sample images are SVG, which the image optimiser passes through untouched; a plain
        // img spares every list page the optimiser's client code.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={
            product.image.url.startsWith(`${siteUrl}/`)
              ? product.image.url.slice(siteUrl.length)
              : product.image.url
          }
          alt={product.image.alt}
          width={product.image.width}
          height={product.image.height}
          loading={isFirstOnPage ? 'eager' : 'lazy'}
          fetchPriority={isFirstOnPage ? 'high' : undefined}
          decoding="async"
          className="aspect-[3/2] w-full object-cover"
        />
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="flex flex-wrap items-center gap-1.5">
          <StarRating
            stars={product.stars}
            isPotentialFiveStar={product.isPotentialFiveStar}
            strings={strings.stars}
          />
          {product.status !== 'active' && (
            <CertificateStatusBadge status={product.status} labels={strings.status} />
          )}
        </p>
        <h3 className="text-lg leading-snug font-bold">
          {/* The stretched link makes the whole card clickable while keeping one link per card. */}
          <PageLink
            href={`/${lang}/products/${product.slug}`}
            className="text-ink no-underline after:absolute after:inset-0 hover:underline"
          >
            {product.name}
          </PageLink>
        </h3>
        {product.producer && <p className="text-sm text-stone-700">{product.producer.name}</p>}
        <p className="mt-auto text-sm text-stone-700">
          {[product.group.name, place].filter(Boolean).join(' · ')}
        </p>
      </div>
    </article>
  );
}

/** The strings a product card needs, picked from the dictionary (so a client island gets only these). */
export function productCardStrings(dict: {
  stars: StarRatingStrings;
  certificateStatus: Record<CertificateStatus, string>;
  areaTypes: Record<'commune' | 'ward' | 'special-zone', string>;
}): ProductCardStrings {
  return {
    stars: { count: dict.stars.count, potentialFive: dict.stars.potentialFive },
    status: dict.certificateStatus,
    areaTypes: dict.areaTypes,
  };
}
