import type { Locale } from './locales';

/** Replaces the language segment of a path: /vi/products → /en/products. Client-safe. */
export function switchLanguagePath(pathname: string, target: Locale): string {
  return /^\/(vi|en)(?=\/|$)/.test(pathname) ? pathname.replace(/^\/(vi|en)/, `/${target}`) : `/${target}`;
}
