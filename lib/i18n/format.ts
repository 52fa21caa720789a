import { provinceTimeZone } from '../time/province-time';
import { intlLocale, type Locale } from './locales';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Builds an Intl formatter once per language and options and keeps it: building one costs
 * 40 µs (numbers) to 220 µs (dates in a time zone), using one about 1 µs. A page of 24 product
 * cards, a month of events or a table of 1,100 places formats hundreds of values.
 */
function kept<F>(made: Map<string, F>, lang: Locale, options: object, make: () => F): F {
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = made.get(key);
  if (formatter === undefined) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

/** `new Intl.DateTimeFormat(lang's tag, options)`, built once and reused. */
export function dateTimeFormat(lang: Locale, options: Intl.DateTimeFormatOptions) {
  return kept(
    dateTimeFormats,
    lang,
    options,
    () => new Intl.DateTimeFormat(intlLocale[lang], options),
  );
}

/** `new Intl.NumberFormat(lang's tag, options)`, built once and reused. */
export function numberFormat(lang: Locale, options: Intl.NumberFormatOptions = {}) {
  return kept(numberFormats, lang, options, () => new Intl.NumberFormat(intlLocale[lang], options));
}

/**
 * A date as people in each language expect it: 25/12/2023 in Vietnamese, 25 Dec 2023 in English.
 * Date-only values are calendar dates and are shown as written; moments are shown in the province's
 * time zone.
 */
export function formatDate(value: string, lang: Locale): string {
  const isCalendarDate = dateOnly.test(value);
  return dateTimeFormat(lang, {
    timeZone: isCalendarDate ? 'UTC' : provinceTimeZone,
    day: '2-digit',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
  }).format(new Date(isCalendarDate ? `${value}T00:00:00Z` : value));
}

/** A moment with its time of day, in the province's time zone. */
export function formatDateTime(value: string, lang: Locale): string {
  return dateTimeFormat(lang, {
    timeZone: provinceTimeZone,
    day: '2-digit',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));
}

/** Money in Vietnamese đồng, without decimals. */
export function formatVnd(amount: number, lang: Locale): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatNumber(value: number, lang: Locale): string {
  return numberFormat(lang).format(value);
}

/** A calendar month (YYYY-MM) as a heading: "tháng 12 năm 2026", "December 2026". */
export function formatMonth(month: string, lang: Locale): string {
  return dateTimeFormat(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}
