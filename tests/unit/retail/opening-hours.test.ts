import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isOpenAt,
  openingHoursLines,
  openingHoursSpecification,
  toOsmOpeningHours,
  type OpeningHours,
} from '@/lib/retail/opening-hours';

// Hours as the sample content writes them (content/retail-points/).
const market: OpeningHours = [
  { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '05:00', closes: '18:00' },
];
const showcase: OpeningHours = [
  { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '07:30', closes: '20:00' },
  { days: ['su'], opens: '08:00', closes: '17:00' },
];
const nightMarket: OpeningHours = [{ days: ['fr', 'sa'], opens: '17:00', closes: '01:00' }];

/** A moment written in province time (UTC+7). 2026-11-20 is a Friday, 2026-11-23 a Monday. */
const at = (local: string) => new Date(`${local}:00+07:00`);

describe('isOpenAt', () => {
  const serverZone = process.env.TZ;
  beforeAll(() => {
    // As on a server or CI runner: the answer must not depend on the machine's zone.
    process.env.TZ = 'UTC';
  });
  afterAll(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it('decides in province time: open at 17:59, closed at 18:00 (closing time is exclusive)', () => {
    expect(isOpenAt(market, new Date('2026-11-23T10:59:00Z'))).toBe(true);
    expect(isOpenAt(market, new Date('2026-11-23T11:00:00Z'))).toBe(false);
    expect(isOpenAt(market, at('2026-11-23T04:59'))).toBe(false);
    expect(isOpenAt(market, at('2026-11-23T05:00'))).toBe(true);
  });

  it('takes the weekday in the province, not in UTC', () => {
    const mondayMornings: OpeningHours = [{ days: ['mo'], opens: '06:00', closes: '12:00' }];
    // Sunday 23:30 in UTC is Monday 06:30 in the province.
    expect(isOpenAt(mondayMornings, new Date('2026-11-22T23:30:00Z'))).toBe(true);
    expect(isOpenAt(mondayMornings, new Date('2026-11-23T23:30:00Z'))).toBe(false);
  });

  it('uses each day’s own hours', () => {
    expect(isOpenAt(showcase, at('2026-11-21T19:30'))).toBe(true); // Saturday
    expect(isOpenAt(showcase, at('2026-11-22T19:30'))).toBe(false); // Sunday
    expect(isOpenAt(showcase, at('2026-11-22T07:45'))).toBe(false);
    expect(isOpenAt(showcase, at('2026-11-22T08:00'))).toBe(true);
    // Weekdays hold before 1970 too: 28 December 1969 was a Sunday.
    expect(isOpenAt(showcase, at('1969-12-28T07:45'))).toBe(false);
    expect(isOpenAt(showcase, at('1969-12-29T07:45'))).toBe(true);
  });

  it('runs a slot that closes before it opens past midnight into the next day', () => {
    expect(isOpenAt(nightMarket, at('2026-11-20T16:59'))).toBe(false); // Friday
    expect(isOpenAt(nightMarket, at('2026-11-20T23:00'))).toBe(true);
    expect(isOpenAt(nightMarket, at('2026-11-21T00:30'))).toBe(true); // Saturday, after Friday
    expect(isOpenAt(nightMarket, at('2026-11-21T01:00'))).toBe(false);
    expect(isOpenAt(nightMarket, at('2026-11-22T00:30'))).toBe(true); // Sunday, after Saturday
    expect(isOpenAt(nightMarket, at('2026-11-22T17:30'))).toBe(false); // Sunday is not listed
    expect(isOpenAt(nightMarket, at('2026-11-20T00:30'))).toBe(false); // Thursday was not either
  });

  it('reads a closing time of 00:00 as midnight, and 00:00–00:00 as all day', () => {
    const evenings: OpeningHours = [{ days: ['mo'], opens: '17:00', closes: '00:00' }];
    expect(isOpenAt(evenings, at('2026-11-23T23:59'))).toBe(true);
    expect(isOpenAt(evenings, at('2026-11-24T00:00'))).toBe(false);
    const allDay: OpeningHours = [{ days: ['mo'], opens: '00:00', closes: '00:00' }];
    expect(isOpenAt(allDay, at('2026-11-23T00:00'))).toBe(true);
    expect(isOpenAt(allDay, at('2026-11-23T23:59'))).toBe(true);
    expect(isOpenAt(allDay, at('2026-11-24T00:00'))).toBe(false);
  });

  it('does not know when there are no hours', () => {
    expect(isOpenAt([], at('2026-11-23T12:00'))).toBeUndefined();
  });
});

describe('openingHoursLines', () => {
  it('collapses consecutive days, weekday names in each language', () => {
    expect(openingHoursLines(market, 'vi')).toEqual(['Thứ Hai – Chủ Nhật: 05:00–18:00']);
    expect(openingHoursLines(market, 'en')).toEqual(['Monday – Sunday: 05:00–18:00']);
    expect(openingHoursLines(showcase, 'vi')).toEqual([
      'Thứ Hai – Thứ Bảy: 07:30–20:00',
      'Chủ Nhật: 08:00–17:00',
    ]);
    expect(openingHoursLines(showcase, 'en')).toEqual([
      'Monday – Saturday: 07:30–20:00',
      'Sunday: 08:00–17:00',
    ]);
  });

  it('lists short runs and gaps day by day, Monday first, and joins a day’s ranges', () => {
    const hours: OpeningHours = [
      { days: ['sa', 'su'], opens: '08:00', closes: '11:30' },
      { days: ['mo', 'we', 'fr'], opens: '13:30', closes: '17:00' },
      { days: ['mo', 'we', 'fr'], opens: '07:30', closes: '11:30' },
    ];
    expect(openingHoursLines(hours, 'en')).toEqual([
      'Monday, Wednesday, Friday: 07:30–11:30, 13:30–17:00',
      'Saturday, Sunday: 08:00–11:30',
    ]);
  });

  it('merges slots that give the same hours, and writes midnight as 24:00', () => {
    const hours: OpeningHours = [
      { days: ['mo', 'tu'], opens: '17:00', closes: '00:00' },
      { days: ['we'], opens: '17:00', closes: '00:00' },
    ];
    expect(openingHoursLines(hours, 'vi')).toEqual(['Thứ Hai – Thứ Tư: 17:00–24:00']);
    expect(openingHoursLines([], 'en')).toEqual([]);
  });
});

describe('toOsmOpeningHours', () => {
  it('writes OpenStreetMap opening_hours syntax', () => {
    expect(toOsmOpeningHours(market)).toBe('Mo-Su 05:00-18:00');
    expect(toOsmOpeningHours(showcase)).toBe('Mo-Sa 07:30-20:00; Su 08:00-17:00');
    expect(toOsmOpeningHours(nightMarket)).toBe('Fr,Sa 17:00-01:00');
    expect(
      toOsmOpeningHours([
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:30', closes: '17:00' },
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '11:30' },
        { days: ['su'], opens: '18:00', closes: '00:00' },
      ]),
    ).toBe('Mo-Fr 07:30-11:30,13:30-17:00; Su 18:00-24:00');
  });
  it('is null without hours', () => {
    expect(toOsmOpeningHours([])).toBeNull();
  });
});

describe('openingHoursSpecification', () => {
  it('names days with schema.org URLs, one specification per slot', () => {
    expect(openingHoursSpecification(showcase)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [
          'https://schema.org/Monday',
          'https://schema.org/Tuesday',
          'https://schema.org/Wednesday',
          'https://schema.org/Thursday',
          'https://schema.org/Friday',
          'https://schema.org/Saturday',
        ],
        opens: '07:30',
        closes: '20:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Sunday'],
        opens: '08:00',
        closes: '17:00',
      },
    ]);
  });
  it('keeps an overnight closing time and writes all day as 00:00–23:59', () => {
    expect(openingHoursSpecification(nightMarket)[0]).toMatchObject({
      dayOfWeek: ['https://schema.org/Friday', 'https://schema.org/Saturday'],
      opens: '17:00',
      closes: '01:00',
    });
    expect(
      openingHoursSpecification([{ days: ['su', 'mo'], opens: '00:00', closes: '00:00' }])[0],
    ).toMatchObject({
      dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Sunday'],
      closes: '23:59',
    });
  });
});
