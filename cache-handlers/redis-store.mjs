// @ts-check
/**
 * What the two Redis cache handlers share: one client, the entry encoding, and the tag state that
 * lets a revalidation on one instance reach every other (docs/deployment.md). Next loads the
 * handlers itself, outside the app bundle, so this file reads REDIS_URL from the environment; the
 * app validates the same variable in lib/env.ts.
 *
 * Tag state lives in two Redis hashes, tag → milliseconds since the epoch, with the meaning of Next's
 * own tags manifest: `stale` (entries older than it are served once more while they refresh) and
 * `expired` (entries older than it are not served once that time has come).
 */
import { createClient, RESP_TYPES } from '@redis/client';
import { deserialize, serialize } from 'node:v8';
import { noteRevalidation } from './revalidations-seen.mjs';

/** Every key this site writes starts with this. One Redis (or database) per environment. */
export const keyPrefix = 'ocop:';
const staleTagsKey = `${keyPrefix}tags:stale`;
const expiredTagsKey = `${keyPrefix}tags:expired`;

/** Entries whose lifetime Next leaves open still leave Redis after this long (seconds). */
export const longestTtlSeconds = 30 * 24 * 60 * 60;

/** How long a request waits for Redis before it is served as if the cache were empty. */
const commandTimeoutMs = 1000;
const connectTimeoutMs = 2000;

/**
 * @typedef {{ stale?: number; expired?: number }} TagTimes
 * @typedef {Map<string, TagTimes>} TagState
 */

/**
 * Checks REDIS_URL as lib/env.ts does, so a mistyped address stops the server at start with the
 * same kind of message rather than leaving every request uncached.
 * @param {string | undefined} value
 * @returns {string}
 */
export function parseRedisUrl(value) {
  let url;
  try {
    url = value?.trim() ? new URL(value.trim()) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname) {
    throw new Error(
      'Invalid environment variables:\n  REDIS_URL: must be a redis:// or rediss:// URL with a host',
    );
  }
  return url.href;
}

/**
 * An entry as bytes. V8's serializer keeps what JSON would lose in Next's entries: Buffers (RSC
 * payloads, route bodies), Maps (per-segment prefetch data), undefined and Infinity.
 * @param {unknown} value
 * @returns {Buffer}
 */
export const encodeEntry = (value) => serialize(value);

/**
 * @param {Buffer} bytes
 * @returns {any} the stored value, or undefined for bytes this process cannot read
 */
