import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toEventDetail, toEventSummary } from '@/lib/api/event-json';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import {
  eventListing,
  findUnknownEventValues,
  parseEventQuery,
  queryEvents,
  type EventQuery,
} from '@/lib/events/event-query';

let dataset: Dataset;
const now = new Date('2026-11-23T10:00:00+07:00');

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

function query(search: string): EventQuery {
  const parsed = parseEventQuery(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
}

describe('event query parameters', () => {
  it('accepts the documented filters, lists repeated or comma-separated', () => {
    const q = query('when=past&kind=fair,market-session&region=west&from=2026-01-01&to=2026-12-31');
    expect(q).toMatchObject({
      when: 'past',
      kind: ['fair', 'market-session'],
      region: ['west'],
      from: '2026-01-01',
      to: '2026-12-31',
      page: 1,
      limit: 20,
      lang: 'vi',
    });
  });

  it.each([
    ['when=soon', 'when'],
    ['kind=concert', 'kind'],
    ['from=2026-13-01', 'from'],
    ['from=01/12/2026', 'from'],
    ['from=2026-12-10&to=2026-12-01', 'to'],
    ['limit=1000', 'limit'],
    ['lang=fr', 'lang'],
  ])('refuses %s, naming %s', (search, parameter) => {
    const parsed = parseEventQuery(new URLSearchParams(search));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.parameter)).toContain(parameter);
  });

  it('names areas and organisers the data does not know', () => {
    const issues = findUnknownEventValues(query('area=atlantis&organiser=nobody'), dataset);
    expect(issues.map((i) => i.parameter)).toEqual(['area', 'organiser']);
  });
});

describe('answering an event query', () => {
  it('lists upcoming events by default, soonest first, cancelled ones included', () => {
    const result = queryEvents(dataset, query(''), now);
    expect(result.when).toBe('upcoming');
    expect(result.total).toBeGreaterThan(0);
    const starts = result.items.map((e) => Date.parse(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.items.every((e) => Date.parse(e.end) > now.getTime())).toBe(true);
    expect(result.items.map((e) => e.status)).toContain('cancelled');
  });

  it('lists past events latest first; upcoming and past together make every event', () => {
    const past = queryEvents(dataset, query('when=past&limit=100'), now);
    const upcoming = queryEvents(dataset, query('limit=100'), now);
    expect(past.total + upcoming.total).toBe(dataset.events.length);
    const starts = past.items.map((e) => Date.parse(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('keeps the events touching a date range, of both past and future when `when` is left out', () => {
    const december = queryEvents(dataset, query('from=2026-12-01&to=2026-12-31'), now);
    expect(december.when).toBe('all');
    expect(december.items.map((e) => e.slug).sort()).toEqual(
      ['phien-cho-ocop-ba-to-thang-12-2026', 'phien-cho-ocop-mang-den-thang-12-2026'].sort(),
    );
    // An event running 20–26 November touches 23 November; the range is inclusive of its last day.
    const oneDay = queryEvents(dataset, query('from=2026-11-26&to=2026-11-26'), now);
    expect(oneDay.items.map((e) => e.slug)).toContain('phien-cho-ocop-cuoi-nam-cam-thanh-2026');
  });

  it('filters by kind and region', () => {
    const result = queryEvents(
      dataset,
      query('when=all&kind=market-session&region=west&limit=100'),
      now,
    );
    const regionOf = new Map(dataset.areas.map((a) => [a.slug, a.region]));
    expect(result.total).toBeGreaterThan(0);
    for (const event of result.items) {
      expect(event.kind).toBe('market-session');
      expect(regionOf.get(event.venue.address.area!)).toBe('west');
    }
  });

  it('pages through the list', () => {
    const all = queryEvents(dataset, query('when=all&limit=100'), now);
    const second = queryEvents(dataset, query('when=all&limit=5&page=2'), now);
    expect(second.items.map((e) => e.slug)).toEqual(all.items.slice(5, 10).map((e) => e.slug));
  });
});

describe('events in the API', () => {
  it('writes times with the province offset and says whether registration is open', () => {
    const catalogue = getCatalogue(dataset);
    const event = catalogue.event('phien-cho-ocop-ba-to-thang-12-2026')!;
    const context = { catalogue, lang: 'en' as const, now, siteUrl: 'https://ocop.example' };
    const summary = toEventSummary(event, context);
    expect(summary).toMatchObject({
      slug: 'phien-cho-ocop-ba-to-thang-12-2026',
      status: 'cancelled',
      start: '2026-12-19T07:00:00+07:00',
      end: '2026-12-20T21:00:00+07:00',
      venue: { lat: 14.771, lng: 108.727 },
      registration: { state: 'closed' },
      url: 'https://ocop.example/en/events/phien-cho-ocop-ba-to-thang-12-2026',
    });
    const detail = toEventDetail(event, context);
    expect(detail.participants.map((p) => p.slug)).toEqual(event.participants);
  });
});

describe('the list view', () => {
  it('shows the most recent past events, and says so, when nothing is coming up', () => {
    const later = new Date('2031-01-01T00:00:00+07:00');
    const listing = eventListing(dataset, query(''), later);
    expect(listing.total).toBe(0);
    expect(listing.showsRecentPast).toBe(true);
    expect(listing.items).toHaveLength(6);
    const latest = [...dataset.events].sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
    expect(listing.items[0]!.slug).toBe(latest!.slug);
  });

  it('keeps an empty answer empty when filters asked for it', () => {
    const later = new Date('2031-01-01T00:00:00+07:00');
    const listing = eventListing(dataset, query('kind=fair'), later);
    expect(listing.showsRecentPast).toBe(false);
    expect(listing.items).toEqual([]);
  });

  it('is the plain query while events are coming up', () => {
    const listing = eventListing(dataset, query(''), now);
    expect(listing.showsRecentPast).toBe(false);
    expect(listing.items.length).toBeGreaterThan(0);
  });
});
