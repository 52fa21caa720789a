/**
 * When events happen relative to now. "Now" is always passed in (pages read it once per request
 * window, tests fix it), and an event is compared by its instants, so the province's time zone
 * needs no special case: an event ending at 23:30 local time is upcoming at 23:00 local time.
 */
import type { OcopEvent } from '../content/schema';
import { toProvinceDate } from '../time/province-time';

type Timed = Pick<OcopEvent, 'start' | 'end'>;

/** Still to come or under way: an event running now is upcoming, so a fair on its last day is listed. */
export function isUpcomingEvent(event: Pick<OcopEvent, 'end'>, now: Date): boolean {
  return Date.parse(event.end) > now.getTime();
}

/** Under way at this moment. */
export function isOngoingEvent(event: Timed, now: Date): boolean {
  return Date.parse(event.start) <= now.getTime() && isUpcomingEvent(event, now);
}

/** Upcoming events, soonest first (cancelled ones included: people need to know). */
export function getUpcomingEvents<T extends Timed>(events: readonly T[], now: Date): T[] {
  return events
    .filter((e) => isUpcomingEvent(e, now))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Past events, most recent first. */
export function getPastEvents<T extends Timed>(events: readonly T[], now: Date): T[] {
  return events
    .filter((e) => !isUpcomingEvent(e, now))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}

export type RegistrationState = 'none' | 'open' | 'closed';

/**
 * Whether producers can still register a booth: closed from the deadline on, and for an event that
 * is cancelled or already over; "none" when the event takes no registrations.
 */
export function registrationState(
  event: Pick<OcopEvent, 'registration' | 'status' | 'end'>,
  now: Date,
): RegistrationState {
  if (!event.registration) return 'none';
  const isOpen =
    now.getTime() < Date.parse(event.registration.deadline) &&
    event.status !== 'cancelled' &&
    isUpcomingEvent(event, now);
  return isOpen ? 'open' : 'closed';
}

/** The province calendar days an event covers (YYYY-MM-DD), first to last. */
export function eventDays(event: Timed): string[] {
  const first = toProvinceDate(new Date(event.start));
  const last = toProvinceDate(new Date(event.end));
  const days: string[] = [];
  for (let day = first; day <= last;) {
    days.push(day);
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
  }
  return days;
}
