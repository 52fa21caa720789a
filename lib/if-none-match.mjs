/**
 * Whether an If-None-Match header names `etag` (RFC 9110 §13.1.2): by weak comparison, so a `W/` on
 * either side does not matter, and `*` names any. Tags are split at commas: the site's own tags,
 * the only ones a client can send back to it, have none.
 *
 * A plain module, not TypeScript, so that the server's own layers (server/body-etags.mjs) use the
 * same rule as the API's routes (lib/api/http.ts).
 * @param {string | null | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function ifNoneMatchNames(header, etag) {
  if (!header) return false;
  /** @param {string} tag */
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
