/**
 * The answers of the preview routes. Unlike the public API's (lib/api/http.ts) they are never
 * cacheable and carry no CORS headers: they set or clear an editor's cookie, or say why not.
 */
import type { QueryIssue } from '../catalogue/product-query';

const noStore = { 'Cache-Control': 'no-store' };

/** An error as JSON `{ error, issues }`, like every error of the site's APIs. */
export function previewError(
  status: 400 | 401 | 405,
  error: string,
  issues: QueryIssue[] = [],
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error, issues }, { status, headers: { ...noStore, ...headers } });
}

/**
 * A redirect to a path of this site. The Location is relative, so it never depends on the Host
 * header the request came with (which a proxy or an attacker may set).
 */
export function redirectToPath(path: string, status: 303 | 307): Response {
  return new Response(null, { status, headers: { ...noStore, Location: path } });
}
