/**
 * The events API's view of an event: localised to one language, times written in the province's
 * offset (+07:00), the registration state at the moment asked, and absolute URLs.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { OcopEvent } from '../content/schema';
import { eventOrganiser } from '../events/event-query';
import { registrationState } from '../events/timing';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { toProvinceIso } from '../time/province-time';

export interface EventApiContext {
  catalogue: Catalogue;
  lang: Locale;
  now: Date;
  siteUrl: string;
}

const provinceIso = (iso: string) => toProvinceIso(new Date(iso));

export function toEventSummary(
  event: OcopEvent,
  { catalogue, lang, now, siteUrl }: EventApiContext,
) {
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const area = catalogue.area(event.venue.address.area);
  const organiserSlug = eventOrganiser(event, catalogue.dataset);
  const organiser = catalogue.organisation(organiserSlug);
  const url = `${siteUrl}/${lang}/events/${event.slug}`;
  return {
    slug: event.slug,
    title: text(event.title),
    kind: event.kind,
    status: event.status,
    start: provinceIso(event.start),
    end: provinceIso(event.end),
    previousStart: event.previousStart ? provinceIso(event.previousStart) : null,
    venue: {
      name: text(event.venue.name),
      address: event.venue.address.line ?? null,
      area: area ? { slug: area.slug, name: area.name, region: area.region } : null,
      lat: event.venue.coordinates.lat,
      lng: event.venue.coordinates.lng,
    },
    organiser: {
      slug: organiserSlug,
      name: organiser ? text(organiser.name) : organiserSlug,
      phone: organiser?.phone ?? null,
      email: organiser?.email ?? null,
      website: organiser?.website ?? null,
    },
    boothCount: event.boothCount ?? null,
    registration: event.registration
      ? {
          state: registrationState(event, now),
          deadline: provinceIso(event.registration.deadline),
          howTo: text(event.registration.howTo),
          phone: event.registration.phone ?? null,
          email: event.registration.email ?? null,
          url: event.registration.url ?? null,
        }
      : null,
    image: event.images[0]
      ? {
          url: new URL(event.images[0].src, siteUrl).toString(),
          alt: text(event.images[0].alt),
          credit: event.images[0].credit,
          license: event.images[0].license,
        }
      : null,
    url,
    icsUrl: `${siteUrl}/api/v1/events/${event.slug}/ics?lang=${lang}`,
  };
}

export type EventSummary = ReturnType<typeof toEventSummary>;

/** The whole event: its description, who takes part and what they bring, photos, follow-up news. */
export function toEventDetail(event: OcopEvent, context: EventApiContext) {
  const { catalogue, lang, siteUrl } = context;
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  return {
    ...toEventSummary(event, context),
    description: text(event.description),
    participants: event.participants.flatMap((slug) => {
      const producer = catalogue.producer(slug);
      return producer
        ? [{ slug, name: text(producer.name), url: `${siteUrl}/${lang}/producers/${slug}` }]
        : [];
    }),
    products: event.products.flatMap((slug) => {
      const product = catalogue.product(slug);
      return product
        ? [
            {
              slug,
              name: text(product.name),
              stars: product.stars,
              url: `${siteUrl}/${lang}/products/${slug}`,
            },
          ]
        : [];
    }),
    images: event.images.map((image) => ({
      url: new URL(image.src, siteUrl).toString(),
      alt: text(image.alt),
      caption: image.caption ? text(image.caption) : null,
      credit: image.credit,
      license: image.license,
      width: image.width,
      height: image.height,
    })),
    articles: catalogue.dataset.articles
      .filter((a) => a.relatedEvents.includes(event.slug))
      .map((a) => ({
        slug: a.slug,
        title: text(a.title),
        url: `${siteUrl}/${lang}/news/${a.slug}`,
      })),
    source: { organisation: event.source.organisation, checkedOn: event.source.checkedOn },
  };
}
