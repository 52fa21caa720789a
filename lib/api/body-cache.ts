/**
 * Serialised answers kept in memory, for the few API answers that are large and asked for again
 * and again (every map loads the whole retail-points collection: 4 MB at national scale, of which
 * turning it into JSON alone takes ~30 ms). Kept as UTF-8 bytes, so a request does not encode the
 * text again. Bounded by total size, least recently used first out. Keys must name everything the
 * answer depends on: content version, parameters, and the minute when the answer holds
 * time-dependent facts (open now).
 *
 * Not kept compressed: Next drops a route's Content-Encoding header, so the server compresses
 * each answer on its way out (server/start.mjs), and the CDN in front keeps the compressed copy.
 */
import { LRUCache } from 'lru-cache';

const maxCachedBytes = 64 * 1024 * 1024;

/** Bytes over a plain ArrayBuffer, which a Response takes as its body without a copy. */
type Bytes = Uint8Array<ArrayBuffer>;

const bodies = new LRUCache<string, Bytes>({
  maxSize: maxCachedBytes,
  sizeCalculation: (body) => Math.max(1, body.byteLength),
});

/** The body cached under `key`, or `build()`'s JSON as UTF-8, kept for the next request. */
export function cachedJsonBody(key: string, build: () => unknown): Bytes {
  const cached = bodies.get(key);
  if (cached !== undefined) return cached;
  const body = new TextEncoder().encode(JSON.stringify(build()));
  bodies.set(key, body);
  return body;
}
