/** The servers the browser tests run (playwright.config.ts starts them) and their test secrets. */
export const port = Number(process.env.E2E_PORT ?? 3100);
/** The second server, with CONTENT_SOURCE=contentful, reading the Delivery API stub. */
export const contentfulPort = port + 1;
export const contentfulStubPort = port + 10;
/** Where tests edit the stub's entries (tests/support/contentful-stub-server.ts). */
export const contentfulStubControl = `http://127.0.0.1:${contentfulStubPort + 1}/__control`;
/** Secrets of the test servers only; the specs sign webhooks and open previews with them. */
export const e2eSecrets = {
  preview: 'e2e-preview-secret',
  // Contentful signing secrets are 64 characters; the site refuses any other.
  webhook: 'e2eWebhookSecret'.repeat(4),
};