export function decodeEntry(bytes) {
  try {
    return deserialize(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Seconds an entry may stay in Redis: its `expire` when Next gives one, else the longest we keep
 * anything, so entries of routes nobody asks for any more leave on their own.
 * @param {number | undefined} expireSeconds
 */
export function ttlSeconds(expireSeconds) {
  if (typeof expireSeconds !== 'number' || !Number.isFinite(expireSeconds) || expireSeconds <= 0)
    return longestTtlSeconds;
  return Math.min(Math.ceil(expireSeconds), longestTtlSeconds);
}

/**
 * The change `updateTags(tags, durations)` makes, as Next's built-in handlers make it: without
 * durations the tags expire now; with them they go stale now and expire after `durations.expire`.
 * @param {string[]} tags
 * @param {{ expire?: number } | undefined} durations
 * @param {number} now
 * @returns {{ stale: Record<string, number>; expired: Record<string, number> }}
 */
export function tagUpdate(tags, durations, now) {
  /** @type {Record<string, number>} */
  const stale = {};
  /** @type {Record<string, number>} */
  const expired = {};
  for (const tag of tags) {
    if (!durations) {
      expired[tag] = now;
      continue;
    }
    stale[tag] = now;
    if (durations.expire !== undefined) expired[tag] = now + durations.expire * 1000;
  }
  return { stale, expired };
}

/**
 * Whether an entry made at `timestamp` carries a tag that has expired since.
 * @param {TagState} state
 * @param {readonly string[]} tags
 * @param {number} timestamp
 * @param {number} now
 */
export function hasExpiredTag(state, tags, timestamp, now) {
  return tags.some((tag) => {
    const expired = state.get(tag)?.expired;
    return expired !== undefined && expired > timestamp && expired <= now;
  });
}

/**
 * Whether an entry made at `timestamp` carries a tag marked stale since.
 * @param {TagState} state
 * @param {readonly string[]} tags
 * @param {number} timestamp
 */
export function hasStaleTag(state, tags, timestamp) {
  return tags.some((tag) => (state.get(tag)?.stale ?? 0) > timestamp);
}

/**
 * The latest expiry among `tags` that has come (0 if none): what `getExpiration` answers. An
 * expiry still in the future must not discard anything yet.
 * @param {TagState} state
 * @param {readonly string[]} tags
 * @param {number} now
 */
export function latestExpiration(state, tags, now) {
  let latest = 0;
  for (const tag of tags) {
    const expired = state.get(tag)?.expired;
    if (expired !== undefined && expired <= now && expired > latest) latest = expired;
  }
  return latest;
}

/**
 * Whether two tag states hold the same times for the same tags.
 * @param {TagState} a
 * @param {TagState} b
 */
export function sameTagState(a, b) {
  if (a.size !== b.size) return false;
  for (const [tag, times] of a) {
    const other = b.get(tag);
    if (other?.stale !== times.stale || other?.expired !== times.expired) return false;
  }
  return true;
}

/**
 * Tag state from the two hashes' contents.
 * @param {Record<string, string>} stale
 * @param {Record<string, string>} expired
 * @returns {TagState}
 */
export function toTagState(stale, expired) {
  /** @type {TagState} */
  const state = new Map();
  for (const [tag, at] of Object.entries(stale)) state.set(tag, { stale: Number(at) });
  for (const [tag, at] of Object.entries(expired))
    state.set(tag, { ...state.get(tag), expired: Number(at) });
  return state;
}

// ---------------------------------------------------------------------------------------------------
// The connection, shared by both handlers (Next imports each handler file once per process).

/** @type {ReturnType<typeof createRedis> | undefined} */
let redis;

function createRedis() {
  const url = parseRedisUrl(process.env.REDIS_URL);
  const client = createClient({
    url,
    // While Redis is away, fail at once and serve uncached, rather than queue behind a request.
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  client.on('error', (error) => warn('Redis cache: connection error', error));
  // The same connection, answering string replies as Buffers: what encoded entries are read as.
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const connecting = client.connect().then(
    () => {
      console.log(`Redis cache: connected to ${redactedHost(url)}; Next's cache is shared.`);
    },
    (error) => warn(`Redis cache: cannot reach ${redactedHost(url)}; serving uncached`, error),
  );
  // The first requests wait for the connection, but not for long: the client keeps trying.
  const ready = Promise.race([
    connecting,
    new Promise((resolve) => setTimeout(resolve, connectTimeoutMs).unref()),
  ]);
  return { client, binary, ready };
}

/**
 * Creates the client and starts connecting, once per process. The handlers call it as they load,
 * so a bad REDIS_URL stops the server at start.
 */
export function startRedis() {
  redis ??= createRedis();
  return redis;
}

/** The connected client, or undefined while Redis cannot be reached. */
async function connection() {
  const store = startRedis();
  await store.ready;
  return store.client.isReady ? store : undefined;
}

/** Host and port only: a URL may carry a password. */
function redactedHost(/** @type {string} */ url) {
  const { host } = new URL(url);
  return host;
}

let lastWarning = 0;
/**
 * Logs a Redis problem at most every ten seconds: a lost connection would otherwise fill the log
 * with one line per request.
 * @param {string} message
 * @param {unknown} error
 */
function warn(message, error) {
  if (Date.now() - lastWarning < 10_000) return;
  lastWarning = Date.now();
  console.warn(`${message}: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Reads the stored bytes of a key; undefined when absent or when Redis does not answer.
 * @param {string} key
 * @returns {Promise<Buffer | undefined>}
 */
export async function readBytes(key) {
  const connected = await connection();
  if (!connected) return undefined;
  try {
    const bytes = await connected.binary.get(key);
    return Buffer.isBuffer(bytes) ? bytes : undefined;
  } catch (error) {
    warn('Redis cache: read failed', error);
    return undefined;
  }
}

/**
 * Stores bytes under a key for `ttl` seconds. A failed write is logged and forgotten: the next
 * request renders afresh.
 * @param {string} key
 * @param {Buffer} bytes
 * @param {number} ttl
 */
export async function writeBytes(key, bytes, ttl) {
  const connected = await connection();
  if (!connected) return;
  try {
    await connected.client.set(key, bytes, { expiration: { type: 'EX', value: ttl } });
  } catch (error) {
    warn('Redis cache: write failed', error);
  }
}

/** This process's copy of the tag state, as of the last refresh or its own revalidations. */
let tagState = /** @type {TagState} */ (new Map());

/** The tag state as last read. */
export const currentTagState = () => tagState;

/**
 * Reads the tag state from Redis. On failure the last known state stays: entries may be served a
 * little stale, but no request fails because Redis hiccupped.
 */
export async function refreshTagState() {
  const connected = await connection();
  if (!connected) return tagState;
  try {
    const [stale, expired] = await Promise.all([
      connected.client.hGetAll(staleTagsKey),
      connected.client.hGetAll(expiredTagsKey),
    ]);
    const read = toTagState(
      /** @type {Record<string, string>} */ (stale),
      /** @type {Record<string, string>} */ (expired),
    );
    // Another instance revalidated something since the last read.
    if (!sameTagState(read, tagState)) noteRevalidation();
    tagState = read;
  } catch (error) {
    warn('Redis cache: reading revalidated tags failed', error);
  }
  return tagState;
}

/**
 * Records a revalidation in Redis for every instance, and in this process at once. Throws when
 * Redis cannot record it: reporting success would leave the other instances serving old content.
 * @param {string[]} tags
 * @param {{ expire?: number } | undefined} durations
 */
export async function recordRevalidation(tags, durations) {
  if (tags.length === 0) return;
  noteRevalidation();
  const { stale, expired } = tagUpdate(tags, durations, Date.now());
  const next = new Map(tagState);
  for (const [tag, at] of Object.entries(stale)) next.set(tag, { ...next.get(tag), stale: at });
  for (const [tag, at] of Object.entries(expired)) next.set(tag, { ...next.get(tag), expired: at });
  tagState = next;

  const connected = await connection();
  if (!connected)
    throw new Error(
      'Redis cache: Redis is unreachable; the revalidation reached this instance only',
    );
  const writes = [];
  if (Object.keys(stale).length > 0) writes.push(connected.client.hSet(staleTagsKey, stale));
  if (Object.keys(expired).length > 0) writes.push(connected.client.hSet(expiredTagsKey, expired));
  await Promise.all(writes);
}
