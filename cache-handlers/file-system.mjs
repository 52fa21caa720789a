// @ts-check
/**
 * The incremental cache handler (next.config.js `cacheHandler`) when REDIS_URL is not set: Next's
 * own file-system handler, with one write it forgets.
 *
 * A page rendered at run time (a product not among the prerendered ones) is kept in memory and on
 * disk. Next 16.4.5 reads a fully static PPR page back from disk only with its `.rsc` payload, but
 * never writes that file for a PPR route (vercel/next.js#98306; the proposed fix, #98307, is this
 * write). So once the 50 MB memory cache had let a page go (about 700 product pages at national
 * scale), or after a restart, the next visit missed the cache: the page rendered again (320–700 ms
 * at 20,000 products) and went out `no-store`, so no CDN could keep it either. This handler writes
 * the payload Next reads, and the disk copy answers instead (36–100 ms, cacheable).
 *
 * Drop it when Next writes the file itself: tests/unit/cache-handlers/file-system.test.ts shows
 * whether it still has to.
 */
import path from 'node:path';
// next is pinned (16.4.5): this subclasses its default handler.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/**
 * @typedef {{ kind: string; rscData?: Buffer; postponed?: string | null; [field: string]: unknown }} CachedValue
 * @typedef {{ fetchCache?: boolean; isFallback?: boolean; isRoutePPREnabled?: boolean; [field: string]: unknown }} SetContext
 */

/**
 * Next's own file-system handler, unchanged (cache-handlers/incremental.mjs reads the build output
 * through it). A CommonJS module: Node hands its whole exports object to a default import.
 */
export const NextFileSystemCache =
  /** @type {any} */ (fileSystemCacheModule).default ?? fileSystemCacheModule;

/**
 * Whether Next reads this entry back with an `.rsc` file it did not write: a whole (not
 * postponed) page of a PPR route, the case file-system-cache.js's `get` reads and `set` skips.
 * @param {CachedValue | null} data
 * @param {SetContext} context
 * @returns {data is CachedValue & { rscData: Buffer }}
 */
export function needsFlightPayloadFile(data, context) {
  return (
    data?.kind === 'APP_PAGE' &&
    Boolean(context.isRoutePPREnabled) &&
    !context.fetchCache &&
    !context.isFallback &&
    data.postponed == null &&
    data.rscData != null
  );
}

export default class FileSystemCacheKeepingPages extends NextFileSystemCache {
  /**
   * @param {string} key
   * @param {CachedValue | null} data
   * @param {SetContext} context
   */
  async set(key, data, context) {
    // The payload goes first: Next treats the `.html` file as the entry's presence, so a read
    // never finds a page without the file it needs.
    if (this.flushToDisk && needsFlightPayloadFile(data, context)) {
      const file = this.getFilePath(`${key}.rsc`, 'APP_PAGE');
      try {
        await this.fs.mkdir(path.dirname(file));
        await this.fs.writeFile(file, data.rscData);
      } catch (error) {
        // A full disk or the like: the page is still kept in memory, as Next alone would keep it.
        console.warn(`Could not keep ${file} for the page cache:`, error);
      }
    }
    await super.set(key, data, context);
  }
}
