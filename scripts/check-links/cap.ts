/**
 * Keeps the crawl finite. Pages link to filtered and paged versions of themselves (catalogue facets,
 * `?page=2`, `?when=past`), and each of those links to further combinations: without a limit the
 * crawl would walk the whole product of every filter. Two limits bound it:
 * - at most `maxUrls` distinct URLs in all;
 * - per path, at most `maxVariantsPerPath` distinct query strings. The bare path is always
 *   checked; the first variants met (breadth first, so the ones linked from the most prominent
 *   pages) stand for the rest, which run the same code with other values.
 * A query parameter that names a different resource rather than filtering one (`url` on
 * /api/oembed and /_next/image) is part of the path for this count: each embedded page is its own
 * resource, not a variant.
 */

export interface CrawlLimits {
  maxUrls: number;
  maxVariantsPerPath: number;
  /** Query parameters that identify a resource rather than filter it. */
  identityParams: readonly string[];
}

export const defaultCrawlLimits: CrawlLimits = {
  maxUrls: 5000,
  maxVariantsPerPath: 20,
  identityParams: ['url'],
};

export type Admission = 'admitted' | 'over-total' | 'over-path';

/** The path a URL's query variants are counted under. */
export function variantGroup(url: URL, identityParams: readonly string[]): string {
  const identity = identityParams
    .filter((name) => url.searchParams.has(name))
    .map((name) => `${name}=${url.searchParams.getAll(name).join(',')}`);
  return identity.length > 0 ? `${url.pathname}?${identity.join('&')}` : url.pathname;
}

/** Counts admitted URLs against the limits. Ask once per distinct URL. */
export class CrawlBudget {
  private admitted = 0;
  private readonly variants = new Map<string, number>();

  constructor(private readonly limits: CrawlLimits = defaultCrawlLimits) {}

  /** Whether a URL not seen before may be checked; admitting it counts it. */
  admit(href: string): Admission {
    if (this.admitted >= this.limits.maxUrls) return 'over-total';
    const url = new URL(href);
    const hasVariantQuery = [...url.searchParams.keys()].some(
      (name) => !this.limits.identityParams.includes(name),
    );
    if (hasVariantQuery) {
      const group = variantGroup(url, this.limits.identityParams);
      const count = this.variants.get(group) ?? 0;
      if (count >= this.limits.maxVariantsPerPath) return 'over-path';
      this.variants.set(group, count + 1);
    }
    this.admitted += 1;
    return 'admitted';
  }

  get admittedCount(): number {
    return this.admitted;
  }
}
