/**
 * Compressed copies of the answers with an ETag (server/compressed-copies.mjs), on a real HTTP
 * server with compression in front and the page policy behind, as server/start.mjs runs them.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { keepCompressedCopies } from '../../../server/compressed-copies.mjs';
import { compressAnswers } from '../../../server/compression.mjs';
import { withScriptHashes } from '../../../server/content-security-policy.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';
import { get } from './raw-get';

let server: http.Server | undefined;
afterEach(() => closeServer(server));

/** A server that answers every request with `handler`, behind the same layers as the site's. */
async function serve(
  handler: http.RequestListener,
  options?: { maxBytes?: number },
): Promise<string> {
  const compress = compressAnswers();
  const withCompressedCopies = keepCompressedCopies(options);
  server = http.createServer((req, res) =>
    compress(req, res, () =>
      withCompressedCopies(req, res, () => withScriptHashes(req, res, () => handler(req, res))),
    ),
  );
  return listenOnLoopback(server);
}

const geoJson = (label: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    label,
    features: Array.from({ length: 300 }, (_, i) => ({ id: `point-${i}`, isOpenNow: true })),
  });

/** Next's way of answering from a route: each header as a one-element array, the body in pieces. */
function routeAnswer(body: string, headers: Record<string, string> = {}) {
  return (_: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader('Content-Type', ['application/geo+json; charset=utf-8']);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, [value]);
    res.write(body.slice(0, 100));
    setTimeout(() => res.end(body.slice(100)), 2);
  };
}

