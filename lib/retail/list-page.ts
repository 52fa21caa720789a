/**
 * One page of the where-to-buy list as it reads without JavaScript: the sales points on the map and
 * the online shops, both cut into pages of the same size under the one `page` parameter. Without
 * the cut, every online shop was on every page: 511 of them at national scale, 430 KB of the page.
 */
export interface RetailListPage<T> {
  /** The page shown: the requested one, or the first when it is not a page of this list. */
  page: number;
  pages: number;
  /** Position in its list of the first entry shown, in either list. */
  start: number;
  mapped: T[];
  online: T[];
}

export function retailListPage<T>(
  mapped: T[],
  online: T[],
  requestedPage: unknown,
  pageSize: number,
): RetailListPage<T> {
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
    start,
    mapped: mapped.slice(start, start + pageSize),
    online: online.slice(start, start + pageSize),
  };
}
