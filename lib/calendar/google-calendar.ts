/**
 * "Add to Google Calendar" links: Google's event template URL, for people who do not open .ics
 * files. The text matches the iCalendar feed (see ./ics.ts), with the description shortened.
 */
import type { OcopEvent } from '../content/schema';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { provinceTimeZone } from '../time/province-time';
import { eventPageUrl, markdownToPlainText } from './ics';

const templateUrl = 'https://calendar.google.com/calendar/render';

/**
 * Longest description text carried in the link. Vietnamese letters take up to nine characters
 * once percent-encoded, and some servers and proxies refuse URLs beyond about 8 KB; the page's
 * address, which follows, always fits.
 */
const maxDetailsLength = 700;

export interface GoogleCalendarOptions {
  lang: Locale;
  /** Absolute origin of the site, without a trailing slash. */
  siteUrl: string;
  /** Where, as one line: see `eventLocationText` in ./ics.ts. */
  location: string;
}

/** A moment in UTC, in the basic format Google's `dates` parameter takes: 20261219T000000Z. */
function toUtcBasic(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * The link that opens Google Calendar with the event filled in. Times go in UTC and `ctz` shows
 * them in province time, so the instants are exact whatever the visitor's time zone.
 */
export function googleCalendarUrl(
  event: OcopEvent,
  { lang, siteUrl, location }: GoogleCalendarOptions,
): string {
  const description = markdownToPlainText(localizedString(event.description, lang));
  const details = `${shorten(description, maxDetailsLength)}\n\n${eventPageUrl(siteUrl, lang, event.slug)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: localizedString(event.title, lang),
    dates: `${toUtcBasic(event.start)}/${toUtcBasic(event.end)}`,
    details,
    location,
    ctz: provinceTimeZone,
  });
  return `${templateUrl}?${params.toString()}`;
}
