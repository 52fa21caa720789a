import { describe, expect, it } from 'vitest';
import { createSlugRegistry, slugify } from '@/lib/synth/names';
import { createRandom, deriveSeed } from '@/lib/synth/random';

const draws = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('the seeded random generator', () => {
  it('repeats its sequence for the same seed', () => {
    expect(draws(1, 50)).toEqual(draws(1, 50));
  });

  it('gives another sequence for another seed', () => {
    expect(draws(1, 50)).not.toEqual(draws(2, 50));
  });

  it('stays in [0, 1) and in the integer range asked for', () => {
    const random = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('samples distinct elements, never more than there are', () => {
    const random = createRandom(3);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5)).toHaveLength(2);
  });

  it('draws weighted values in proportion', () => {
    const random = createRandom(11);
    const picks = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['often', 9],
        ['rarely', 1],
      ] as const),
    );
    const often = picks.filter((p) => p === 'often').length / picks.length;
    expect(often).toBeGreaterThan(0.87);
    expect(often).toBeLessThan(0.93);
  });

  it('derives different, stable seeds for different parts', () => {
    expect(deriveSeed(1, 'products')).toBe(deriveSeed(1, 'products'));
    expect(deriveSeed(1, 'products')).not.toBe(deriveSeed(1, 'events'));
    expect(deriveSeed(1, 'products')).not.toBe(deriveSeed(2, 'products'));
  });
});

describe('synthetic slugs', () => {
  it('fold Vietnamese names to ASCII words', () => {
    expect(slugify('Nước mắm Đức Phổ')).toBe('nuoc-mam-duc-pho');
    expect(slugify('Công ty TNHH Ân Minh')).toBe('cong-ty-tnhh-an-minh');
  });

  it('stay unique within a collection', () => {
    const slugs = createSlugRegistry();
    expect(slugs.claim('Tân Phú')).toBe('tan-phu');
    expect(slugs.claim('Tân Phú', 'Tân Phú Bình Sơn')).toBe('tan-phu-binh-son');
    expect(slugs.claim('Tân Phú')).toBe('tan-phu-2');
    expect(slugs.claim('Tân Phú')).toBe('tan-phu-3');
  });
});
