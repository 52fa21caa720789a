import { jsonError } from '@/lib/api/http';

/**
 * Any /api address that names no endpoint: the API's JSON 404 rather than the site's HTML page, so
 * a client that mistypes a path gets an answer it can read. Named routes take precedence.
 */
function notFound(request: Request) {
  const { pathname } = new URL(request.url);
  return jsonError(404, `No API endpoint at ${pathname}: see /api/v1/openapi.json.`);
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
