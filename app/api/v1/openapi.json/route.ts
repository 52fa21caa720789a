import { corsHeaders, publicCacheControl } from '@/lib/api/http';
import { buildOpenApiDocument } from '@/lib/api/openapi';

/** GET /api/v1/openapi.json: the API described in OpenAPI 3.1; the same for every deployment. */
export function GET() {
  return Response.json(buildOpenApiDocument(), {
    headers: { 'Cache-Control': publicCacheControl, ...corsHeaders },
  });
}
