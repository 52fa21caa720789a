/** Where the broadcast cards and Open Graph images live, and their sizes: no rendering code here. */

export const broadcastSize = { width: 1920, height: 1080 } as const;
export const openGraphSize = { width: 1200, height: 630 } as const;

export type CardKind = 'products' | 'events';
export type CardFormat = 'broadcast' | 'og';

export function cardPath(kind: CardKind, lang: string, slug: string, format: CardFormat): string {
  return `/${lang}/${kind}/${slug}/${format}.png`;
}

/** The page's Open Graph image: the broadcast card's drawing at 1200 × 630, as an absolute URL. */
export function openGraphCardImages(
  siteUrl: string,
  kind: CardKind,
  lang: string,
  slug: string,
  alt: string,
) {
  return [
    {
      url: `${siteUrl}${cardPath(kind, lang, slug, 'og')}`,
      ...openGraphSize,
      alt,
      type: 'image/png',
    },
  ];
}
