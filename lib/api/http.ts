/**
 * JSON answers of the public API: one place for the error shape `{ error, issues }`, the cache
 * headers and CORS (the press and partners call the API from their own pages).
 */
import type { QueryIssue } from '../catalogue/product-query';
import { ifNoneMatchNames } from '../if-none-match.mjs';

// The server's own layers compare tags by the same rule (server/body-etags.mjs).
export { ifNoneMatchNames };

export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

/** Content changes a few times a day: browsers keep answers a minute, shared caches five. */
export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { 'Cache-Control': publicCacheControl, ...corsHeaders, ...init.headers },
  });
}

export function jsonError(
  status: 400 | 404 | 405,
  error: string,
  issues: QueryIssue[] = [],
): Response {
  return jsonResponse(
    { error, issues },
    { status, headers: status === 405 ? { Allow: 'GET, HEAD, OPTIONS' } : {} },
  );
}

/**
 * The answer to a GET of bytes with a validator: 304 Not Modified, without the bytes, when the
 * client already has them (its If-None-Match names `etag`), else 200 with them; both with `headers`
 * and the ETag, so a browser or CDN keeps caching as before.
 */
export function validatedResponse(
  request: Request,
  answer: { body: Uint8Array<ArrayBuffer>; etag: string },
  headers: Record<string, string>,
): Response {
  const allHeaders = { ...headers, ETag: answer.etag };
  if (ifNoneMatchNames(request.headers.get('if-none-match'), answer.etag)) {
    return new Response(null, { status: 304, headers: allHeaders });
  }
  return new Response(answer.body, { headers: allHeaders });
}

/** CORS preflight. */
export function optionsResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...corsHeaders, 'Access-Control-Max-Age': '86400' },
  });
}

/** Handlers for the methods the read-only API does not take, answered in JSON like every error. */
export const readOnlyMethods = {
  POST: () => jsonError(405, 'This API is read-only: use GET.'),
  PUT: () => jsonError(405, 'This API is read-only: use GET.'),
  PATCH: () => jsonError(405, 'This API is read-only: use GET.'),
  DELETE: () => jsonError(405, 'This API is read-only: use GET.'),
};
