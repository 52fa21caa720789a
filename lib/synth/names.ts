/**
 * Names and slugs for synthetic records: Vietnamese names from syllable lists, and URL slugs that
 * stay unique within a collection however many records share a name.
 */
import { foldVietnamese } from '../search/fold';
import type { Random } from './random';
import { familyNames, givenNames, middleNames } from './vocabulary';

/** "Nước mắm Đức Phổ" → "nuoc-mam-duc-pho": folded, lower-case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Hands out slugs that are unique within one collection: the second "tan-phu" becomes "tan-phu-2".
 * Record files are named by slug, so a repeat would silently overwrite a file.
 */
export function createSlugRegistry() {
  const counts = new Map<string, number>();
  return {
    /** A unique slug for `text` (or for the first candidate that is still free). */
    claim(...candidates: string[]): string {
      const slugs = candidates.map(slugify).filter(Boolean);
      const free = slugs.find((slug) => !counts.has(slug));
      if (free) {
        counts.set(free, 1);
        return free;
      }
      const base = slugs[0] ?? 'record';
      let n = (counts.get(base) ?? 1) + 1;
      while (counts.has(`${base}-${n}`)) n++;
      counts.set(base, n);
      counts.set(`${base}-${n}`, 1);
      return `${base}-${n}`;
    },
  };
}

/** A Vietnamese personal name: family, middle and given name ("Nguyễn Thị Lan"). */
export function personName(random: Random): string {
  return `${random.pick(familyNames)} ${random.pick(middleNames)} ${random.pick(givenNames)}`;
}

/** Two syllables from two lists, as most commune and brand names are ("Tân Phú", "Đắk Hà"). */
export function twoSyllableName(
  random: Random,
  first: readonly string[],
  second: readonly string[],
): string {
  const head = random.pick(first);
  let tail = random.pick(second);
  // "An An" or "Phú Phú" is not a name.
  while (tail === head) tail = random.pick(second);
  return `${head} ${tail}`;
}
