import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { eventStatuses } from '@/lib/content/schema';
import { eventJsonLd, eventStatusUrl } from '@/lib/seo/event-json-ld';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const ld = (slug: string) =>
  eventJsonLd(
    catalogue.event(slug)!,
    catalogue,
    'vi',
    `https://ocop.example/vi/events/${slug}`,
    'https://ocop.example',
  );

describe('event structured data', () => {
  it('maps every status to its schema.org EventStatusType', () => {
    expect(eventStatuses.map(eventStatusUrl)).toEqual([
      'https://schema.org/EventScheduled',
      'https://schema.org/EventCancelled',
      'https://schema.org/EventPostponed',
      'https://schema.org/EventRescheduled',
    ]);
  });

  it('describes a rescheduled event with its former start, place, geo and organiser', () => {
    const data = ld('phien-cho-ocop-mang-den-thang-12-2026');
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-12T07:00:00+07:00',
      endDate: '2026-12-13T21:00:00+07:00',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2026-12-05T07:00:00+07:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'VN' },
        geo: { '@type': 'GeoCoordinates', latitude: 14.597, longitude: 108.29 },
      },
      organizer: { '@type': 'Organization' },
      image: ['https://ocop.example/images/events/market-session.svg'],
    });
  });

  it('marks a cancelled event cancelled and gives no former start to a scheduled one', () => {
    expect(ld('phien-cho-ocop-ba-to-thang-12-2026').eventStatus).toBe(
      'https://schema.org/EventCancelled',
    );
    expect(ld('hoi-cho-ocop-xuan-dinh-mui-2027')).not.toHaveProperty('previousStartDate');
  });
});
