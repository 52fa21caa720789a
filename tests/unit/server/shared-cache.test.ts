import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../lib/i18n/locales';
import {
  isQueryPage,
  queryPageCacheControl,
  sharedCacheControl,
  withSharedCacheForQueryPages,
} from '../../../server/shared-cache.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';

/** What Next sends with a page it rendered for the request. */
const nextPerRequest = 'private, no-cache, no-store, max-age=0, must-revalidate';

function answer(overrides: Partial<Parameters<typeof sharedCacheControl>[0]> = {}) {
  return sharedCacheControl({
    method: 'GET',
    url: '/vi/products?group=food',
    requestHeaders: {} as IncomingHttpHeaders,
    statusCode: 200,
    contentType: 'text/html; charset=utf-8',
    cacheControl: nextPerRequest,
    ...overrides,
  });
}

describe('isQueryPage', () => {
  it('knows the six pages that answer a query string, in every language', () => {
    for (const lang of locales) {
      for (const page of ['products', 'producers', 'events', 'news', 'where-to-buy', 'verify']) {
        expect(isQueryPage(`/${lang}/${page}`), `${lang}/${page}`).toBe(true);
        expect(isQueryPage(`/${lang}/${page}?q=t%E1%BB%8Fi&page=2`)).toBe(true);
      }
    }
  });

  it('leaves every other path alone', () => {
    for (const url of [
      '/vi/products/mach-nha-mantoza',
      '/vi',
      '/vi/about',
      '/fr/products',
      '/api/v1/products',
      '/embed/products/x',
      '/vi/productsx',
      '/x/vi/products',
      undefined,
    ]) {
      expect(isQueryPage(url), String(url)).toBe(false);
    }
  });
});

describe('sharedCacheControl', () => {
  it('lets a CDN keep a page Next rendered for its query string', () => {
    expect(answer()).toBe(queryPageCacheControl);
    expect(answer({ url: '/en/events' })).toBe(queryPageCacheControl);
    expect(queryPageCacheControl).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it('keeps Next’s private answer for a preview, whatever the cookie’s value', () => {
    for (const cookie of [
      '__prerender_bypass=abc',
      'a=1; __prerender_bypass=',
      'a=1;__next_preview_data=x',
    ]) {
      expect(answer({ requestHeaders: { cookie } }), cookie).toBeUndefined();
    }
    expect(answer({ requestHeaders: { cookie: 'x__prerender_bypass=1; theme=dark' } })).toBe(
      queryPageCacheControl,
    );
  });

  it('keeps Next’s header on client navigations, errors, HEAD and other methods, other types', () => {
    expect(answer({ requestHeaders: { rsc: '1' } })).toBeUndefined();
    for (const statusCode of [307, 400, 404, 500]) {
      expect(answer({ statusCode }), String(statusCode)).toBeUndefined();
    }
    expect(answer({ method: 'POST' })).toBeUndefined();
    // A HEAD answer's policy has no script hashes: no body to take them from.
    expect(answer({ method: 'HEAD' })).toBeUndefined();
    expect(answer({ contentType: 'text/x-component' })).toBeUndefined();
    expect(answer({ contentType: undefined })).toBeUndefined();
  });

  it('gives a 304 the header its 200 would have had (RFC 9110), so a CDN revalidating keeps it', () => {
    expect(answer({ statusCode: 304 })).toBe(queryPageCacheControl);
    expect(answer({ statusCode: 304, requestHeaders: { cookie: '__prerender_bypass=1' } })).toBe(
      undefined,
    );
  });

  it('keeps a header Next chose itself for a page it did not render per request', () => {
    expect(answer({ cacheControl: 's-maxage=3600, stale-while-revalidate=82800' })).toBeUndefined();
  });
});

describe('withSharedCacheForQueryPages', () => {
  /** Serves one answer through the middleware, written the way the handler writes it. */
  async function serve(path: string, handler: (res: ServerResponse) => void, cookie?: string) {
    const server = createServer((req, res) =>
      withSharedCacheForQueryPages(req, res, () => handler(res)),
    );
    const origin = await listenOnLoopback(server);
    try {
      const response = await fetch(`${origin}${path}`, {
        headers: cookie ? { cookie } : {},
      });
      await response.arrayBuffer();
      return response.headers.get('cache-control');
    } finally {
      await closeServer(server);
    }
  }

  const nextPage = (res: ServerResponse) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', nextPerRequest);
    res.end('<!doctype html><title>x</title>');
  };

  it('rewrites the header when the head is written implicitly or by writeHead', async () => {
    expect(await serve('/vi/products?q=mat', nextPage)).toBe(queryPageCacheControl);
    expect(
      await serve('/en/news', (res) => {
        res.setHeader('Content-Type', 'text/html');
        res.setHeader('Cache-Control', nextPerRequest);
        res.writeHead(200).end('page');
      }),
    ).toBe(queryPageCacheControl);
  });

  it('passes everything else through as the handler wrote it', async () => {
    expect(await serve('/vi/products/mach-nha-mantoza', nextPage)).toBe(nextPerRequest);
    expect(await serve('/vi/products', nextPage, '__prerender_bypass=1')).toBe(nextPerRequest);
    expect(
      await serve('/vi/products', (res) => {
        res.statusCode = 404;
        nextPage(res);
      }),
    ).toBe(nextPerRequest);
  });
});
