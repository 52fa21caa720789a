import type { Locale } from './locales';

/** Replaces the language segment of a path: /vi/products → /en/products. Client-safe. */
export function switchLanguagePath(pathname: string, target: Locale): string {
  return /^\/(vi|en)(?=\/|$)/.test(pathname)
    ? pathname.replace(/^\/(vi|en)/, `/${target}`)
    : `/${target}`;
}

/**
 * Where the proxy sends paths that start with no language of the site. No route matches it, so
 * the global 404 page (in both languages, status 404) answers.
 */
export const unknownLanguagePath = '/vi/__unknown-language__/__';
