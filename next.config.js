/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser tests run a second server on a copy of the build (CONTENT_SOURCE=contentful), so
  // the two never share regenerated pages; everyone else keeps the default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // 'use cache' with cacheLife/cacheTag: content readers cache where data is read (GUIDE.md).
  cacheComponents: true,
  // Links prefetch each route's static shell once, not every link separately.
  partialPrefetching: true,
  // globalNotFound: the root layout sits under [lang], so unmatched URLs need a 404 page of their
  // own. inlineCss: the stylesheet is small; inlining it saves a render-blocking request on mobile.
  experimental: { globalNotFound: true, inlineCss: true },
  // Content is read at run time from CONTENT_DIR; ship the embedded folder with the server.
  outputFileTracingIncludes: {
    '/*': ['./content/**/*', './node_modules/@fontsource/be-vietnam-pro/files/*.woff'],
  },
  poweredByHeader: false,
  reactStrictMode: true,
  headers: async () => [
    // No page of the site may be framed (clickjacking)...
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
