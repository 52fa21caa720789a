import { describe, expect, it } from 'vitest';
import {
  eventDays,
  getPastEvents,
  getUpcomingEvents,
  isOngoingEvent,
  isUpcomingEvent,
  registrationState,
} from '@/lib/events/timing';

/** A moment written in province time. */
const at = (local: string) => new Date(`${local}+07:00`);

describe('upcoming or past, in province time', () => {
  const lateEvening = { start: '2026-11-23T18:00:00+07:00', end: '2026-11-23T23:30:00+07:00' };

  it('keeps an event ending at 23:30 local time upcoming at 23:00 local time', () => {
    expect(isUpcomingEvent(lateEvening, at('2026-11-23T23:00:00'))).toBe(true);
    expect(isOngoingEvent(lateEvening, at('2026-11-23T23:00:00'))).toBe(true);
  });

  it('counts it past from its end on, the same evening', () => {
    expect(isUpcomingEvent(lateEvening, at('2026-11-23T23:30:00'))).toBe(false);
    expect(isUpcomingEvent(lateEvening, at('2026-11-23T23:45:00'))).toBe(false);
  });

  it('does not take 16:30 UTC (23:30 in the province) for the middle of the day', () => {
    // The same instant written in UTC: an end of 16:30Z is 23:30 local.
    const writtenInUtc = { start: '2026-11-23T11:00:00Z', end: '2026-11-23T16:30:00Z' };
    expect(isUpcomingEvent(writtenInUtc, at('2026-11-23T23:00:00'))).toBe(true);
    expect(isUpcomingEvent(writtenInUtc, new Date('2026-11-23T16:31:00Z'))).toBe(false);
  });

  it('orders upcoming soonest first and past latest first, an event under way being upcoming', () => {
    const events = [
      { slug: 'later', start: '2026-12-20T07:00:00+07:00', end: '2026-12-21T21:00:00+07:00' },
      { slug: 'running', start: '2026-11-20T07:00:00+07:00', end: '2026-11-26T21:00:00+07:00' },
      { slug: 'old', start: '2025-01-01T07:00:00+07:00', end: '2025-01-02T21:00:00+07:00' },
      { slug: 'recent', start: '2026-10-01T07:00:00+07:00', end: '2026-10-02T21:00:00+07:00' },
    ];
    const now = at('2026-11-23T10:00:00');
    expect(getUpcomingEvents(events, now).map((e) => e.slug)).toEqual(['running', 'later']);
    expect(getPastEvents(events, now).map((e) => e.slug)).toEqual(['recent', 'old']);
  });
});

describe('booth registration', () => {
  const event = {
    status: 'scheduled' as const,
    end: '2026-12-13T21:00:00+07:00',
    registration: { deadline: '2026-12-01T17:00:00+07:00', howTo: { vi: 'Gọi điện' } },
  };

  it('is open until the deadline and closed from it', () => {
    expect(registrationState(event, at('2026-12-01T16:59:00'))).toBe('open');
    expect(registrationState(event, at('2026-12-01T17:00:00'))).toBe('closed');
  });

  it('is closed for a cancelled event, and absent when the event takes none', () => {
    expect(registrationState({ ...event, status: 'cancelled' }, at('2026-11-01T00:00:00'))).toBe(
      'closed',
    );
    expect(
      registrationState({ ...event, registration: undefined }, at('2026-11-01T00:00:00')),
    ).toBe('none');
  });
});

describe('days an event covers', () => {
  it('lists province days, across a month end', () => {
    expect(
      eventDays({ start: '2026-11-29T08:00:00+07:00', end: '2026-12-02T21:00:00+07:00' }),
    ).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('puts an evening written in UTC on the province day', () => {
    // 18:00Z on the 4th is 01:00 on the 5th in the province.
    expect(eventDays({ start: '2026-12-04T18:00:00Z', end: '2026-12-04T20:00:00Z' })).toEqual([
      '2026-12-05',
    ]);
  });
});
