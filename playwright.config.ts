import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Browser tests run against the production build (`next start`) in Debian's Chromium; see
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
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The flags keep Chromium quiet on a machine without network access.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        // The embed test frames the loopback server from a page Playwright serves, which the Local
        // Network Access check would block; a real newspaper framing the real site never is.
        '--disable-features=LocalNetworkAccessChecks',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/vi`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${port}` },
  },
});
