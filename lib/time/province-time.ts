/**
 * Dates as the province lives them. Vietnam keeps one offset all year (UTC+7, no daylight saving),
 * and SPEC.md fixes Asia/Ho_Chi_Minh for every date shown.
 */
export const provinceTimeZone = 'Asia/Ho_Chi_Minh';

const isoDateInProvince = new Intl.DateTimeFormat('en-CA', {
  timeZone: provinceTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in the province at a given moment. */
export function toProvinceDate(moment: Date): string {
  return isoDateInProvince.format(moment);
}

/** Splits YYYY-MM-DD into numbers. */
function parts(isoDate: string): [year: number, month: number, day: number] {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
  return [year, month, day];
}

/**
 * Adds calendar months to a date. When the day does not exist in the target month (29 February
 * plus 36 months), the last day of that month is used, as Vietnamese legal practice counts terms.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (iso: string) => {
    const [year, month, day] = parts(iso);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The province's offset from UTC, fixed all year (see above). */
const provinceOffsetMs = 7 * 3_600_000;

/** A moment written in the province's local time with its offset: 2026-12-12T07:00:00+07:00. */
export function toProvinceIso(moment: Date): string {
  return `${new Date(moment.getTime() + provinceOffsetMs).toISOString().slice(0, 19)}+07:00`;
}

/** The calendar month (YYYY-MM) in the province at a given moment. */
export function toProvinceMonth(moment: Date): string {
  return toProvinceDate(moment).slice(0, 7);
}

/** The first moment of a province calendar date (YYYY-MM-DD), i.e. local midnight. */
export function provinceMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

/** Seconds (rounded up) from a moment to the province's next midnight, when its date changes. */
export function secondsToProvinceMidnight(moment: Date): number {
  const tomorrow = toProvinceDate(new Date(moment.getTime() + 86_400_000));
  return Math.ceil((provinceMidnight(tomorrow).getTime() - moment.getTime()) / 1000);
}
