import ICAL from 'ical.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { googleCalendarUrl } from '@/lib/calendar/google-calendar';
import {
  buildEventCalendar,
  eventLocationText,
  eventsForFeed,
  foldLine,
  markdownToPlainText,
  type EventCalendarOptions,
} from '@/lib/calendar/ics';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { OcopEvent } from '@/lib/content/schema';

let catalogue: Catalogue;
let events: OcopEvent[];
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
  events = catalogue.dataset.events;
});

const calendarName = 'Hội chợ và phiên chợ OCOP Quảng Ngãi';

function build(overrides: Partial<EventCalendarOptions> = {}, only = events): string {
  return buildEventCalendar(only, {
    lang: 'vi',
    siteUrl: 'https://ocop.example',
    catalogue,
    name: calendarName,
    ...overrides,
  });
}

/** The calendar as an independent parser (ical.js) reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

function veventOf(text: string, slug: string): ICAL.Component {
  const vevent = parse(text).vevents.find((v) =>
    v.getFirstPropertyValue('uid')?.toString().startsWith(`${slug}@`),
  );
  if (!vevent) throw new Error(`no VEVENT for ${slug}`);
  return vevent;
}

function sampleEvent(slug: string): OcopEvent {
  const event = events.find((e) => e.slug === slug);
  if (!event) throw new Error(`no sample event ${slug}`);
  return event;
}

describe('buildEventCalendar', () => {
  it('writes one complete VEVENT per event', () => {
    const { calendar, vevents } = parse(build());
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('OCOP Quảng Ngãi');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(calendarName);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    expect(vevents).toHaveLength(events.length);
    for (const vevent of vevents) {
      for (const name of [
        'uid',
        'dtstamp',
        'dtstart',
        'dtend',
        'summary',
        'location',
        'geo',
        'url',
      ])
        expect(vevent.hasProperty(name), name).toBe(true);
    }
  });

  it('keeps UIDs, and the whole text, the same from build to build and site to site', () => {
    const uids = (text: string) => parse(text).vevents.map((v) => v.getFirstPropertyValue('uid'));
    const first = build();
    expect(build()).toBe(first);
    expect(uids(build({ siteUrl: 'https://staging.example.net' }))).toEqual(uids(first));
    expect(uids(first)).toContain('phien-cho-ocop-ba-to-thang-12-2026@ocop.quangngai.vn');
    expect(new Set(uids(first)).size).toBe(events.length);
  });

  it('writes an event again when its content, the language or the site address changes', () => {
    // Each event's text is kept once written: these would all come back stale from a cache keyed by
    // slug alone, or by slug and catalogue.
    const event = sampleEvent('hoi-cho-ocop-xuan-dinh-mui-2027');
    const summary = (text: string) => new ICAL.Event(veventOf(text, event.slug)).summary;
    const url = (text: string) => veventOf(text, event.slug).getFirstPropertyValue('url');
    expect(summary(build({}, [event]))).toBe(event.title.vi);

    const revised = { ...event, title: { vi: 'Hội chợ OCOP Xuân (đã đổi tên)' }, revision: 7 };
    const text = build({}, [revised]);
    expect(summary(text)).toBe('Hội chợ OCOP Xuân (đã đổi tên)');
    expect(new ICAL.Event(veventOf(text, event.slug)).sequence).toBe(7);

    expect(summary(build({ lang: 'en' }, [event]))).toBe(event.title.en);
    expect(url(build({ siteUrl: 'https://staging.example.net' }, [event]))).toBe(
      `https://staging.example.net/vi/events/${event.slug}`,
    );
    expect(summary(build({}, [event]))).toBe(event.title.vi);
  });

  it('numbers each version of an event with its revision (SEQUENCE)', () => {
    const text = build();
    for (const event of events)
      expect(new ICAL.Event(veventOf(text, event.slug)).sequence).toBe(event.revision);
    expect(events.some((e) => e.revision > 0)).toBe(true);
  });

  it('maps the status: cancelled, postponed as tentative, rescheduled and scheduled as confirmed', () => {
    const text = build();
    const status = (slug: string) => veventOf(text, slug).getFirstPropertyValue('status');
    expect(sampleEvent('phien-cho-ocop-ba-to-thang-12-2026').status).toBe('cancelled');
    expect(status('phien-cho-ocop-ba-to-thang-12-2026')).toBe('CANCELLED');
    expect(sampleEvent('phien-cho-ocop-dak-ha-2027').status).toBe('postponed');
    expect(status('phien-cho-ocop-dak-ha-2027')).toBe('TENTATIVE');
    expect(sampleEvent('phien-cho-ocop-mang-den-thang-12-2026').status).toBe('rescheduled');
    expect(status('phien-cho-ocop-mang-den-thang-12-2026')).toBe('CONFIRMED');
    expect(status('hoi-cho-ocop-xuan-dinh-mui-2027')).toBe('CONFIRMED');
  });

  it('gives the exact instants of the source, in UTC', () => {
    const text = build();
    for (const event of events) {
      const parsed = new ICAL.Event(veventOf(text, event.slug));
      expect(parsed.startDate.zone?.tzid).toBe('UTC');
      expect(parsed.startDate.toJSDate().getTime()).toBe(Date.parse(event.start));
      expect(parsed.endDate.toJSDate().getTime()).toBe(Date.parse(event.end));
    }
    // 07:00 in the province is midnight UTC.
    expect(text).toContain('DTSTART:20261219T000000Z');
  });

  it('stamps each event with the day it was checked, not the time of the build', () => {
    const event = sampleEvent('phien-cho-ocop-ba-to-thang-12-2026');
    const stamp = veventOf(build(), event.slug).getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe(
      new Date(`${event.source.checkedOn}T00:00:00+07:00`).toISOString(),
    );
  });

  it('keeps Vietnamese intact and describes the event in plain text with its address', () => {
    const event = sampleEvent('phien-cho-ocop-ba-to-thang-12-2026');
    const vevent = veventOf(build(), event.slug);
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe('Phiên chợ OCOP Ba Tơ tháng 12/2026');
    expect(parsed.location).toBe(
      'Sân vận động Ba Tơ (địa điểm mẫu), (địa chỉ mẫu) Sân vận động Ba Tơ, Ba Tơ, Quảng Ngãi',
    );
    expect(parsed.description).toMatch(/^Đã hủy: phiên chợ không tổ chức do mưa lũ/);
    expect(parsed.description).toContain('\n- Ẩm thực người Hrê\n');
    expect(parsed.description).not.toMatch(/\*\*|\*Dữ/);
    expect(parsed.description.endsWith('\n\nhttps://ocop.example/vi/events/' + event.slug)).toBe(
      true,
    );
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://ocop.example/vi/events/phien-cho-ocop-ba-to-thang-12-2026',
    );
    expect(vevent.getFirstPropertyValue('geo')).toEqual([14.771, 108.727]);
  });

  it('writes English when asked, and Vietnamese where the English text is missing', () => {
    const event = sampleEvent('phien-cho-ocop-ba-to-thang-12-2026');
    const untranslated = {
      ...sampleEvent('hoi-cho-ocop-xuan-dinh-mui-2027'),
      title: { vi: 'Hội chợ Tết' },
    };
    const text = build({ lang: 'en' }, [event, untranslated]);
    const vevent = veventOf(text, event.slug);
    expect(new ICAL.Event(vevent).summary).toBe('Ba Tơ OCOP market session, December 2026');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      `https://ocop.example/en/events/${event.slug}`,
    );
    expect(new ICAL.Event(veventOf(text, untranslated.slug)).summary).toBe('Hội chợ Tết');
  });

  it('names the organiser when it has an email address, and leaves ORGANIZER out otherwise', () => {
    const text = build();
    const withEmail = veventOf(text, 'phien-cho-ocop-ba-to-thang-12-2026');
    expect(withEmail.getFirstPropertyValue('organizer')).toBe('mailto:xuctien.sample@example.org');
    expect(withEmail.getFirstProperty('organizer')?.getParameter('cn')).toBe(
      'Sở Công Thương tỉnh Quảng Ngãi',
    );
    // Organised by the former Kon Tum province, which has no email address in the settings.
    expect(veventOf(text, 'phien-cho-ocop-kon-tum-2024').hasProperty('organizer')).toBe(false);
  });

  it('folds long lines at 75 octets, which a parser joins again', () => {
    const text = build();
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Unfolding (CRLF + space removed) gives back whole UTF-8 characters.
    expect(text.replace(/\r\n /g, '')).not.toContain('\uFFFD');
  });

  it('leaves the calendar name out for a single event', () => {
    const text = build({ name: undefined }, [sampleEvent('hoi-cho-ocop-xuan-dinh-mui-2027')]);
    const { calendar, vevents } = parse(text);
    expect(vevents).toHaveLength(1);
    expect(calendar.hasProperty('x-wr-calname')).toBe(false);
  });
});

describe('eventLocationText', () => {
  it('names the province only for venues in one of its areas', () => {
    const outside = sampleEvent('tuan-le-ocop-quang-ngai-tai-tp-ho-chi-minh-2024');
    expect(eventLocationText(outside, { lang: 'vi', catalogue })).toBe(
      'Nhà Văn hóa Thanh niên TP. Hồ Chí Minh, (địa chỉ mẫu) 4 Phạm Ngọc Thạch, TP. Hồ Chí Minh',
    );
  });
});

describe('markdownToPlainText', () => {
  it('drops emphasis, headings and link syntax and keeps paragraphs and lists', () => {
    expect(
      markdownToPlainText(
        '## Chương trình\n\n**Đậm** và *nghiêng*, _cũng nghiêng_, `mã`.\n\n* một\n+ hai\n\n---\n\n' +
          '> Trích dẫn\n\nXem [trang sự kiện](https://example.org/su-kien "tiêu đề") ![ảnh](/a.png)',
      ),
    ).toBe(
      'Chương trình\n\nĐậm và nghiêng, cũng nghiêng, mã.\n\n- một\n- hai\n\nTrích dẫn\n\n' +
        'Xem trang sự kiện (https://example.org/su-kien) ảnh',
    );
  });

  it('leaves underscores inside words and escaped characters alone', () => {
    expect(markdownToPlainText('ma_san_pham \\*không đậm\\*  \nhết')).toBe(
      'ma_san_pham *không đậm*\nhết',
    );
  });
});

describe('foldLine', () => {
  it('cuts at 75 octets without splitting a Vietnamese letter or an emoji', () => {
    const line = `DESCRIPTION:${'Đặc sản Quảng Ngãi 🌶️ '.repeat(12)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(parts.join('')).not.toContain('\uFFFD');
  });

  it('leaves short lines as they are', () => {
    expect(foldLine('SUMMARY:Hội chợ')).toBe('SUMMARY:Hội chợ');
  });
});

describe('eventsForFeed', () => {
  const now = new Date('2026-11-23T12:00:00+07:00');
  const event = (slug: string, start: string, end: string) => ({ slug, start, end });
  const window = [
    event('ended-13-months-ago', '2025-10-20T08:00:00+07:00', '2025-10-22T21:00:00+07:00'),
    event('future', '2027-01-22T08:00:00+07:00', '2027-01-28T22:00:00+07:00'),
    event('ended-11-months-ago', '2025-12-20T08:00:00+07:00', '2025-12-22T21:00:00+07:00'),
    event('under-way', '2026-11-20T07:30:00+07:00', '2026-11-26T21:30:00+07:00'),
    event('ended-yesterday', '2026-11-20T07:30:00+07:00', '2026-11-22T21:30:00+07:00'),
  ];

  it('keeps what is to come or under way and what ended in the last twelve months, soonest first', () => {
    expect(eventsForFeed(window, now).map((e) => e.slug)).toEqual([
      'ended-11-months-ago',
      'ended-yesterday',
      'under-way',
      'future',
    ]);
  });

  it('drops the sample events that ended more than a year ago', () => {
    const kept = eventsForFeed(events, now).map((e) => e.slug);
    expect(kept).toContain('phien-cho-ocop-ba-to-thang-12-2026');
    expect(kept).toContain('phien-cho-ocop-tet-binh-ngo-2026');
    expect(kept).not.toContain('hoi-cho-ocop-quang-ngai-2023');
    expect(kept).not.toContain('phien-cho-ocop-ly-son-thang-10-2025');
  });
});

describe('googleCalendarUrl', () => {
  it('fills in Google Calendar’s template with UTC times and encoded text', () => {
    const event = sampleEvent('phien-cho-ocop-ba-to-thang-12-2026');
    const location = eventLocationText(event, { lang: 'vi', catalogue });
    const url = googleCalendarUrl(event, { lang: 'vi', siteUrl: 'https://ocop.example', location });
    expect(url.startsWith('https://calendar.google.com/calendar/render?')).toBe(true);
    expect(url).not.toMatch(/[\s\u0080-\uffff]/);
    const params = new URL(url).searchParams;
    expect(params.get('action')).toBe('TEMPLATE');
    expect(params.get('text')).toBe('Phiên chợ OCOP Ba Tơ tháng 12/2026');
    expect(params.get('dates')).toBe('20261219T000000Z/20261220T140000Z');
    expect(params.get('location')).toBe(location);
    expect(params.get('ctz')).toBe('Asia/Ho_Chi_Minh');
    expect(params.get('details')).toMatch(/^Đã hủy: phiên chợ/);
    expect(
      params.get('details')?.endsWith(`\n\nhttps://ocop.example/vi/events/${event.slug}`),
    ).toBe(true);
  });

  it('shortens a long description but keeps the page address', () => {
    const event = sampleEvent('hoi-cho-ocop-xuan-dinh-mui-2027');
    const long = { ...event, description: { vi: 'Gian hàng OCOP. '.repeat(200) } };
    const details = new URL(
      googleCalendarUrl(long, { lang: 'vi', siteUrl: 'https://ocop.example', location: 'x' }),
    ).searchParams.get('details')!;
    expect(details.length).toBeLessThan(800);
    expect(details).toMatch(
      /…\n\nhttps:\/\/ocop\.example\/vi\/events\/hoi-cho-ocop-xuan-dinh-mui-2027$/,
    );
  });
});
