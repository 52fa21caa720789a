import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { resolvePreviewLink } from '@/lib/preview/preview-link';
import { previewError, redirectToPath } from '@/lib/preview/responses';

/**
 * GET /api/draft?secret=…&contentType=…&slug=…&lang=…: the "open preview" link of Contentful's
 * content preview settings (docs/contentful.md, "Preview"). With the right secret it turns draft mode on
 * for this browser and redirects to the entry's page; anything else gets 401 or 400 in JSON and no
 * cookie.
 */
export async function GET(request: NextRequest) {
  const link = resolvePreviewLink(request.nextUrl.searchParams, getEnv().CONTENTFUL_PREVIEW_SECRET);
  if (!link.ok) return previewError(link.status, link.error, link.issues);
  (await draftMode()).enable();
  return redirectToPath(link.path, 307);
}

const onlyGet = () =>
  previewError(405, 'Open the preview link with GET.', [], { Allow: 'GET, HEAD' });

export const POST = onlyGet;
export const PUT = onlyGet;
export const PATCH = onlyGet;
export const DELETE = onlyGet;
