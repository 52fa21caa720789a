/**
 * Opening hours of a sales point: whether it is open at a moment, and the same hours written for
 * people (collapsed day ranges), for search engines (schema.org) and for machines (OSM syntax).
 *
 * Rules, decided once here:
 * - Hours are the province's wall-clock time (Asia/Ho_Chi_Minh, UTC+7 all year), wherever the
 *   server runs.
 * - `closes` is exclusive: a shop open 07:00–18:00 is closed at 18:00.
 * - A slot whose `closes` is earlier than or equal to its `opens` runs past midnight: a night
 *   market 17:00–01:00 listed on Friday is open until 01:00 on Saturday; 00:00–00:00 is all day.
 * - No hours at all means "unknown", never "closed".
 *
 * Pure and free of server-only imports: "now" is always passed in.
 */
import type { RetailPoint } from '../content/schema';
import { intlLocale, type Locale } from '../i18n/locales';

export type OpeningHours = RetailPoint['openingHours'];
type Weekday = OpeningHours[number]['days'][number];

/** Monday first, as the schema's `weekdays` and as ISO 8601 count the week. */
const week: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

const schemaOrgDays = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

const osmDays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** Minutes since midnight of an `HH:MM` time. */
const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * The province's offset from UTC. Vietnam keeps UTC+7 all year (no daylight saving), as
 * lib/time/province-time.ts also relies on; plain arithmetic keeps a map of 5,000 points cheap.
 */
const provinceOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

/** The province's day of the week (0 = Monday) and minute of the day at a moment. */
function provinceClock(now: Date): { day: number; minute: number } {
  const local = now.getTime() + provinceOffsetMs;
  const days = Math.floor(local / dayMs);
  // 1 January 1970 was a Thursday (3 when Monday is 0).
  const day = (((days + 3) % 7) + 7) % 7;
  return { day, minute: Math.floor((local - days * dayMs) / 60_000) };
}

/** A slot with its days as a bit mask (bit 0 = Monday) and its times in minutes. */
interface CompiledSlot {
  days: number;
  opens: number;
  closes: number;
}

/** Hours compiled once per hours list (content objects are never mutated). */
const compiled = new WeakMap<OpeningHours, CompiledSlot[]>();

function compile(hours: OpeningHours): CompiledSlot[] {
  let slots = compiled.get(hours);
  if (!slots) {
    slots = hours.map((slot) => ({
      days: slot.days.reduce((mask, day) => mask | (1 << week.indexOf(day)), 0),
      opens: toMinutes(slot.opens),
      closes: toMinutes(slot.closes),
    }));
    compiled.set(hours, slots);
  }
  return slots;
}

/**
 * Whether a sales point is open at a moment, in province time; `undefined` when it has no hours
 * (unknown, which a page should not show as "closed").
 */
export function isOpenAt(hours: OpeningHours, now: Date): boolean | undefined {
  if (hours.length === 0) return undefined;
  const { day, minute } = provinceClock(now);
  const today = 1 << day;
  const yesterday = 1 << ((day + 6) % 7);
  return compile(hours).some(({ days, opens, closes }) => {
    if (closes > opens) return (days & today) !== 0 && minute >= opens && minute < closes;
    // From `opens` on a listed day until `closes` the morning after.
    return (
      ((days & today) !== 0 && minute >= opens) || ((days & yesterday) !== 0 && minute < closes)
    );
  });
}

interface TimeRange {
  opens: string;
  closes: string;
}

/**
 * Days that share the same time ranges, in week order of their first day: Monday to Saturday
 * 07:30–20:00 and Sunday 08:00–17:00 make two groups, whatever slots the data used to say so.
 */
function groupDays(hours: OpeningHours): { days: number[]; ranges: TimeRange[] }[] {
  const perDay: TimeRange[][] = week.map(() => []);
  for (const slot of hours) {
    for (const day of new Set(slot.days)) {
      const ranges = perDay[week.indexOf(day)]!;
      if (!ranges.some((r) => r.opens === slot.opens && r.closes === slot.closes))
        ranges.push({ opens: slot.opens, closes: slot.closes });
    }
  }
  const groups = new Map<string, { days: number[]; ranges: TimeRange[] }>();
  perDay.forEach((ranges, day) => {
    if (ranges.length === 0) return;
    ranges.sort((a, b) => a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
    const key = ranges.map((r) => `${r.opens}-${r.closes}`).join(',');
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { days: [day], ranges });
  });
  return [...groups.values()];
}

