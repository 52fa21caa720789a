/**
 * Compressed copies of the answers that carry an ETag, kept by encoding, URL and ETag: the same
 * bytes are compressed once, not on every request.
 *
 * Why: compression (server/compression.mjs) compresses each answer as it streams out, again for
 * every request. The whole map at national scale (`/api/v1/retail-points`, 5,000 points, 4 MB)
 * took 70–123 ms that way, more than making the answer; with kept copies, 8–51 ms. Under load it
 * is the pages that gain: a product page at 64 connections, with brotli, was served 79–82 times a
 * second, and 354–355 with kept copies (2026-11-24, 20,000 products, `autocannon`). A route
 * cannot send bytes it compressed itself (Next drops its Content-Encoding header), so this layer,
 * between compression and Next, sees each answer's headers and bytes. An answer with an ETag (the
 * map data, the prerendered and cached pages, Next's static files) is held back whole, then sent as
 * the copy kept for its ETag, or compressed once (in libuv's thread pool) and kept.
 *
 * Everything else passes through untouched, streamed as before, to compression: answers without an
 * ETag (pages rendered per request, most API answers), HEAD requests, other statuses (a 304, a
 * range), answers of a type compression would not touch, and clients that take neither br nor gzip.
 *
 * Put it inside compression: compression leaves an answer that already has a Content-Encoding
 * alone, and still adds `Vary: Accept-Encoding` to it.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { isCompressible } from './compression.mjs';
import { holdBackAnswer } from './hold-back.mjs';

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * How each encoding compresses a body. Brotli at quality 5, one more than compression's streaming
 * 4: the copy is made once, and for the national map it is 5% smaller (446 against 471 KB) for
 * about the same time (46–91 against 70–116 ms); quality 6 took 101–115 ms for 431 KB.
 * @type {Record<'br' | 'gzip', (body: Buffer) => Promise<Buffer>>}
 */
const compressors = {
  br: (body) =>
    brotliCompress(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzip(body),
};

/** Under this, an answer is left to compression, which does not compress it either (1 KB). */
const smallestKept = 1024;

/**
 * The middleware, `(req, res, next)`, with its own store of copies.
 * @param {{ maxBytes?: number }} [options] the most compressed bytes kept (32 MB unless given)
 */
export function keepCompressedCopies({ maxBytes = 32 * 1024 * 1024 } = {}) {
  /** @type {LRUCache<string, Buffer>} */
  const copies = new LRUCache({ maxSize: maxBytes, sizeCalculation: (copy) => copy.length || 1 });
  /**
   * Copies being made: requests for the same bytes meanwhile wait for the same one.
   * @type {Map<string, Promise<Buffer>>}
   */
  const making = new Map();

  /**
   * @param {string} key
   * @param {'br' | 'gzip'} encoding
   * @param {Buffer} body
   * @returns {Promise<Buffer>}
   */
  const copyOf = (key, encoding, body) => {
    const kept = copies.get(key);
    if (kept) return Promise.resolve(kept);
    let copy = making.get(key);
    if (!copy) {
      copy = compressors[encoding](body)
        .then((made) => {
          copies.set(key, made);
          return made;
        })
        .finally(() => making.delete(key));
      making.set(key, copy);
    }
    return copy;
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  return function withCompressedCopies(req, res, next) {
    if (req.method !== 'GET') return next();
    const encoding = new Negotiator(req).encoding(['br', 'gzip', 'identity'], {
      preferred: ['br', 'gzip'],
    });
    if (encoding !== 'br' && encoding !== 'gzip') return next();
    const worthKeeping = () => {
      const etag = headerText(res, 'etag');
      const cacheControl = headerText(res, 'cache-control');
      return (
        res.statusCode === 200 &&
        etag !== '' &&
        !res.hasHeader('content-encoding') &&
        !/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(cacheControl) &&
        isCompressible(req, res)
      );
    };
    holdBackAnswer(res, worthKeeping, (body, send) => {
      if (body.length < smallestKept) return send(body);
      const key = `${encoding} ${req.url} ${headerText(res, 'etag')}`;
      copyOf(key, encoding, body).then(
        (copy) => {
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', copy.length);
          send(copy);
        },
        // Not compressed, but answered: compression gets the bytes as they are.
        () => send(body),
      );
    });
    next();
  };
}

/**
 * A header of the answer as one string. Next sets a route's headers as one-element arrays
 * (`['"…"']` for an ETag), pages' as strings.
 * @param {import('node:http').ServerResponse} res
 * @param {string} name
 */
function headerText(res, name) {
  return [res.getHeader(name) ?? []].flat().join(', ');
}
