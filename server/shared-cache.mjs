/**
 * Lets a CDN keep the pages that answer a query string: the catalogue, the producer directory,
 * events, news, where to buy and certificate verification (docs/deployment.md, "CDN").
 *
 * Next renders these pages for each request, since they read `searchParams`, and so answers them
 * `private, no-cache, no-store`: a page rendered per request might read cookies or headers. These
 * read only the query string and the content, so a URL shows every visitor the same page until
 * the content changes. Left private, every view of the site's busiest pages renders on an
 * instance (the catalogue at 20,000 products: about 90 ms each, `npm run bench`) and no CDN can
 * take any of it.
 *
 * They get the header Next gives a prerendered page on the shortest cache profile the pages use
 * (`cacheLife('minutes')`: fresh for 60 s, served stale for the rest of the hour while the CDN
 * refetches it). Left as Next answers them:
 * - an editor's preview, or anything carrying the draft cookie: it must never reach a shared cache;
 * - client navigations (the `RSC` header): the answer depends on the router state sent with it;
 * - anything but a 200 HTML page answering a GET, or its 304.
 *
 * A page added to `queryPages` must read nothing of the request but its query string.
 */

/** Paths of the pages that answer a query string; `vi` and `en` are lib/i18n's locales. */
const queryPages = /^\/(?:vi|en)\/(?:products|producers|events|news|where-to-buy|verify)\/?$/;

/** What those pages are answered with. */
export const queryPageCacheControl = 's-maxage=60, stale-while-revalidate=3540';

/** Cookies that mark an editor's preview: the App Router's draft mode, the Pages Router's. */
const previewCookie = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/;

/**
 * The Cache-Control a shared cache may follow for this answer, or undefined to keep Next's.
 * @param {{
 *   method: string | undefined;
 *   url: string | undefined;
 *   requestHeaders: import('node:http').IncomingHttpHeaders;
 *   statusCode: number;
 *   contentType: unknown;
 *   cacheControl: unknown;
 * }} answer
 * @returns {string | undefined}
 */
export function sharedCacheControl(answer) {
  const { method, url, requestHeaders, statusCode, contentType, cacheControl } = answer;
  // GET only: a HEAD answer has no body, so its policy may hold no script hashes (nothing to hash
  // them from), and a CDN that kept it would pair the page with the wrong policy.
  if (method !== 'GET') return undefined;
  if (!isQueryPage(url)) return undefined;
  if (requestHeaders.rsc !== undefined) return undefined;
  if (previewCookie.test(requestHeaders.cookie ?? '')) return undefined;
  // A 304 (server/body-etags.mjs) carries the caching headers its 200 would have had (RFC 9110).
  if (statusCode !== 200 && statusCode !== 304) return undefined;
  if (!/^text\/html\b/i.test(String(contentType ?? ''))) return undefined;
  // Only what Next renders per request: should a page become prerendered, its own header stands.
  if (!/\bno-store\b/i.test(String(cacheControl ?? ''))) return undefined;
  return queryPageCacheControl;
}

/** @param {string | undefined} url */
export function isQueryPage(url) {
  return queryPages.test((url ?? '').split('?', 1)[0] ?? '');
}

/**
 * Node middleware, `(req, res, next)`: sets the header as the answer's head is written. Put it
 * outside withScriptHashes, which sets every header on the response before writing the head (a
 * Cache-Control passed to writeHead itself would win over this one).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} next
 */
export function withSharedCacheForQueryPages(req, res, next) {
  if (!isQueryPage(req.url)) return next();
  const writeHead = res.writeHead;
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ statusCode, /** @type {any[]} */ ...rest) {
      const value = sharedCacheControl({
        method: req.method,
        url: req.url,
        requestHeaders: req.headers,
        statusCode,
        contentType: res.getHeader('content-type'),
        cacheControl: res.getHeader('cache-control'),
      });
      if (value) res.setHeader('Cache-Control', value);
      return writeHead.call(res, statusCode, ...rest);
    }
  );
  next();
}
