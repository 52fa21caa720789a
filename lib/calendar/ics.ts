/**
 * Fairs and market sessions as iCalendar (RFC 5545): the subscription feed `/feeds/events.ics` and
 * one event's `/api/v1/events/{slug}/ics`.
 *
 * ical-generator writes each VEVENT (property syntax, text escaping, dates). This module writes the
 * VCALENDAR envelope and folds the lines itself, for two reasons:
 * - ical-generator's folding encodes every character on its own and takes about a second for 2,000
 *   events, against a budget of 300 ms for the whole feed;
 * - it writes custom calendar properties (X-WR-TIMEZONE) after the events, where RFC 5545's grammar
 *   has no place for them, and setting its calendar time zone instead would write every date in the
 *   server's local time.
 *
 * Times are written in UTC (`20261219T000000Z`): exact whatever the server's time zone, and with no
 * VTIMEZONE to maintain. X-WR-TIMEZONE asks calendar apps to show the calendar in province time.
 */
import {
  ICalCalendar,
  ICalEventStatus,
  ICalEventTransparency,
  escape as escapeText,
  type ICalEventData,
  type ICalOrganizer,
} from 'ical-generator';
import type { Catalogue } from '../catalogue/catalogue';
import type { EventStatus, OcopEvent } from '../content/schema';
import { eventOrganiser } from '../events/event-query';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { processShared } from '../process-shared';
import { provinceMidnight, provinceTimeZone } from '../time/province-time';

/**
 * The domain part of every UID. Calendar apps match updates to the copy they hold by UID, so it
 * must not change with SITE_URL (preview, staging and production share subscribers' copies).
 */
const uidDomain = 'ocop.quangngai.vn';

/** How often subscribed apps should fetch the feed again: content changes a few times a day. */
const refreshInterval = 'PT6H';

/**
 * Postponed: the date shown is provisional. Rescheduled: the new date is firm, and the raised
 * SEQUENCE tells apps to move their copy.
 */
const statusOf: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  rescheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

export interface EventCalendarOptions {
  lang: Locale;
  /** Absolute origin of the site, without a trailing slash (getEnv().SITE_URL). */
  siteUrl: string;
  /** For area and organiser names, the province name and the site name. */
  catalogue: Catalogue;
  /**
   * The calendar's name in a subscriber's list of calendars (X-WR-CALNAME), already in `lang`.
   * Left out for a single event, which people add to a calendar of their own.
   */
  name?: string;
}

/** The UID of an event's VEVENT: the same in every build and environment. */
export function eventUid(slug: string): string {
  return `${slug}@${uidDomain}`;
}

/** The event's page on the site. */
export function eventPageUrl(siteUrl: string, lang: Locale, slug: string): string {
  return `${siteUrl}/${lang}/events/${slug}`;
}

/**
 * Where the event takes place, as one line: venue, address, area and province. The province is
 * named only when the venue lies in one of its areas: a promotion week in Ho Chi Minh City is not
 * in Quảng Ngãi, and its address line already names its city.
 */
