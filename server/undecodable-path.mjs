/**
 * A path whose %-escapes are not UTF-8 (`/vi/products/%FF`, a lone `%`) names nothing on this site,
 * but Next.js 16.4 answers it with a bare 500: it throws a DecodeError while matching a dynamic
 * segment and finds no error page to render (vercel/next.js#92527). server/start.mjs therefore
 * escapes the `%` of each such segment before Next sees the path, so the segment reaches the route
 * as the literal text it was (`%FF`) and gets the route's own not-found answer: the 404 page, or the
 * API's JSON 404, with every header the site sets.
 */

/** @param {string} text */
function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The request target with each undecodable path segment's `%` escaped as `%25`; the query is left
 * as it is (Next parses it leniently). A target that decodes is returned unchanged.
 * @param {string} target the request line's target (`req.url`)
 * @returns {string}
 */
export function escapeUndecodableSegments(target) {
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (decodes(path)) return target;
  const escaped = path
    .split('/')
    .map((segment) => (decodes(segment) ? segment : segment.replaceAll('%', '%25')))
    .join('/');
  return queryAt === -1 ? escaped : escaped + target.slice(queryAt);
}
