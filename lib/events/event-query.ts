/**
 * The events listing's query, shared by `/{lang}/events` and `/api/v1/events`: validated
 * parameters and the pure function that answers them against a moment ("now").
 */
import { z } from 'zod';
import type { Dataset, OcopEvent } from '../content/schema';
import { eventKinds, isoDateSchema, regions, slugSchema } from '../content/schema';
import { locales } from '../i18n/locales';
import {
  defaultPageSize,
  listParameter,
  maxPageSize,
  parseQuery,
  singleParameter,
  type QueryIssue,
} from '../catalogue/product-query';
import { provinceMidnight } from '../time/province-time';
import { getPastEvents, getUpcomingEvents } from './timing';

/** `all` lists every event, soonest first; it is what a date range alone asks for. */
export const eventWhens = ['upcoming', 'past', 'all'] as const;
export type EventWhen = (typeof eventWhens)[number];

export const eventQuerySchema = z
  .object({
    when: singleParameter(z.enum(eventWhens).optional()),
    kind: listParameter(z.enum(eventKinds)),
    area: listParameter(slugSchema),
    region: listParameter(z.enum(regions)),
    organiser: listParameter(slugSchema),
    /** First and last province calendar day an event must touch (inclusive). */
    from: singleParameter(isoDateSchema.optional()),
    to: singleParameter(isoDateSchema.optional()),
    page: singleParameter(
      z.coerce.number<string | undefined>().int().min(1).max(100_000).default(1),
    ),
    limit: singleParameter(
      z.coerce.number<string | undefined>().int().min(1).max(maxPageSize).default(defaultPageSize),
    ),
    lang: singleParameter(z.enum(locales).default('vi')),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.to < query.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before "from"' });
    }
  });

export type EventQuery = z.output<typeof eventQuerySchema>;

export const parseEventQuery = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
) => parseQuery(eventQuerySchema, input);

/** Areas and organisers are checked against the data: an unknown one is an error, not an empty list. */
export function findUnknownEventValues(query: EventQuery, dataset: Dataset): QueryIssue[] {
  const areas = new Set(dataset.areas.map((a) => a.slug));
  const organisations = new Set(dataset.settings.organisations.map((o) => o.slug));
  return [
    ...query.area
      .filter((v) => !areas.has(v))
      .map((v) => ({ parameter: 'area', message: `unknown value "${v}"` })),
    ...query.organiser
      .filter((v) => !organisations.has(v))
      .map((v) => ({ parameter: 'organiser', message: `unknown value "${v}"` })),
  ];
}

/** Which events `when` means when it is left out: upcoming, unless a date range says otherwise. */
export function effectiveWhen(query: Pick<EventQuery, 'when' | 'from' | 'to'>): EventWhen {
  return query.when ?? (query.from || query.to ? 'all' : 'upcoming');
}

/** The organiser of an event: its own, or the site's default (the Department of Industry and Trade). */
export function eventOrganiser(event: OcopEvent, dataset: Dataset): string {
  return event.organiser ?? dataset.settings.defaultOrganiser;
}

export interface EventResultPage {
  items: OcopEvent[];
  total: number;
  page: number;
  limit: number;
  when: EventWhen;
}

/**
 * The events matching the filters, upcoming ones soonest first and past ones latest first.
 * Time-dependent: `now` decides what is upcoming.
 */
export function queryEvents(dataset: Dataset, query: EventQuery, now: Date): EventResultPage {
  const when = effectiveWhen(query);
  const areaRegion = new Map(dataset.areas.map((a) => [a.slug, a.region]));
  // A range covers whole province days: from local midnight of `from` to the end of `to`.
  const rangeStart = query.from ? provinceMidnight(query.from).getTime() : -Infinity;
  const rangeEnd = query.to ? provinceMidnight(query.to).getTime() + 86_400_000 : Infinity;

  const matches = dataset.events.filter((event) => {
    const area = event.venue.address.area;
    const region = area === undefined ? undefined : areaRegion.get(area);
    return (
      (query.kind.length === 0 || query.kind.includes(event.kind)) &&
      (query.area.length === 0 || (area !== undefined && query.area.includes(area))) &&
      (query.region.length === 0 || (region !== undefined && query.region.includes(region))) &&
      (query.organiser.length === 0 || query.organiser.includes(eventOrganiser(event, dataset))) &&
      Date.parse(event.end) >= rangeStart &&
      Date.parse(event.start) < rangeEnd
    );
  });
  const ordered =
    when === 'upcoming'
      ? getUpcomingEvents(matches, now)
      : when === 'past'
        ? getPastEvents(matches, now)
        : [...matches].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const offset = (query.page - 1) * query.limit;
  return {
    items: ordered.slice(offset, offset + query.limit),
    total: ordered.length,
    page: query.page,
    limit: query.limit,
    when,
  };
}

/** Past events shown when nothing is coming up. */
export const recentPastCount = 6;

/**
 * The list view's answer: the query's page, except that an unfiltered upcoming list with nothing to
 * come shows the most recent past events instead (and says so) rather than an empty page.
 */
export function eventListing(dataset: Dataset, query: EventQuery, now: Date) {
  const result = queryEvents(dataset, query, now);
  const hasFilters = [query.kind, query.area, query.region, query.organiser].some((l) => l.length);
  const showsRecentPast = result.when === 'upcoming' && result.total === 0 && !hasFilters;
  return {
    ...result,
    items: showsRecentPast
      ? getPastEvents(dataset.events, now).slice(0, recentPastCount)
      : result.items,
    showsRecentPast,
  };
}
