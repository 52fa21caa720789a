import type { LocalizedText } from '../content/schema';
import type { Locale } from './locales';

export interface LocalizedValue {
  text: string;
  /** The language the text is actually in: Vietnamese when English was asked for but is missing. */
  lang: Locale;
  isFallback: boolean;
}

/** Picks the text for a language, falling back to Vietnamese (always present) and saying so. */
export function localize(value: LocalizedText, lang: Locale): LocalizedValue {
  if (lang === 'en' && value.en) return { text: value.en, lang: 'en', isFallback: false };
  return { text: value.vi, lang: 'vi', isFallback: lang !== 'vi' };
}

/** The text alone, for attributes and metadata where a fallback note cannot be shown. */
export function localizedString(value: LocalizedText, lang: Locale): string {
  return localize(value, lang).text;
}

/** Fills `{name}` placeholders in a dictionary string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
