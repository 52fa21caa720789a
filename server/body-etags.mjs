/**
 * Strong ETags for the answers Next sends without one, and a 304 for a client that already has the
 * same bytes.
 *
 * Next gives an ETag to the pages it prerenders or keeps and to its static files, not to what it
 * makes per request: the pages that read their query string (the catalogue, the directory,
 * events, news, where to buy), a product page's first visit, the API's answers, the feeds, the
 * sitemap, the CSV files. These are the same for every client until the content changes (their
 * Cache-Control says so), but without an ETag:
 * - a browser or CDN revalidating one gets all of it again, not a 304;
 * - the compressed copies (server/compressed-copies.mjs) cannot keep it, so it is compressed again
 *   for every request: at 20,000 products, 140–170 ms for the sitemap, 100 ms for the events
 *   calendar;
 * - the page policy (server/content-security-policy.mjs) cannot remember a page's script hashes,
 *   so it parses the whole page again: 7 ms for the catalogue's 278 KB.
 *
 * The ETag is the SHA-256 of the bytes (0.3 ms for that page), so the same tag always means the
 * same answer, a page's scripts and all. The answer is still made for each request: what the tag
 * saves is the work after it and the bytes on the wire.
 *
 * Held back whole, and so no longer streamed: the answers compression would compress (text, JSON,
 * XML, CSV), to a GET, with status 200 and neither an ETag nor an encoding. Left streaming: the
 * client router's answers (`text/x-component`), which show a page as it renders; images and other
 * binary files; everything else.
 *
 * Put it inside the page policy, so that the policy sees the tag.
 */
import { createHash } from 'node:crypto';
import { ifNoneMatchNames } from '../lib/if-none-match.mjs';
import { isCompressible } from './compression.mjs';
import { holdBackAnswer } from './hold-back.mjs';

/**
 * The strong ETag of a body: its SHA-256, base64url, quoted.
 * @param {Buffer} body
 */
export function bodyEtag(body) {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Node middleware, `(req, res, next)`: gives each complete answer it holds (see above) the hash of
 * its bytes as its ETag, and answers 304 without the bytes when the request names that tag.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} next
 */
export function withBodyEtags(req, res, next) {
  // A HEAD answer has no body to hash; Next answers it as it would the GET, without one.
  if (req.method !== 'GET') return next();
  const wanted = () =>
    res.statusCode === 200 &&
    !res.hasHeader('etag') &&
    !res.hasHeader('content-encoding') &&
    !/^text\/x-component\b/i.test(String(res.getHeader('content-type') ?? '')) &&
    isCompressible(req, res);
  holdBackAnswer(res, wanted, (body, send) => {
    const etag = bodyEtag(body);
    res.setHeader('ETag', etag);
    if (!ifNoneMatchNames(req.headers['if-none-match'], etag)) return send(body);
    // The client has these bytes: the head it gets says so, with the caching headers the answer
    // would have had (RFC 9110, 15.4.5), and no body.
    res.statusCode = 304;
    res.removeHeader('Content-Length');
    send(Buffer.alloc(0));
  });
  next();
}
