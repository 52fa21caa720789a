/**
 * The security headers of next.config.js, per kind of path. The rules go through Next's own
 * routing code (the loader that validates them, the matcher the server builds, the value compiler),
 * applied as the server applies them: every matching rule in order, the last value of a key winning.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { NextConfig } from 'next';
import loadCustomRoutes from 'next/dist/lib/load-custom-routes';
import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem';
import { compileNonPath } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

const require = createRequire(import.meta.url);
const nextConfig = require(path.resolve(__dirname, '../../../next.config.js')) as NextConfig;

type HeaderRoute = ReturnType<
  typeof buildCustomRoute<{ headers: { key: string; value: string }[] }>
>;
let routes: HeaderRoute[];

beforeAll(async () => {
  const { headers } = await loadCustomRoutes(nextConfig);
  routes = headers.map((rule) => buildCustomRoute('header', rule));
});

/** The headers next.config.js gives a request for `pathname`, keys lower-cased. */
function headersFor(pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const route of routes) {
    const params = route.match(pathname);
    if (!params) continue;
    const hasParams = Object.keys(params).length > 0;
    for (const { key, value } of route.headers) {
      result[key.toLowerCase()] = hasParams ? compileNonPath(value, params) : value;
    }
  }
  return result;
}

/** Permissions-Policy as feature → allow list; a feature listed twice fails the test. */
function permissions(value: string | undefined): Map<string, string> {
  const features = new Map<string, string>();
  for (const entry of (value ?? '').split(',').map((part) => part.trim())) {
    const [feature, allowList] = entry.split('=');
    expect(feature && allowList, `malformed entry "${entry}"`).toBeTruthy();
    expect(features.has(feature!), `${feature} listed twice`).toBe(false);
    features.set(feature!, allowList!);
  }
  return features;
}

const paths = {
  root: '/',
  home: '/vi',
  product: '/vi/products/mat-ong-rung-ba-to',
  map: '/vi/where-to-buy',
  salesPoint: '/vi/where-to-buy/some-point',
  embed: '/embed/products/x',
  api: '/api/v1/products',
  feed: '/feeds/news.xml',
  asset: '/_next/static/chunks/app.js',
};

const deniedEverywhere = [
  'camera',
  'microphone',
  'payment',
  'usb',
  'serial',
  'hid',
  'midi',
  'browsing-topics',
  'interest-cohort',
];

describe('security headers on every response', () => {
  it.each(Object.entries(paths))('%s (%s) gets HSTS, nosniff and a referrer policy', (_, url) => {
    const headers = headersFor(url);
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it.each(Object.entries(paths))(
    '%s (%s) denies camera, microphone, payment and the like',
    (_, url) => {
      const policy = permissions(headersFor(url)['permissions-policy']);
      for (const feature of deniedEverywhere) expect(policy.get(feature), feature).toBe('()');
    },
  );
});

describe('geolocation', () => {
  it('is allowed to the site itself on the map page, in every language, and only there', () => {
    for (const lang of locales) {
      const policy = permissions(headersFor(`/${lang}/where-to-buy`)['permissions-policy']);
      expect(policy.get('geolocation'), lang).toBe('(self)');
    }
  });

  it('is allowed with a trailing slash too (the same page)', () => {
    expect(
      permissions(headersFor('/en/where-to-buy/')['permissions-policy']).get('geolocation'),
    ).toBe('(self)');
  });

  it.each([
    paths.root,
    paths.home,
    paths.product,
    paths.salesPoint,
    paths.embed,
    paths.api,
    paths.feed,
    '/en/where-to-buy/some-point/card.png',
    '/fr/where-to-buy',
    '/vi/where-to-buy-elsewhere',
  ])('is denied on %s', (url) => {
    expect(permissions(headersFor(url)['permissions-policy']).get('geolocation')).toBe('()');
  });
});

describe('framing', () => {
  it.each([paths.root, paths.home, paths.product, paths.map, paths.api, paths.feed])(
    '%s may not be framed by anyone',
    (url) => {
      const headers = headersFor(url);
      expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
    },
  );

  it('an embed card may be framed by any site and runs no script', () => {
    const headers = headersFor(paths.embed);
    expect(headers['x-frame-options']).toBeUndefined();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-eval/);
  });
});
