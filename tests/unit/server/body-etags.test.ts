/**
 * ETags for what Next makes per request (server/body-etags.mjs), on a real HTTP server with the
 * site's other layers around it, in server/start.mjs's order.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { keepCompressedCopies } from '../../../server/compressed-copies.mjs';
import { compressAnswers } from '../../../server/compression.mjs';
import { withScriptHashes } from '../../../server/content-security-policy.mjs';
import { bodyEtag, withBodyEtags } from '../../../server/body-etags.mjs';
import {
  queryPageCacheControl,
  withSharedCacheForQueryPages,
} from '../../../server/shared-cache.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';
import { get } from './raw-get';

let server: http.Server | undefined;
afterEach(() => closeServer(server));

/** Counts the renders, to show that a 304 is still rendered (only its bytes are saved). */
let renders = 0;

async function serve(handler: http.RequestListener): Promise<string> {
  const compress = compressAnswers();
  const withCompressedCopies = keepCompressedCopies();
  server = http.createServer((req, res) =>
    compress(req, res, () =>
      withCompressedCopies(req, res, () =>
        withSharedCacheForQueryPages(req, res, () =>
          withScriptHashes(req, res, () =>
            withBodyEtags(req, res, () => {
              renders += 1;
              handler(req, res);
            }),
          ),
        ),
      ),
    ),
  );
  return listenOnLoopback(server);
}

/** A page with one of Next's inline scripts, long enough to be compressed. */
const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${'<p>Sản phẩm OCOP</p>'.repeat(200)}` +
  `<script>self.__next_f.push([1,"${title}"])</script></body></html>`;

/** Next's way of answering a page it renders per request: private, no ETag, in pieces. */
function renderedPerRequest(title = 'Catalogue') {
  return (_: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    const html = page(title);
    res.write(html.slice(0, 1000));
    res.end(html.slice(1000));
  };
}

const sha256 = (text: string) =>
  `"${createHash('sha256').update(text, 'utf8').digest('base64url')}"`;

describe('withBodyEtags', () => {
  it('gives a page rendered per request the hash of its bytes as a strong ETag', async () => {
    const origin = await serve(renderedPerRequest());
    const answer = await get(`${origin}/vi/products?q=mat`);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(page('Catalogue'));
    expect(answer.headers.etag).toBe(sha256(page('Catalogue')));
    expect(answer.headers.etag).toBe(bodyEtag(Buffer.from(page('Catalogue'))));
    // The page keeps its policy, and the query page its shared Cache-Control.
    expect(answer.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(answer.headers['cache-control']).toBe(queryPageCacheControl);
  });

  it('answers 304 without the page to a client that names its ETag, keeping the caching headers', async () => {
    const origin = await serve(renderedPerRequest());
    const url = `${origin}/vi/products?q=mat`;
    const { headers } = await get(url);
    const etag = headers.etag!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const rendersBefore = renders;
      const answer = await get(url, { 'If-None-Match': ifNoneMatch });
      expect(answer.status, ifNoneMatch).toBe(304);
      expect(answer.raw.length).toBe(0);
      expect(answer.headers.etag).toBe(etag);
      expect(answer.headers['cache-control']).toBe(queryPageCacheControl);
      // A 304 keeps the policy of the page the client has: it sends none of its own.
      expect(answer.headers['content-security-policy']).toBeUndefined();
      expect(renders).toBe(rendersBefore + 1);
    }
    const changed = await get(url, { 'If-None-Match': '"an-older-page"' });
    expect(changed.status).toBe(200);
    expect(changed.text).toBe(page('Catalogue'));
  });

  it('gives other bytes another ETag', async () => {
    let title = 'Before';
    const origin = await serve((req, res) => renderedPerRequest(title)(req, res));
    const before = await get(`${origin}/vi/events`);
    title = 'After';
    const after = await get(`${origin}/vi/events`, { 'If-None-Match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.text).toBe(page('After'));
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('lets the compressed copies keep such a page: its brotli answer has a length', async () => {
    const origin = await serve(renderedPerRequest());
    const first = await get(`${origin}/vi/producers?page=2`, { 'Accept-Encoding': 'br' });
    const second = await get(`${origin}/vi/producers?page=2`, { 'Accept-Encoding': 'br' });
    for (const answer of [first, second]) {
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.text).toBe(page('Catalogue'));
      // Compression streams what it compresses itself, without a length; a kept copy has one.
      expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
    }
  });

  it('gives a feed, the API and a CSV file theirs too, and answers them 304', async () => {
    const answers: Record<string, [string, string]> = {
      '/feeds/events.ics': ['text/calendar; charset=utf-8', 'BEGIN:VCALENDAR\r\n'.repeat(100)],
      '/api/v1/products?q=mat': ['application/json', JSON.stringify({ items: [{ slug: 'mat' }] })],
      '/data/products.csv': ['text/csv; charset=utf-8', 'slug,name\r\nmat,Mật ong\r\n'],
    };
    const origin = await serve((req, res) => {
      const [type, body] = answers[req.url!]!;
      // As Next writes a route's headers: each one a one-element array.
      res.setHeader('Content-Type', [type]);
      res.setHeader('Cache-Control', ['public, max-age=60, s-maxage=300']);
      res.end(body);
    });
    for (const [path, [, body]] of Object.entries(answers)) {
      const answer = await get(`${origin}${path}`);
      expect(answer.text, path).toBe(body);
      expect(answer.headers.etag, path).toBe(sha256(body));
      const again = await get(`${origin}${path}`, { 'If-None-Match': answer.headers.etag! });
      expect(again.status, path).toBe(304);
      expect(again.raw.length, path).toBe(0);
      expect(again.headers['cache-control'], path).toBe('public, max-age=60, s-maxage=300');
    }
  });

  it('leaves Next’s own ETag, other answers and other methods alone', async () => {
    const origin = await serve((req, res) => {
      if (req.url === '/client-navigation') {
        // The client router's answer streams as the page renders: it is not held back.
        res.setHeader('Content-Type', 'text/x-component');
        res.end('0:["$","p",null,{}]');
      } else if (req.url === '/image') {
        res.setHeader('Content-Type', 'image/png');
        res.end(Buffer.alloc(2000));
      } else if (req.url === '/prerendered') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('ETag', '"next-own"');
        res.end(page('Prerendered'));
      } else if (req.url === '/missing') {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(page('Missing'));
      } else {
        renderedPerRequest()(req, res);
      }
    });
    expect((await get(`${origin}/prerendered`)).headers.etag).toBe('"next-own"');
    expect((await get(`${origin}/prerendered`, { 'If-None-Match': '"next-own"' })).status).toBe(
      200,
    );
    expect((await get(`${origin}/missing`)).headers.etag).toBeUndefined();
    expect((await get(`${origin}/client-navigation`)).headers.etag).toBeUndefined();
    expect((await get(`${origin}/image`)).headers.etag).toBeUndefined();
    // No body to hash: HEAD gets no ETag rather than the empty body's.
    const head = await get(`${origin}/vi/products`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBeUndefined();
  });
});
