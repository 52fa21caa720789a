// @ts-check
/**
 * One request to the catalogue as soon as the server listens, so that the content is loaded and
 * the search index built before the first visitor comes, not while the first visitor waits: at
 * 20,000 products that wait was 8–9 s (docs/deployment.md). The request goes through the whole
 * server, as a visitor's would, so it warms what the catalogue page itself uses. A failure is
 * logged, never fatal: the first visitor's request then loads the content, as it did before.
 */

/** A search, so that the page builds the search index too. */
export const warmUpPath = '/vi/products?q=ocop';

/**
 * The origin to reach a server listening on `address` from the same machine: loopback for a server
 * on every interface (`::`, `0.0.0.0`), else the address it listens on.
 * @param {import('node:net').AddressInfo} address
 */
export function localOrigin({ address, family, port }) {
  const isAny = address === '::' || address === '0.0.0.0';
  const host = isAny ? (family === 'IPv6' ? '::1' : '127.0.0.1') : address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Requests warmUpPath from the server at `origin` and logs how it went.
 * @param {string} origin
 * @param {Pick<Console, 'log' | 'error'>} [log]
 * @returns {Promise<void>}
 */
export async function warmUp(origin, log = console) {
  const startedAt = performance.now();
  try {
    const response = await fetch(new URL(warmUpPath, origin));
    await response.arrayBuffer();
    const ms = Math.round(performance.now() - startedAt);
    log.log(`Warm-up: ${warmUpPath} answered ${response.status} in ${ms} ms`);
  } catch (error) {
    log.error(
      `Warm-up: ${warmUpPath} failed (${/** @type {Error} */ (error).message}); the first ` +
        `visitor's request will load the content instead`,
    );
  }
}
