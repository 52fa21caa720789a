import type { Stars } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/localize';

/**
 * The OCOP rating as an official grade, not a review score: the word OCOP, the number of stars in
 * words, and the star glyphs only as decoration.
 */
export function StarRating({
  stars,
  isPotentialFiveStar,
  dict,
}: {
  stars: Stars;
  isPotentialFiveStar?: boolean;
  dict: Dictionary;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="inline-flex items-center gap-1 rounded bg-brand-900 px-2 py-0.5 text-xs font-bold text-ochre-100">
        <span>OCOP</span>
        <span aria-hidden="true" className="tracking-tight">
          {'★'.repeat(stars)}
        </span>
        <span>{fill(dict.stars.count, { count: stars })}</span>
      </span>
      {isPotentialFiveStar && (
        <span className="rounded bg-ochre-100 px-2 py-0.5 text-xs font-semibold text-ochre-800 ring-1 ring-ochre-700/30">
          {dict.stars.potentialFive}
        </span>
      )}
    </span>
  );
}
