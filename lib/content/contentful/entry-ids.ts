/**
 * Entry and asset ids for content exported from content/. They are derived from what they identify,
 * so exporting twice gives the same ids and a re-import updates entries instead of duplicating
 * them. Entries that editors create in Contentful get random ids; nothing relies on this pattern.
 */
import { createHash } from 'node:crypto';
import type { Image } from '../schema';
import type { ContentTypeId } from './model';

/** Contentful ids: letters, digits, `-`, `_` and `.`, at most 64 characters. */
const maxIdLength = 64;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** `product-mach-nha-mantoza`; a long slug is cut and given a hash so ids stay unique. */
export function recordEntryId(type: ContentTypeId, slug: string): string {
  const id = `${type}-${slug}`;
  return id.length <= maxIdLength ? id : `${id.slice(0, maxIdLength - 17)}-${shortHash(id)}`;
}

/** Site settings and the group list are single entries with fixed ids. */
export function singletonEntryId(type: 'siteSettings' | 'groupScheme'): string {
  return type;
}

/** One image entry per distinct picture-with-its-words: records sharing a picture share the entry. */
export function imageEntryId(image: Image): string {
  return `image-${shortHash(JSON.stringify([image.src, image.alt, image.caption, image.credit, image.license]))}`;
}

/** One asset per file. */
export function assetId(src: string): string {
  return `asset-${shortHash(src)}`;
}
