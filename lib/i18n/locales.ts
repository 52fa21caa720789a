import Negotiator from 'negotiator';

/** Vietnamese first, English second (SPEC.md). */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language, for the language switcher. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'vi' ? 'en' : 'vi';
}

/** The site language that best matches an Accept-Language header; Vietnamese when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([
    ...locales,
  ]);
  return isLocale(preferred) ? preferred : defaultLocale;
}

/** BCP 47 tags for Intl formatting. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
