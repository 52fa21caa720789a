import { describe, expect, it } from 'vitest';
import { retailListPage } from '@/lib/retail/list-page';

const range = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

describe('retailListPage', () => {
  it('cuts the online shops into pages as it cuts the sales points', () => {
    const points = range(120, 'p');
    const shops = range(7, 's');
    const first = retailListPage(points, shops, undefined, 50);
    expect(first).toMatchObject({ page: 1, pages: 3 });
    expect(first.mapped).toEqual(range(50, 'p'));
    expect(first.online).toEqual(shops);
    const last = retailListPage(points, shops, '3', 50);
    expect(last.mapped).toEqual(points.slice(100));
    expect(last.online).toEqual([]);
  });

  it('counts the pages of whichever list is longer', () => {
    const shops = range(511, 's');
    const first = retailListPage(range(3, 'p'), shops, '1', 50);
    expect(first.pages).toBe(11);
    expect(first.online).toEqual(shops.slice(0, 50));
    const eleventh = retailListPage(range(3, 'p'), shops, '11', 50);
    expect(eleventh).toMatchObject({ page: 11, mapped: [], online: shops.slice(500) });
    expect(retailListPage([], [], undefined, 50)).toMatchObject({ page: 1, pages: 1 });
  });

  it('shows the first page for a page that is not one of the list', () => {
    for (const requested of ['0', '12', '1.5', 'two', '', ['2', '3']]) {
      expect(
        retailListPage(range(3, 'p'), range(511, 's'), requested, 50).page,
        String(requested),
      ).toBe(1);
    }
  });
});