export function eventLocationText(
  event: OcopEvent,
  { lang, catalogue }: Pick<EventCalendarOptions, 'lang' | 'catalogue'>,
): string {
  const area = catalogue.area(event.venue.address.area);
  return [
    localizedString(event.venue.name, lang),
    event.venue.address.line,
    area?.name,
    area ? catalogue.dataset.settings.province.name : undefined,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

/** Markdown turned into plain text, one rule at a time; the order matters, as the comments say. */
const markdownRules: Array<[pattern: RegExp, replacement: string]> = [
  // Code fences: keep the code, drop the fence lines.
  [/^ {0,3}(```|~~~).*$\n?/gm, ''],
  // Images before links (same syntax with a "!"): keep the alt text.
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  // Links: a calendar shows text, so the address goes in brackets after the link text.
  [/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, '$1 ($2)'],
  // Autolinks <https://…>.
  [/<(https?:\/\/[^>\s]+)>/g, '$1'],
  // Headings "## Title" and "Title ##".
  [/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1'],
  // Block quotes.
  [/^ {0,3}>[ \t]?/gm, ''],
  // Thematic breaks ("---", "* * *") before bullets, which share their first character.
  [/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, ''],
  // Bullets "*" and "+" become "-", which reads as a list in plain text too.
  [/^([ \t]*)[*+][ \t]+/gm, '$1- '],
  // Bold and italic; "_" only around whole words, as CommonMark has it (snake_case stays).
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/\*(?=\S)([^*\n]*?\S)\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gmu, '$1$2'],
  [/~~(?=\S)([^~\n]*?\S)~~/g, '$1'],
  // Inline code.
  [/`([^`\n]+)`/g, '$1'],
  // Hard line breaks (two trailing spaces) and stray spaces at line ends.
  [/[ \t]+$/gm, ''],
  [/\n{3,}/g, '\n\n'],
];

/**
 * Markdown as plain text for calendar apps, which show DESCRIPTION verbatim: emphasis, headings
 * and link syntax go, paragraphs and list items stay on their lines. Written here rather than with
 * a Markdown parser: event descriptions use a handful of constructs, and the feed stays fast.
 */
export function markdownToPlainText(markdown: string): string {
  // Escaped punctuation ("\*") is set aside as its character code, so no rule reads it as syntax.
  let text = markdown
    .replace(/\r\n?/g, '\n')
    .replace(
      /\\([!-/:-@[-`{-~])/g,
      (_, character: string) => `\uE000${character.charCodeAt(0)}\uE001`,
    );
  for (const [pattern, replacement] of markdownRules) text = text.replace(pattern, replacement);
  return text
    .replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCharCode(Number(code)))
    .trim();
}

/** The description as plain text, followed by the page's address for everything else. */
export function eventDescriptionText(event: OcopEvent, lang: Locale, pageUrl: string): string {
  return `${markdownToPlainText(localizedString(event.description, lang))}\n\n${pageUrl}`;
}

/** ORGANIZER needs an address (`mailto:`): organisations without an email are left out. */
function organizerOf(
  event: OcopEvent,
  { lang, catalogue }: EventCalendarOptions,
): ICalOrganizer | undefined {
  const organisation = catalogue.organisation(eventOrganiser(event, catalogue.dataset));
  if (!organisation?.email) return undefined;
  return { name: localizedString(organisation.name, lang), email: organisation.email };
}

function toICalEvent(event: OcopEvent, options: EventCalendarOptions): ICalEventData {
  const pageUrl = eventPageUrl(options.siteUrl, options.lang, event.slug);
  const { lat, lng } = event.venue.coordinates;
  return {
    id: eventUid(event.slug),
    sequence: event.revision,
    // With no METHOD, DTSTAMP is when the information was last revised (RFC 5545 §3.8.7.2): the
    // day it was checked says that, and keeps the output identical from one build to the next.
    stamp: provinceMidnight(event.source.checkedOn),
    start: new Date(event.start),
    end: new Date(event.end),
    summary: localizedString(event.title, options.lang),
    description: eventDescriptionText(event, options.lang, pageUrl),
    location: { title: eventLocationText(event, options), geo: { lat, lon: lng } },
    url: pageUrl,
    status: statusOf[event.status],
    // A week-long fair is something to visit, not a block of time: it does not mark people busy.
    transparency: ICalEventTransparency.TRANSPARENT,
    organizer: organizerOf(event, options),
  };
}

/** The 75-octet limit of RFC 5545 §3.1, for a line and for each continuation (space included). */
const maxLineOctets = 75;

/**
 * Folds one content line at 75 octets (CRLF and a space), never inside a UTF-8 character. Walks
 * UTF-16 units by index and cuts slices: the feed has over a million characters to go through.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit takes at most 3 octets in UTF-8, so a short line needs no counting.
  if (line.length * 3 <= maxLineOctets) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    // A surrogate pair is one character of four octets: it is never cut in two.
    const next = line.charCodeAt(i + 1);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : isPair ? 4 : 3;
    if (octets + size > maxLineOctets) {
      parts.push(line.slice(start, i));
      start = i;
      // The continuation's leading space counts towards its 75 octets.
      octets = 1;
    }
    octets += size;
    if (isPair) i++;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Folds every line of CRLF-separated text. */
function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

/** The calendar properties: product, name and the time zone to show the events in. */
function calendarHeader(options: EventCalendarOptions): string[] {
  const siteName = localizedString(options.catalogue.dataset.settings.siteName, options.lang);
  const name = options.name === undefined ? undefined : escapeText(options.name, false);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(siteName, false)}//Events//${options.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    // NAME is RFC 7986; X-WR-CALNAME is what Apple, Google and Outlook read.
    ...(name === undefined ? [] : [`NAME:${name}`, `X-WR-CALNAME:${name}`]),
    `X-WR-TIMEZONE:${provinceTimeZone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`,
    `X-PUBLISHED-TTL:${refreshInterval}`,
  ];
}

/**
 * Each event's folded VEVENT, kept per catalogue (one content version), language and site address.
 * Writing an event with ical-generator is what the feed costs: 42–82 ms for the 843 events of a
 * national-scale feed, on every request, for text that only changes with the content. Keyed by the
 * event itself, so an event a new content version changes (a new object) is written afresh, and
 * dropped with the catalogue it belongs to. Once per process (lib/process-shared.ts): the feed and
 * one event's calendar are separate bundles.
 */
const veventTexts = processShared(
  'vevent-texts',
  () => new WeakMap<Catalogue, Map<string, WeakMap<OcopEvent, string>>>(),
);

function veventText(event: OcopEvent, options: EventCalendarOptions, calendar: ICalCalendar) {
  let byOptions = veventTexts.get(options.catalogue);
  if (!byOptions) veventTexts.set(options.catalogue, (byOptions = new Map()));
  const optionsKey = `${options.lang} ${options.siteUrl}`;
  let texts = byOptions.get(optionsKey);
  if (!texts) byOptions.set(optionsKey, (texts = new WeakMap()));
  let text = texts.get(event);
  if (text === undefined) {
    text = foldLines(calendar.createEvent(toICalEvent(event, options)).toString());
    texts.set(event, text);
  }
  return text;
}

/**
 * An iCalendar object with one VEVENT per event, in the order given. The output depends only on
 * the events and the options (no clock), so two builds of the same content are identical.
 */
export function buildEventCalendar(
  events: readonly OcopEvent[],
  options: EventCalendarOptions,
): string {
  // ical-generator's events need a calendar to belong to; only their own text is used.
  const calendar = new ICalCalendar();
  const parts = [foldLines(`${calendarHeader(options).join('\r\n')}\r\n`)];
  for (const event of events) parts.push(veventText(event, options, calendar));
  parts.push('END:VCALENDAR\r\n');
  return parts.join('');
}

/**
 * The events of the subscription feed, soonest first: every event still to come or under way, and
 * those that ended in the last twelve months (so a subscriber who looks back sees them, and the
 * feed does not grow for ever).
 */
export function eventsForFeed<T extends Pick<OcopEvent, 'slug' | 'start' | 'end'>>(
  events: readonly T[],
  now: Date,
): T[] {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
  return events
    .filter((event) => Date.parse(event.end) >= cutoff.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.slug.localeCompare(b.slug));
}
