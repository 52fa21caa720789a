// @ts-check
/**
 * The `'use cache'` handler (next.config.js `cacheHandlers`) when REDIS_URL is set: entries and tag
 * revalidations live in Redis, so every instance reads the content version another one cached, and
 * a webhook's revalidation on one instance reaches all of them. Follows Next's documented interface
 * (node_modules/next/dist/docs, cacheHandlers): get, set, refreshTags, getExpiration, updateTags.
 */
import { createHash } from 'node:crypto';
import {
  currentTagState,
  decodeEntry,
  encodeEntry,
  hasExpiredTag,
  hasStaleTag,
  keyPrefix,
  latestExpiration,
  readBytes,
  recordRevalidation,
  refreshTagState,
  startRedis,
  ttlSeconds,
  writeBytes,
} from './redis-store.mjs';

/**
 * @typedef {import('next/cache').CacheEntry} CacheEntry
 * @typedef {Omit<CacheEntry, 'value'> & { value: Uint8Array }} StoredEntry
 */

startRedis();

/** Cache keys hold the serialized arguments, so their length is open: store under a digest. */
const entryKey = (/** @type {string} */ cacheKey) =>
  `${keyPrefix}use-cache:${createHash('sha256').update(cacheKey).digest('base64url')}`;

/** Writes under way in this process, so a read right behind a write finds it. */
const pendingSets = new Map();

/** @param {unknown} value @returns {value is StoredEntry} */
const isStoredEntry = (value) =>
  typeof value === 'object' &&
  value !== null &&
  'value' in value &&
  value.value instanceof Uint8Array &&
  'tags' in value &&
  Array.isArray(value.tags) &&
  'timestamp' in value &&
  typeof value.timestamp === 'number';

/** A fresh single-use stream over stored bytes, for every hit. */
const streamOf = (/** @type {Uint8Array} */ bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/**
 * @param {string} cacheKey
 * @param {Promise<CacheEntry>} pendingEntry
 */
async function store(cacheKey, pendingEntry) {
  const entry = await pendingEntry;
  // An entry that expires at once is regenerated on every read and never served from here, as
  // Next's built-in handler also reasons: writing it would only cost a round trip.
  if (entry.expire === 0) return;
  let value;
  try {
    value = new Uint8Array(await new Response(entry.value).arrayBuffer());
  } catch {
    // The render failed part-way: an incomplete value would make an incomplete page.
    return;
  }
  /** @type {StoredEntry} */
  const stored = { ...entry, value };
  await writeBytes(entryKey(cacheKey), encodeEntry(stored), ttlSeconds(entry.expire));
}

/** @type {import('next/cache').CacheHandler} */
const redisUseCacheHandler = {
  async get(cacheKey) {
    await pendingSets.get(cacheKey);
    const bytes = await readBytes(entryKey(cacheKey));
    const stored = bytes && decodeEntry(bytes);
    if (!isStoredEntry(stored)) return undefined;
    // No age check: Next compares timestamp with expire itself. Tags are ours to check; the
    // route's soft tags Next checks through getExpiration.
    const tags = currentTagState();
    if (hasExpiredTag(tags, stored.tags, stored.timestamp, Date.now())) return undefined;
    const revalidate = hasStaleTag(tags, stored.tags, stored.timestamp) ? -1 : stored.revalidate;
    return { ...stored, revalidate, value: streamOf(stored.value) };
  },

  async set(cacheKey, pendingEntry) {
    const writing = store(cacheKey, pendingEntry).catch(() => {
      // The entry itself failed (its render threw): there is nothing to keep.
    });
    pendingSets.set(cacheKey, writing);
    try {
      await writing;
    } finally {
      if (pendingSets.get(cacheKey) === writing) pendingSets.delete(cacheKey);
    }
  },

  // Once per request, before the first read: learn what other instances revalidated.
  async refreshTags() {
    await refreshTagState();
  },

  async getExpiration(tags) {
    return latestExpiration(currentTagState(), tags, Date.now());
  },

  async updateTags(tags, durations) {
    await recordRevalidation(tags, durations);
  },
};

export default redisUseCacheHandler;
