/** @type {import('next').NextConfig} */
const nextConfig = {
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
};

module.exports = nextConfig;
