/**
 * A month as a wall calendar: weeks from Monday to Sunday (as Vietnamese calendars are printed),
 * each day with the events that touch it in province time. Pure, so the server can render the grid
 * as a plain table that needs no JavaScript.
 */
import type { OcopEvent } from '../content/schema';
import { eventDays } from './timing';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A YYYY-MM month from a query string, or undefined when it is not one. */
export function parseMonth(text: string | undefined): string | undefined {
  return text && monthPattern.test(text) ? text : undefined;
}

/** The month `delta` months after `month` (YYYY-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthNumber - 1 + delta, 1)).toISOString().slice(0, 7);
}

export interface CalendarDay<T> {
  date: string;
  isInMonth: boolean;
  events: T[];
}

/** The weeks of a month, padded with the neighbouring months' days to whole weeks. */
export function monthGrid<T extends Pick<OcopEvent, 'start' | 'end'>>(
  month: string,
  events: readonly T[],
): CalendarDay<T>[][] {
  const byDay = new Map<string, T[]>();
  for (const event of events) {
    for (const day of eventDays(event)) {
      if (day.startsWith(month)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
    }
  }
  const first = new Date(`${month}-01T00:00:00Z`);
  // getUTCDay: Sunday 0 … Saturday 6; days to go back to the Monday on or before the 1st.
  const cursor = new Date(first);
  cursor.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const weeks: CalendarDay<T>[][] = [];
  do {
    const week: CalendarDay<T>[] = [];
    for (let i = 0; i < 7; i++) {
      const date = cursor.toISOString().slice(0, 10);
      week.push({ date, isInMonth: date.startsWith(month), events: byDay.get(date) ?? [] });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (cursor.toISOString().startsWith(month));
  return weeks;
}
