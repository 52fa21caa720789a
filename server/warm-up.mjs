// @ts-check
/**
 * A search of the catalogue and of the producers as soon as the server listens, so that the
 * content is loaded and both search indexes built before the first visitor comes, not while the
 * first visitor waits: at 20,000 products that wait was 8–9 s for the content, and 1.4 s more for
 * the producers' index (docs/deployment.md). The requests go through the whole server, as a
 * visitor's would, so they warm what those pages themselves use. A failure is logged, never fatal:
 * the first visitor's request then does the work, as it did before.
 */

/** Searches, one after the other: the first loads the content, each builds its page's index. */
export const warmUpPaths = ['/vi/products?q=ocop', '/vi/producers?q=ocop'];

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
 * Requests each of warmUpPaths from the server at `origin`, in turn, and logs how each went.
 * @param {string} origin
 * @param {Pick<Console, 'log' | 'error'>} [log]
 * @returns {Promise<void>}
 */
export async function warmUp(origin, log = console) {
  for (const warmUpPath of warmUpPaths) {
    const startedAt = performance.now();
    try {
      const response = await fetch(new URL(warmUpPath, origin));
      await response.arrayBuffer();
      const ms = Math.round(performance.now() - startedAt);
      log.log(`Warm-up: ${warmUpPath} answered ${response.status} in ${ms} ms`);
    } catch (error) {
      log.error(
        `Warm-up: ${warmUpPath} failed (${/** @type {Error} */ (error).message}); the first ` +
          `visitor's request will do that work instead`,
      );
    }
  }
}