describe('keepCompressedCopies', () => {
  it('compresses an answer with an ETag once and sends the kept copy after', async () => {
    // Each request makes other bytes under the same tag: only a kept copy can repeat the first.
    let made = 0;
    const base = await serve((req, res) =>
      routeAnswer(geoJson(`made ${++made}`), { ETag: '"v1"' })(req, res),
    );
    const first = await get(`${base}/api/v1/retail-points`, { 'accept-encoding': 'gzip, br' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers['content-length']).toBe(String(first.raw.length));
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(first.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(first.headers.etag).toBe('"v1"');
    expect(first.text).toBe(geoJson('made 1'));

    const second = await get(`${base}/api/v1/retail-points`, { 'accept-encoding': 'gzip, br' });
    expect(made).toBe(2);
    expect(second.raw.equals(first.raw)).toBe(true);
    expect(second.text).toBe(geoJson('made 1'));
  });

  it('keeps one copy per encoding, per address and per ETag', async () => {
    let made = 0;
    let etag = '"v1"';
    const base = await serve((req, res) =>
      routeAnswer(geoJson(`made ${++made}`), { ETag: etag })(req, res),
    );
    const brotli = await get(`${base}/map`, { 'accept-encoding': 'br' });
    const gzip = await get(`${base}/map`, { 'accept-encoding': 'gzip' });
    expect([brotli.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([
      'br',
      'gzip',
    ]);
    expect([brotli.text, gzip.text]).toEqual([geoJson('made 1'), geoJson('made 2')]);
    // Both kept: each encoding repeats its own copy.
    expect((await get(`${base}/map`, { 'accept-encoding': 'gzip' })).text).toBe(geoJson('made 2'));
    expect((await get(`${base}/other-map`, { 'accept-encoding': 'br' })).text).toBe(
      geoJson('made 4'),
    );
    etag = '"v2"';
    expect((await get(`${base}/map`, { 'accept-encoding': 'br' })).text).toBe(geoJson('made 5'));
    expect((await get(`${base}/map`, { 'accept-encoding': 'gzip' })).text).toBe(geoJson('made 6'));
  });

  it('keeps a page whole, with its policy, and compresses it once', async () => {
    let made = 0;
    const page = (n: number) =>
      `<!DOCTYPE html><html><head><script>self.__next_f.push([1,"p${n}"])</script></head><body>${'<p>OCOP</p>'.repeat(300)}</body></html>`;
    const base = await serve((_, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('ETag', '"page"');
      res.end(page(++made));
    });
    const first = await get(`${base}/vi`, { 'accept-encoding': 'gzip' });
    const second = await get(`${base}/vi`, { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.text).toBe(page(1));
    expect(second.text).toBe(page(1));
    expect(second.headers['content-security-policy']).toBe(
      first.headers['content-security-policy'],
    );
    expect(first.headers['content-security-policy']).toContain("'sha256-");
  });

  it('leaves to compression, made anew each time, the answers it does not keep', async () => {
    let made = 0;
    const base = await serve((req, res) => {
      const body = geoJson(`made ${++made}`);
      if (req.url === '/no-etag') return routeAnswer(body)(req, res);
      if (req.url === '/no-transform')
        return routeAnswer(body, { ETag: '"t"', 'Cache-Control': 'public, no-transform' })(
          req,
          res,
        );
      if (req.url === '/not-found') {
        res.statusCode = 404;
        return routeAnswer(body, { ETag: '"n"' })(req, res);
      }
      if (req.url === '/image') {
        res.setHeader('Content-Type', 'image/png');
        res.setHeader('ETag', '"i"');
        return res.end(Buffer.from(body));
      }
      if (req.url === '/small') {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('ETag', '"s"');
        return res.end(`{"made":${made}}`);
      }
      return routeAnswer(body, { ETag: '"e"' })(req, res);
    });
    const twice = async (path: string, headers: http.OutgoingHttpHeaders) => [
      await get(`${base}${path}`, headers),
      await get(`${base}${path}`, headers),
    ];
    const br = { 'accept-encoding': 'br' };

    // Compressed by compression itself, so made anew each time.
    for (const path of ['/no-etag', '/not-found']) {
      const [first, second] = await twice(path, br);
      expect(first!.headers['content-encoding'], path).toBe('br');
      expect(first!.headers['content-length'], path).toBeUndefined();
      expect(second!.text, path).not.toBe(first!.text);
    }
    // Not compressed at all.
    const [transformless] = await twice('/no-transform', br);
    expect(transformless!.headers['content-encoding']).toBeUndefined();
    const [image, image2] = await twice('/image', br);
    expect(image!.headers['content-encoding']).toBeUndefined();
    expect(image2!.text).not.toBe(image!.text);
    const [small, small2] = await twice('/small', br);
    expect(small!.headers['content-encoding']).toBeUndefined();
    expect(small2!.text).not.toBe(small!.text);
    // A client that takes no compression gets the bytes as they are, made anew.
    const [plain, plain2] = await twice('/etag', { 'accept-encoding': 'identity' });
    expect(plain!.headers['content-encoding']).toBeUndefined();
    expect(plain2!.text).not.toBe(plain!.text);
    // HEAD: no body, whatever is kept for GET.
    await get(`${base}/etag`, br);
    const head = await get(`${base}/etag`, br, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
  });

  it('keeps what a layer inside it does as the head is written (the shared cache header)', async () => {
    const compress = compressAnswers();
    const withCompressedCopies = keepCompressedCopies();
    server = http.createServer((req, res) =>
      compress(req, res, () =>
        withCompressedCopies(req, res, () => {
          // Like server/shared-cache.mjs: a header set only when the head is written.
          const writeHead = res.writeHead;
          res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
            res.setHeader('X-Set-At-Head', 'yes');
            return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
          } as typeof res.writeHead;
          withScriptHashes(req, res, () => routeAnswer(geoJson('page'), { ETag: '"h"' })(req, res));
        }),
      ),
    );
    const base = await listenOnLoopback(server);
    for (const encoding of ['br', 'br', 'identity']) {
      const answer = await get(`${base}/vi/products?q=x`, { 'accept-encoding': encoding });
      expect(answer.headers['x-set-at-head'], encoding).toBe('yes');
      expect(answer.text).toBe(geoJson('page'));
    }
  });

  it('keeps no more than its budget: a copy pushed out is made again', async () => {
    let made = 0;
    const base = await serve(
      (req, res) => routeAnswer(geoJson(`made ${++made}`), { ETag: `"${req.url}"` })(req, res),
      { maxBytes: 600 },
    );
    const br = { 'accept-encoding': 'br' };
    const a = await get(`${base}/a`, br);
    // Room for one copy, not two.
    expect(a.raw.length).toBeLessThan(600);
    expect(a.raw.length).toBeGreaterThan(300);
    expect((await get(`${base}/a`, br)).text).toBe(geoJson('made 1'));
    await get(`${base}/b`, br);
    // /b's copy pushed /a's out: /a is compressed from the bytes made now.
    expect((await get(`${base}/a`, br)).text).toBe(geoJson('made 4'));
  });
});
