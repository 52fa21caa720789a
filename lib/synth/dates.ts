/**
 * Calendar arithmetic for synthetic records, on `YYYY-MM-DD` strings. Everything is computed from
 * fixed dates, never from the clock, so the same seed writes the same files on any day.
 */
import type { Random } from './random';

const dayMs = 86_400_000;

function toDays(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / dayMs);
}

function fromDays(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

/** The date `days` days after (or before, when negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return fromDays(toDays(isoDate) + days);
}

/** The same day `years` years earlier or later; 29 February becomes 28 February in other years. */
export function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const monthDay = isoDate.slice(4);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthDay === '-02-29' && !isLeap ? '-02-28' : monthDay}`;
}

/** A random date in [from, to], both inclusive. */
export function randomDate(random: Random, from: string, to: string): string {
  return fromDays(random.int(toDays(from), toDays(to)));
}

/** A moment in the province (UTC+7, no daylight saving): `2025-08-29T08:00:00+07:00`. */
export function provinceDateTime(isoDate: string, time: string): string {
  return `${isoDate}T${time}:00+07:00`;
}

/** The earlier of two dates. */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}
