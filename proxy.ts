import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from './lib/i18n/locales';

/** `/` sends people to the language their browser prefers: English when it ranks first, else Vietnamese. */
export function proxy(request: NextRequest) {
  const lang = negotiateLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${lang}`, request.url), 307);
  // Caches must not hand one visitor's language choice to another.
  response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = { matcher: '/' };
