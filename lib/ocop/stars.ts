/**
 * Star bands of Decision 148/QĐ-TTg (2023): a product's score out of 100 gives its band. Only 3, 4
 * and 5 stars are certified, which is why the catalogue holds nothing below 3.
 */
export type StarBand = 1 | 2 | 3 | 4 | 5;

export interface ScoreBand {
  stars: StarBand;
  /** Lowest score in the band, inclusive. */
  min: number;
  /** Upper limit, exclusive — except the 5-star band, which includes 100. */
  max: number;
}

export const scoreBands: readonly ScoreBand[] = [
  { stars: 5, min: 90, max: 100 },
  { stars: 4, min: 70, max: 90 },
  { stars: 3, min: 50, max: 70 },
  { stars: 2, min: 30, max: 50 },
  { stars: 1, min: 0, max: 30 },
];

/** The star band a score falls in. Throws on a score outside 0–100, which is a data error. */
export function starBandForScore(score: number): StarBand {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`score must be between 0 and 100, got ${score}`);
  }
  const band = scoreBands.find((b) => score >= b.min);
  // The last band starts at 0, so find() always succeeds for a score in range.
  return band!.stars;
}

/** The band description for a number of stars. */
export function scoreBandFor(stars: StarBand): ScoreBand {
  return scoreBands.find((b) => b.stars === stars)!;
}

/** Whether a number of stars is a certified OCOP rating (3, 4 or 5). */
export function isCertifiedRating(stars: number): stars is 3 | 4 | 5 {
  return stars === 3 || stars === 4 || stars === 5;
}
