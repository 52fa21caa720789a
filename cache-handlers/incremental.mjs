// @ts-check
/**
 * The incremental cache handler (next.config.js `cacheHandler`) when REDIS_URL is set: rendered
 * pages and route responses (ISR) live in Redis, shared by every instance. Next's interface for it:
 * get, set, revalidateTag, resetRequestCache (node_modules/next/dist/docs, incrementalCacheHandlerPath).
 *
 * Next checks an entry's tags against a manifest kept in each process, which knows only the
 * revalidations made in that process; so this handler checks them itself, against the tag state in
 * Redis, on every read.
 *
 * What `next build` prerendered stays on each instance's disk and answers a key Redis lacks, read
 * by Next's own file-system handler (never written to by it). Without it, a detail page
 * (/[lang]/products/[slug] and the like) misses its prerendered fallback shell, and rendering it
 * from scratch at run time fails with NEXT_STATIC_GEN_BAILOUT (seen with Next 16.4.5; the same
 * happens without Redis when the shell is removed from .next).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
// Next's default handler; only its reading of the build output is used. next is pinned (16.4.5).
import { NextFileSystemCache } from './file-system.mjs';
import {
  decodeEntry,
  encodeEntry,
  hasExpiredTag,
  hasStaleTag,
  keyPrefix,
  readBytes,
  recordRevalidation,
  refreshTagState,
  startRedis,
  ttlSeconds,
  writeBytes,
} from './redis-store.mjs';

/**
 * @typedef {{ revalidate?: number | false; expire?: number }} CacheControl
 * @typedef {{ kind: string; headers?: Record<string, unknown>; [field: string]: unknown }} CachedValue
 * @typedef {{ value: CachedValue | null; lastModified: number; cacheControl?: CacheControl }} StoredResponse
 * @typedef {{ kind?: string; tags?: string[]; softTags?: string[] }} GetContext
 * @typedef {{ fetchCache?: boolean; cacheControl?: CacheControl }} SetContext
 * @typedef {ConstructorParameters<typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default>[0]} HandlerContext
 */

startRedis();

/** Next's header listing a response's tags, explicit and implicit (`_N_T_/path`). */
const cacheTagsHeader = 'x-next-cache-tags';

const buildIds = new Map();
/**
 * The build's id: pages hold the script URLs of the build that rendered them, so an instance of a
 * new build must never serve an entry of the previous one during a rolling deploy.
 * @param {string | undefined} serverDistDir
 */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return 'unknown-build';
  if (!buildIds.has(serverDistDir)) {
    let id = 'unknown-build';
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // No build id (a dev server): entries are shared by everything that also has none.
    }
    buildIds.set(serverDistDir, id);
  }
  return buildIds.get(serverDistDir);
}

/** @param {unknown} value @returns {value is StoredResponse} */
const isStoredResponse = (value) =>
  typeof value === 'object' &&
  value !== null &&
  'lastModified' in value &&
  typeof value.lastModified === 'number' &&
  'value' in value;

/**
 * The tags an entry answers to: a response lists them in a header; a fetch entry's come with the
 * read.
 * @param {CachedValue | null} value
 * @param {GetContext} context
 */
function tagsOf(value, context) {
  if (value?.kind === 'FETCH') return [...(context.tags ?? []), ...(context.softTags ?? [])];
  const header = value?.headers?.[cacheTagsHeader];
  return typeof header === 'string' ? header.split(',') : [];
}

export default class RedisIncrementalCache {
  /** @param {HandlerContext} context Next makes one of these per request. */
  constructor(context) {
    this.prefix = `${keyPrefix}isr:${buildIdOf(context.serverDistDir)}:`;
    // Reads only: flushToDisk off, so it never copies or writes anything into the build folder.
    this.buildOutput = new NextFileSystemCache({ ...context, flushToDisk: false });
  }

  /**
   * @param {string} key
   * @param {GetContext} context
   * @returns {Promise<StoredResponse | null>}
   */
  async get(key, context) {
    const [bytes, tags] = await Promise.all([readBytes(this.prefix + key), refreshTagState()]);
    let stored = bytes && decodeEntry(bytes);
    if (!isStoredResponse(stored) && context.kind !== 'FETCH')
      stored = await this.prerendered(key, context);
    if (!isStoredResponse(stored)) return null;
    const entryTags = tagsOf(stored.value, context);
    // A tag revalidated since the entry was made: a miss, so the page renders afresh now. (This
    // interface has no "stale" answer; a stale-only revalidation is treated as an expiry.)
    if (
      hasExpiredTag(tags, entryTags, stored.lastModified, Date.now()) ||
      hasStaleTag(tags, entryTags, stored.lastModified)
    )
      return null;
    return stored;
  }

  /**
   * The build's prerendered response for the key, if any (its age is the build's, so a tag
   * revalidated since still applies to it).
   * @param {string} key
   * @param {GetContext} context
   * @returns {Promise<unknown>}
   */
  async prerendered(key, context) {
    try {
      return await this.buildOutput.get(key, /** @type {any} */ (context));
    } catch {
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {CachedValue | null} data
   * @param {SetContext} context
   */
  async set(key, data, context) {
    const cacheControl = context.fetchCache ? undefined : context.cacheControl;
    /** @type {StoredResponse} */
    const stored = { value: data, lastModified: Date.now(), cacheControl };
    await writeBytes(this.prefix + key, encodeEntry(stored), ttlSeconds(cacheControl?.expire));
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await recordRevalidation(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {
    // Nothing is kept per request.
  }
}
