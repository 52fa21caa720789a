import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, negotiateLocale } from './lib/i18n/locales';
import { unknownLanguagePath } from './lib/i18n/paths';

/** The cookie by which Next recognises an editor's preview (draft mode). */
const draftModeCookie = '__prerender_bypass';

/**
 * Three jobs before a request is answered:
 * - `/` sends people to the language their browser prefers (English when it ranks first, else
 *   Vietnamese);
 * - a path whose first segment is not a language (`/fr/...`) gets the global 404 page, in both
 *   languages, instead of being taken for a language by the `[lang]` segment;
 * - drafts are shown on pages only: an editor's preview cookie is taken off requests for the API,
 *   feeds, data files, embeds and cards, whose answers caches and partners may keep and share.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Only requests carrying the preview cookie reach here for these paths (see the matcher).
  if (isMachineReadable(pathname)) {
    const headers = new Headers(request.headers);
    headers.set('cookie', withoutCookie(request.headers.get('cookie') ?? '', draftModeCookie));
    return NextResponse.next({ request: { headers } });
  }
  if (pathname === '/') {
    const lang = negotiateLocale(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${lang}`, request.url), 307);
    // Caches must not hand one visitor's language choice to another.
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  const firstSegment = pathname.split('/')[1];
  if (!isLocale(firstSegment)) {
    return NextResponse.rewrite(new URL(unknownLanguagePath, request.url));
  }
  return NextResponse.next();
}

/**
 * The Cookie header without one cookie, the others left byte for byte: decoding and re-encoding
 * them would fail on a value that is not valid percent-encoding.
 */
function withoutCookie(header: string, name: string): string {
  return header
    .split(';')
    .filter((part) => part.split('=', 1)[0]!.trim() !== name)
    .join(';')
    .trim();
}

/** The API, feeds, data files, embeds, and every file under a page (cards, vCards, chart files, Markdown). */
function isMachineReadable(pathname: string): boolean {
  return (
    /^\/(api\/v1|api\/oembed|feeds|data|embed)(\/|$)/.test(pathname) ||
    /\.[A-Za-z0-9]+$/.test(pathname)
  );
}

export const config = {
  matcher: [
    // Pages only: not Next's assets, APIs, feeds, data files, embeds, or files with an extension.
    '/((?!_next/|api/|feeds/|data/|embed/|.*\\.[A-Za-z0-9]+$).*)',
    // The rest only while an editor previews (see above), so it costs nothing otherwise.
    {
      source: '/(api/v1|api/oembed|feeds|data|embed)/:path*',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
    {
      source: '/((?!_next/).*\\.[A-Za-z0-9]+)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
};
