/**
 * How many tag revalidations this process has seen: those it made (the publishing webhook) and,
 * with REDIS_URL, those it learnt of from other instances (redis-store.mjs). lib/content lets a
 * request share a load of the content (one under way, or one begun less than a minute ago) only if
 * none came since that load began: a publish made meanwhile may be missing from it.
 *
 * The count lives on `globalThis`, because this file is loaded both by Next's cache handlers,
 * outside the app's bundles, and by those bundles, each with a copy of its own.
 */
const key = Symbol.for('ocop-quang-ngai.revalidations-seen');
const holder = /** @type {Record<symbol, number | undefined>} */ (
  /** @type {unknown} */ (globalThis)
);

export function noteRevalidation() {
  holder[key] = (holder[key] ?? 0) + 1;
}

/** @returns {number} */
export function revalidationsSeen() {
  return holder[key] ?? 0;
}