/**
 * Days written as runs: three or more consecutive days as a range ("Mo-Fr"), shorter runs day by
 * day ("Sa,Su"), since "Saturday – Sunday" says no more than "Saturday, Sunday".
 */
function formatDays(days: number[], name: (day: number) => string, range: string, list: string) {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= days.length; i++) {
    if (i < days.length && days[i] === days[i - 1]! + 1) continue;
    const run = days.slice(start, i);
    if (run.length >= 3) parts.push(`${name(run[0]!)}${range}${name(run.at(-1)!)}`);
    else parts.push(...run.map(name));
    start = i;
  }
  return parts.join(list);
}

/** A closing time of midnight reads "24:00": "17:00–24:00" rather than "17:00–00:00". */
const closingClock = (closes: string) => (closes === '00:00' ? '24:00' : closes);

const weekdayNames = new Map<Locale, string[]>();

/** Weekday names from the platform's locale data, Monday first: "Thứ Hai", "Monday"… */
function weekdayNamesFor(locale: Locale): string[] {
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(intlLocale[locale], {
      weekday: 'long',
      timeZone: 'UTC',
    });
    // 1 January 2024 was a Monday.
    names = week.map((_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
    weekdayNames.set(locale, names);
  }
  return names;
}

/**
 * The hours as lines for people, consecutive days collapsed: "Thứ Hai – Thứ Bảy: 07:30–20:00",
 * "Chủ Nhật: 08:00–17:00" / "Monday – Saturday: 07:30–20:00". Days without hours are left out;
 * no hours give no lines.
 */
export function openingHoursLines(hours: OpeningHours, locale: Locale): string[] {
  const names = weekdayNamesFor(locale);
  return groupDays(hours).map(({ days, ranges }) => {
    const dayText = formatDays(days, (day) => names[day]!, ' – ', ', ');
    const times = ranges.map((r) => `${r.opens}–${closingClock(r.closes)}`).join(', ');
    return `${dayText}: ${times}`;
  });
}

/** Written once per hours list: every API answer writes the hours of thousands of points. */
const osmTexts = new WeakMap<OpeningHours, string>();

/**
 * The hours in OpenStreetMap's `opening_hours` syntax ("Mo-Sa 07:30-20:00; Su 08:00-17:00"),
 * compact and read by many tools; `null` when there are no hours.
 */
export function toOsmOpeningHours(hours: OpeningHours): string | null {
  if (hours.length === 0) return null;
  let text = osmTexts.get(hours);
  if (text === undefined) {
    text = groupDays(hours)
      .map(({ days, ranges }) => {
        const dayText = formatDays(days, (day) => osmDays[day]!, '-', ',');
        return `${dayText} ${ranges.map((r) => `${r.opens}-${closingClock(r.closes)}`).join(',')}`;
      })
      .join('; ');
    osmTexts.set(hours, text);
  }
  return text;
}

/** schema.org's OpeningHoursSpecification, for a LocalBusiness or Store in JSON-LD. */
export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek: string[];
  opens: string;
  closes: string;
}

/**
 * One specification per slot. schema.org reads a `closes` earlier than `opens` as the next day,
 * as we do; a slot open all day (00:00–00:00) is written 00:00–23:59, as schema.org asks.
 */
export function openingHoursSpecification(hours: OpeningHours): OpeningHoursSpecification[] {
  return hours.map((slot) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: week
      .filter((day) => slot.days.includes(day))
      .map((day) => `https://schema.org/${schemaOrgDays[week.indexOf(day)]}`),
    opens: slot.opens,
    closes: slot.opens === '00:00' && slot.closes === '00:00' ? '23:59' : slot.closes,
  }));
}
