/**
 * Serialised answers kept in memory, for the few API answers that are large and asked for again
 * and again (every map loads the whole retail-points collection: 3.8 MB at national scale, of which
 * turning it into JSON alone takes ~30 ms). Bounded by total size, least recently used first out.
 * Keys must name everything the answer depends on: content version, parameters, and the minute
 * when the answer holds time-dependent facts (open now).
 */
import { LRUCache } from 'lru-cache';

const maxCachedBytes = 64 * 1024 * 1024;

const bodies = new LRUCache<string, string>({
  maxSize: maxCachedBytes,
  // Strings are UTF-16 in memory: two bytes a unit is the honest size.
  sizeCalculation: (body) => Math.max(1, body.length * 2),
});

/** The body cached under `key`, or `build()`'s JSON, kept for the next request. */
export function cachedJsonBody(key: string, build: () => unknown): string {
  const cached = bodies.get(key);
  if (cached !== undefined) return cached;
  const body = JSON.stringify(build());
  bodies.set(key, body);
  return body;
}
