import { describe, expect, it } from 'vitest';
import { monthGrid, parseMonth, shiftMonth } from '@/lib/events/month-calendar';

describe('month calendar', () => {
  it('lays December 2026 out in Monday-first weeks, padded with neighbouring days', () => {
    const weeks = monthGrid('2026-12', []);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.map((d) => d.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks[0]![0]!.isInMonth).toBe(false);
    expect(weeks.at(-1)!.at(-1)!.date).toBe('2027-01-03');
  });

  it('handles a month starting on a Monday and February in a leap year', () => {
    expect(monthGrid('2027-02', [])[0]![0]!.date).toBe('2027-02-01');
    const leap = monthGrid('2028-02', [])
      .flat()
      .filter((d) => d.isInMonth);
    expect(leap).toHaveLength(29);
  });

  it('puts an event on each day it covers within the month only', () => {
    const event = {
      slug: 'x',
      start: '2026-11-29T08:00:00+07:00',
      end: '2026-12-02T21:00:00+07:00',
    };
    const days = monthGrid('2026-12', [event])
      .flat()
      .filter((d) => d.events.length > 0)
      .map((d) => d.date);
    expect(days).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('reads YYYY-MM months and moves across years', () => {
    expect(parseMonth('2026-12')).toBe('2026-12');
    expect(parseMonth('2026-13')).toBeUndefined();
    expect(parseMonth('12-2026')).toBeUndefined();
    expect(parseMonth(undefined)).toBeUndefined();
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});
