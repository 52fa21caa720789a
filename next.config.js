/** @type {import('next').NextConfig} */
const nextConfig = {
  // 'use cache' with cacheLife/cacheTag: content readers cache where data is read (GUIDE.md).
  cacheComponents: true,
  // Links prefetch each route's static shell once, not every link separately.
  partialPrefetching: true,
  // The root layout sits under [lang], so unmatched URLs need a 404 page of their own.
  experimental: { globalNotFound: true },
  // Content is read at run time from CONTENT_DIR; ship the embedded folder with the server.
  outputFileTracingIncludes: {
    '/*': ['./content/**/*', './node_modules/@fontsource/be-vietnam-pro/files/*.woff'],
  },
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
