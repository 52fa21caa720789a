import { fill } from '@/lib/i18n/localize';

export interface StarRatingStrings {
  /** e.g. "{count} sao" */
  count: string;
  potentialFive: string;
}

/**
 * The OCOP rating as an official grade, not a review score: the word OCOP, the number of stars in
 * words, and the star glyphs only as decoration.
 */
export function StarRating({
  stars,
  isPotentialFiveStar,
  strings,
}: {
  stars: number;
  isPotentialFiveStar?: boolean;
  strings: StarRatingStrings;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="inline-flex items-center gap-1 rounded bg-brand-900 px-2 py-0.5 text-xs font-bold text-ochre-100">
        <span>OCOP</span>
        <span aria-hidden="true" className="tracking-tight">
          {'★'.repeat(stars)}
        </span>
        <span>{fill(strings.count, { count: stars })}</span>
      </span>
      {isPotentialFiveStar && (
        <span className="rounded bg-ochre-100 px-2 py-0.5 text-xs font-semibold text-ochre-800 ring-1 ring-ochre-700/30">
          {strings.potentialFive}
        </span>
      )}
    </span>
  );
}
