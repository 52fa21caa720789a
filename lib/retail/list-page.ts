/**
 * One page of the where-to-buy list as it reads without JavaScript: the sales points on the map and
 * the online shops, both cut into pages of the same size under the one `page` parameter. Without
 * the cut, every online shop was on every page: 511 of them at national scale, 430 KB of the page.
 */
export interface RetailListPage<Point, Shop> {
  /** The page shown: the requested one, or the first when it is not a page of this list. */
  page: number;
  pages: number;
  mapped: Point[];
  online: Shop[];
}

export function retailListPage<Point, Shop>(
  mapped: Point[],
  online: Shop[],
  requestedPage: unknown,
  pageSize: number,
): RetailListPage<Point, Shop> {
  const pages = Math.max(
    1,
    Math.ceil(mapped.length / pageSize),
    Math.ceil(online.length / pageSize),
  );
  const requested = Number(typeof requestedPage === 'string' ? requestedPage : 1);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= pages ? requested : 1;
  const start = (page - 1) * pageSize;
  return {
    page,
    pages,
    mapped: mapped.slice(start, start + pageSize),
    online: online.slice(start, start + pageSize),
  };
}
