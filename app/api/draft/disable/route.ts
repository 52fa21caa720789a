import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { previewError, redirectToPath } from '@/lib/preview/responses';
import { toSameSitePath } from '@/lib/preview/same-site-path';

/**
 * Leaves preview: clears the draft cookie and sends the editor back to `?path=` (a path of this
 * site only, else the root). POST is what the banner's exit button sends; GET is kept so a plain
 * link or a bookmark also works. 303: whatever the method, the browser then GETs the page.
 */
async function leavePreview(request: NextRequest) {
  (await draftMode()).disable();
  return redirectToPath(toSameSitePath(request.nextUrl.searchParams.get('path')), 303);
}

export const GET = leavePreview;
export const POST = leavePreview;

const notAllowed = () =>
  previewError(405, 'Leave preview with GET or POST.', [], { Allow: 'GET, HEAD, POST' });

export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
