/**
 * Structured data of an event page: a schema.org Event with its status (and the former start of a
 * rescheduled or postponed one), the venue as a Place with address and coordinates, the organiser
 * and images. Built here rather than with next-seo's EventJsonLd, which has no
 * eventAttendanceMode and no geo on the Place; next-seo's JsonLdScript renders it.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { EventStatus, OcopEvent } from '../content/schema';
import { eventOrganiser } from '../events/event-query';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { toProvinceIso } from '../time/province-time';

const schemaStatus: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
};

/** The schema.org eventStatus of an event's status. */
export function eventStatusUrl(status: EventStatus): string {
  return schemaStatus[status];
}

export function eventJsonLd(
  event: OcopEvent,
  catalogue: Catalogue,
  lang: Locale,
  pageUrl: string,
  siteUrl: string,
) {
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const area = catalogue.area(event.venue.address.area);
  const organiser = catalogue.organisation(eventOrganiser(event, catalogue.dataset));
  const iso = (value: string) => toProvinceIso(new Date(value));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${pageUrl}#event`,
    name: text(event.title),
    url: pageUrl,
    description: text(event.description).slice(0, 500),
    startDate: iso(event.start),
    endDate: iso(event.end),
    eventStatus: eventStatusUrl(event.status),
    ...(event.previousStart &&
      event.status !== 'scheduled' && { previousStartDate: iso(event.previousStart) }),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: text(event.venue.name),
      address: {
        '@type': 'PostalAddress',
        streetAddress: event.venue.address.line,
        addressLocality: area?.name,
        addressRegion: catalogue.dataset.settings.province.name,
        addressCountry: 'VN',
      },
      geo: {
        '@type': 'GeoCoordinates',
        latitude: event.venue.coordinates.lat,
        longitude: event.venue.coordinates.lng,
      },
    },
    ...(organiser && {
      organizer: {
        '@type': 'Organization',
        name: text(organiser.name),
        ...(organiser.website && { url: organiser.website }),
        ...(organiser.phone && { telephone: organiser.phone }),
        ...(organiser.email && { email: organiser.email }),
      },
    }),
    ...(event.images.length > 0 && {
      image: event.images.map((image) => new URL(image.src, siteUrl).toString()),
    }),
    inLanguage: lang,
  };
}
