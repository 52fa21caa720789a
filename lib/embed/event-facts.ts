/**
 * What a card says about an event's time: its dates as one range, and where it stands (to come,
 * under way, over, or cancelled). Shared by the embeddable cards and the broadcast cards.
 */
import type { OcopEvent } from '../content/schema';
import { isOngoingEvent, isUpcomingEvent } from '../events/timing';
import { dateTimeFormat } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { provinceTimeZone } from '../time/province-time';

/**
 * ICU puts thin spaces (U+2009, U+202F) around the range dash; the fonts of the broadcast cards
 * have no glyph for them, so they become plain spaces.
 */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

/**
 * Start and end as one range in the province's time, the shared parts written once:
 * "07:00–21:00 19/12/2026", "07:00 19/12/2026 – 21:00 20/12/2026", "19 Dec 2026, 07:00–21:00".
 */
export function formatEventRange(start: string, end: string, lang: Locale): string {
  const range = dateTimeFormat(lang, {
    timeZone: provinceTimeZone,
    day: 'numeric',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatRange(new Date(start), new Date(end));
  return plainSpaces(range);
}

/** The calendar days with their weekdays: "Thứ Bảy, 19/12/2026 – Chủ Nhật, 20/12/2026". */
export function formatEventDays(start: string, end: string, lang: Locale): string {
  const range = dateTimeFormat(lang, {
    timeZone: provinceTimeZone,
    weekday: 'long',
    day: 'numeric',
    month: lang === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
  }).formatRange(new Date(start), new Date(end));
  return plainSpaces(range);
}

/** The hours alone: "07:00 – 21:00" (from the first day's start to the last day's end). */
export function formatEventHours(start: string, end: string, lang: Locale): string {
  const time = dateTimeFormat(lang, {
    timeZone: provinceTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return plainSpaces(`${time.format(new Date(start))} – ${time.format(new Date(end))}`);
}

export type EventPhase = 'upcoming' | 'ongoing' | 'ended';

/** Where an event stands at a moment, whatever its status. */
export function eventPhase(event: Pick<OcopEvent, 'start' | 'end'>, now: Date): EventPhase {
  if (isOngoingEvent(event, now)) return 'ongoing';
  return isUpcomingEvent(event, now) ? 'upcoming' : 'ended';
}
