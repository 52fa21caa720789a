import { describe, expect, it } from 'vitest';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import { parseProductQuery } from '@/lib/catalogue/product-query';

describe('readLenientQuery', () => {
  it('keeps what it understands and names what it dropped', () => {
    const { query, ignored } = readLenientQuery(
      { q: 'tỏi', stars: '9', page: '0', group: 'food' },
      parseProductQuery,
      () => [],
    );
    expect(query).toMatchObject({ q: 'tỏi', stars: [], page: 1, group: ['food'] });
    expect(ignored.sort()).toEqual(['page', 'stars']);
  });
  it('drops values the data does not know', () => {
    const { query, ignored } = readLenientQuery(
      { area: 'atlantis', q: 'x' },
      parseProductQuery,
      (q) => (q.area.includes('atlantis') ? [{ parameter: 'area', message: 'unknown' }] : []),
    );
    expect(query.area).toEqual([]);
    expect(query.q).toBe('x');
    expect(ignored).toEqual(['area']);
  });
});
