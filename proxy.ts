import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, negotiateLocale } from './lib/i18n/locales';
import { unknownLanguagePath } from './lib/i18n/paths';

/**
 * Two jobs before a page renders:
 * - `/` sends people to the language their browser prefers (English when it ranks first, else
 *   Vietnamese);
 * - a path whose first segment is not a language (`/fr/...`) gets the global 404 page, in both
 *   languages, instead of being taken for a language by the `[lang]` segment.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

export const config = {
  // Pages only: not Next's assets, APIs, feeds, data files, embeds, or files with an extension.
  matcher: ['/((?!_next/|api/|feeds/|data/|embed/|.*\\.[A-Za-z0-9]+$).*)'],
};
