import { defineConfig } from '@playwright/test';
import { chromiumPath, offlineChromiumFlags } from './scripts/support/chromium';
import { contentfulPort, contentfulStubPort, e2eSecrets, port } from './tests/e2e/servers';

/**
 * Browser tests run against the production build (server/start.mjs) in Debian's Chromium; see
 * scripts/ensure-chromium.sh. No test downloads a browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        ...offlineChromiumFlags,
        // The embed test frames the loopback server from a page Playwright serves, which the Local
        // Network Access check would block; a real newspaper framing the real site never is.
        '--disable-features=LocalNetworkAccessChecks',
      ],
    },
  },
  webServer: [
    {
      command: `node server/start.mjs --port ${port} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${port}/vi`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        SITE_URL: `http://127.0.0.1:${port}`,
        CONTENTFUL_PREVIEW_SECRET: e2eSecrets.preview,
        CONTENTFUL_WEBHOOK_SECRET: e2eSecrets.webhook,
      },
    },
    // The Contentful journey: a Delivery API stub serving the export of content/, and a second
    // server on a copy of the build reading it (scripts/test.sh makes the copy).
    {
      command: `node_modules/.bin/tsx tests/support/contentful-stub-server.ts --port ${contentfulStubPort} --site-url http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${contentfulStubPort}/spaces/stubspace/entries`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node server/start.mjs --port ${contentfulPort} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${contentfulPort}/vi`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next-contentful',
        // Same address as the first server: the build's absolute URLs and the exported pictures.
        SITE_URL: `http://127.0.0.1:${port}`,
        CONTENT_SOURCE: 'contentful',
        CONTENTFUL_HOST: `127.0.0.1:${contentfulStubPort}`,
        CONTENTFUL_SPACE_ID: 'stubspace',
        CONTENTFUL_ACCESS_TOKEN: 'stub-delivery-token',
        CONTENTFUL_PREVIEW_TOKEN: 'stub-preview-token',
        CONTENTFUL_PREVIEW_SECRET: e2eSecrets.preview,
        CONTENTFUL_WEBHOOK_SECRET: e2eSecrets.webhook,
      },
    },
  ],
});
