import type { vi } from './dictionaries/vi';
import type { Locale } from './locales';

/** The shape of the UI strings, taken from the Vietnamese dictionary. */
export type Dictionary = typeof vi;

const loaders: Record<Locale, () => Promise<Dictionary>> = {
  vi: () => import('./dictionaries/vi').then((m) => m.vi),
  en: () => import('./dictionaries/en').then((m) => m.en),
};

/** The UI strings of a language (server side; pass the strings a client island needs as props). */
export function getDictionary(lang: Locale): Promise<Dictionary> {
  return loaders[lang]();
}
