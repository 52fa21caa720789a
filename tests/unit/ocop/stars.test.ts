import { describe, expect, it } from 'vitest';
import { isCertifiedRating, scoreBandFor, starBandForScore } from '@/lib/ocop/stars';

describe('starBandForScore (Decision 148 bands)', () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [70, 4],
    [69.5, 3],
    [50, 3],
    [49.9, 2],
    [30, 2],
    [29.9, 1],
    [0, 1],
  ])('score %d is %d stars', (score, stars) => {
    expect(starBandForScore(score)).toBe(stars);
  });

  it('rejects scores outside 0–100', () => {
    expect(() => starBandForScore(101)).toThrow(RangeError);
    expect(() => starBandForScore(-1)).toThrow(RangeError);
    expect(() => starBandForScore(Number.NaN)).toThrow(RangeError);
  });

  it('describes each band', () => {
    expect(scoreBandFor(4)).toEqual({ stars: 4, min: 70, max: 90 });
  });

  it('certifies only 3, 4 and 5 stars', () => {
    expect([1, 2, 3, 4, 5].filter(isCertifiedRating)).toEqual([3, 4, 5]);
  });
});
