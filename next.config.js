// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS, as Next loads it
const { availableParallelism } = require('node:os');

/**
 * Browser features no page uses, switched off for the page and anything it frames. Every name here
 * is one Chromium recognises: an unknown one costs a console error on every page.
 */
const deniedFeatures = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'gyroscope',
  'hid',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The Permissions-Policy value, with geolocation allowed to `(self)` or to no one `()`. */
const permissionsPolicy = (geolocation) =>
  [...deniedFeatures.map((feature) => `${feature}=()`), `geolocation=${geolocation}`].join(', ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser tests run a second server on a copy of the build (CONTENT_SOURCE=contentful), so
  // the two never share regenerated pages; everyone else keeps the default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // 'use cache' with cacheLife/cacheTag: content readers cache where data is read (GUIDE.md).
  cacheComponents: true,
  // With REDIS_URL, several instances share Next's cache ('use cache' entries, rendered pages and
  // tag revalidations) through Redis: docs/deployment.md. Read when the server starts, so one build
  // serves either way; without it, each process keeps Next's own cache in memory and on disk, with
  // the write Next forgets for pages rendered at run time (cache-handlers/file-system.mjs).
  ...(process.env.REDIS_URL?.trim()
    ? {
        cacheHandler: require.resolve('./cache-handlers/incremental.mjs'),
        cacheHandlers: {
          default: require.resolve('./cache-handlers/use-cache.mjs'),
          remote: require.resolve('./cache-handlers/use-cache.mjs'),
        },
      }
    : { cacheHandler: require.resolve('./cache-handlers/file-system.mjs') }),
  // Links prefetch each route's static shell once, not every link separately.
  partialPrefetching: true,
  // globalNotFound: the root layout sits under [lang], so unmatched URLs need a 404 page of their
  // own. inlineCss stays off: inlined, the stylesheet travelled in every page twice (a <style> and
  // again in the RSC data: 60 of the home page's 135 KB, 7 of its 17 KB over brotli), the browser
  // parsed it on every page, and the first paint came before most of the page was laid out, so the
  // layout and hydration fell after it as blocking time. Linked, it is one 6 KB file cached for a
  // year. Lighthouse (mobile), alternating runs of the nine pages: see issue 9's note.
  // cpus: static generation gets a worker per core. Next's default keeps one core back for the
  // build's main process, which waits idle while the pages render: on a 2-core machine that is one
  // worker, and the 20,000-product build spent 4.2 of its 5.1 minutes rendering on one core.
  // cachedNavigations (on by default with cacheComponents in Next 16.4): a page rendered per
  // request (the lists that read their query string, a product page's first visit) also carried a
  // second render of itself in its HTML, as a prefetch for the client's router cache. The browser
  // does not hydrate from it; it only saves one request when a link comes back to the same URL.
  // It was about a third of those pages (the catalogue 244 KB, 162 KB without it).
  experimental: {
    globalNotFound: true,
    cpus: availableParallelism(),
    cachedNavigations: false,
  },
  // Content is read at run time from CONTENT_DIR; ship the embedded folder with the server.
  outputFileTracingIncludes: {
    '/*': ['./content/**/*', './node_modules/@fontsource/be-vietnam-pro/files/*.woff'],
  },
  // Chrome compiles the framework chunks every page runs while it downloads them, off the main
  // thread, instead of on it during hydration (build-hooks/compile-hints.mjs). Runs after the build
  // has compiled, before it prerenders.
  compiler: {
    runAfterProductionCompile: async ({ distDir }) => {
      const { addCompileHints } = await import('./build-hooks/compile-hints.mjs');
      await addCompileHints(distDir);
    },
  },
  // server/start.mjs compresses, after it has read each page for its script hashes.
  compress: false,
  poweredByHeader: false,
  reactStrictMode: true,
  // Next applies every rule whose source matches, in order; for a key set by several, the last one
  // wins (a whole value replaced, never merged). tests/unit/security/headers.test.ts checks the
  // headers each kind of path ends up with.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        // Browsers only honour HSTS on a response over HTTPS (and never for localhost), so this is
        // inert in development and in the browser tests.
        { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: permissionsPolicy('()') },
      ],
    },
    // The map page alone may ask for the visitor's position ("nearest to me"). The locales are
    // lib/i18n/locales.ts's (this file cannot import TypeScript; the test checks they agree).
    {
      source: '/:lang(vi|en)/where-to-buy',
      headers: [{ key: 'Permissions-Policy', value: permissionsPolicy('(self)') }],
    },
    // No page of the site may be framed (clickjacking)... For HTML pages, server/start.mjs replaces
    // this policy with the whole one, scripts included (server/content-security-policy.mjs).
    {
      source: '/:path((?!embed/).*)',
      headers: [
        { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    // ...except the cards under /embed, which any site may frame. They hold no script: the policy
    // says so, so a card stays inert even if some content ever slipped markup through.
    {
      source: '/embed/:path*',
      headers: [
        {
          key: 'Content-Security-Policy',
          value:
            "frame-ancestors *; default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        },
      ],
    },
  ],
};

module.exports = nextConfig;
