import type { OcopEvent } from '../content/schema';
import { toProvinceDate } from '../time/province-time';

/**
 * Whether an event is still to come or under way on `today` (YYYY-MM-DD in the province): an event
 * that ends today counts as upcoming, so a fair on its last day is still listed.
 */
export function isUpcomingEvent(event: Pick<OcopEvent, 'end'>, today: string): boolean {
  return toProvinceDate(new Date(event.end)) >= today;
}

/** Upcoming events, soonest first (cancelled ones included: people need to know). */
export function getUpcomingEvents(events: OcopEvent[], today: string): OcopEvent[] {
  return events
    .filter((e) => isUpcomingEvent(e, today))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Past events, most recent first. */
export function getPastEvents(events: OcopEvent[], today: string): OcopEvent[] {
  return events
    .filter((e) => !isUpcomingEvent(e, today))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}
