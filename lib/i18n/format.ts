import { provinceTimeZone } from '../time/province-time';
import { intlLocale, type Locale } from './locales';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as people in each language expect it: 25/12/2023 in Vietnamese, 25 Dec 2023 in English.
 * Date-only values are calendar dates and are shown as written; moments are shown in the province's
 * time zone.
 */
export function formatDate(value: string, lang: Locale): string {
  const isCalendarDate = dateOnly.test(value);
  return new Intl.DateTimeFormat(intlLocale[lang], {
    timeZone: isCalendarDate ? 'UTC' : provinceTimeZone,
    day: '2-digit',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
  }).format(new Date(isCalendarDate ? `${value}T00:00:00Z` : value));
}

/** A moment with its time of day, in the province's time zone. */
export function formatDateTime(value: string, lang: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[lang], {
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
  return new Intl.NumberFormat(intlLocale[lang], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatNumber(value: number, lang: Locale): string {
  return new Intl.NumberFormat(intlLocale[lang]).format(value);
}

/** A calendar month (YYYY-MM) as a heading: "tháng 12 năm 2026", "December 2026". */
export function formatMonth(month: string, lang: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[lang], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}
