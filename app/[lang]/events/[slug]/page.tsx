import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { BreadcrumbJsonLd, JsonLdScript } from 'next-seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ProductStarList } from '@/components/product/product-star-list';
import { Badge } from '@/components/ui/badge';
import { DirectionsList } from '@/components/ui/directions-list';
import { LocalizedText } from '@/components/ui/localized-text';
import { Markdown } from '@/components/ui/markdown';
import { ShareSection } from '@/components/ui/share-section';
import { googleCalendarUrl } from '@/lib/calendar/google-calendar';
import { eventLocationText } from '@/lib/calendar/ics';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { eventOrganiser } from '@/lib/events/event-query';
import {
  getUpcomingEvents,
  isOngoingEvent,
  isUpcomingEvent,
  registrationState,
} from '@/lib/events/timing';
import { getDictionary } from '@/lib/i18n/dictionary';
import { dateTimeFormat, formatDate, formatDateTime } from '@/lib/i18n/format';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localize, localizedString } from '@/lib/i18n/localize';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { eventJsonLd } from '@/lib/seo/event-json-ld';
import { withOembedDiscovery } from '@/lib/embed/oembed';
import { cardPath, openGraphCardImages } from '@/lib/og/card-urls';
import { languageAlternates, siteOpenGraph } from '@/lib/seo/metadata';
import { provinceTimeZone } from '@/lib/time/province-time';

interface EventPageProps {
  params: Promise<{ lang: string; slug: string }>;
}

/** How many event pages the build renders ahead (the soonest); the rest render on first visit. */
const prerenderedEvents = 100;

export async function generateStaticParams() {
  const [dataset, now] = await Promise.all([getDataset(), getNow()]);
  return getUpcomingEvents(dataset.events, now)
    .slice(0, prerenderedEvents)
    .flatMap((e) => locales.map((lang) => ({ lang, slug: e.slug })));
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const dataset = await getDataset();
  const event = getCatalogue(dataset).event(slug);
  if (!event) return {};
  const dict = await getDictionary(lang);
  return {
    title: localizedString(event.title, lang),
    description: `${dict.eventKinds[event.kind]} · ${formatDate(event.start, lang)} · ${localize(event.venue.name, lang).text}`,
    alternates: withOembedDiscovery(
      languageAlternates(lang, `/events/${slug}`),
      `${getEnv().SITE_URL}/${lang}/events/${slug}`,
      getEnv().SITE_URL,
      localizedString(event.title, lang),
    ),
    // The Open Graph image is the broadcast card's drawing (./og.png): title, dates and place.
    openGraph: {
      ...siteOpenGraph(lang, dataset.settings),
      images: openGraphCardImages(
        getEnv().SITE_URL,
        'events',
        lang,
        slug,
        localizedString(event.title, lang),
      ),
    },
  };
}

/** "Thứ Bảy, 12/12/2026, 07:00" / "Saturday, 12 Dec 2026, 07:00" in the province's time zone. */
function formatWhen(value: string, lang: Locale): string {
  return dateTimeFormat(lang, {
    timeZone: provinceTimeZone,
    weekday: 'long',
    day: 'numeric',
    month: lang === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));
}

const h2 = 'text-xl font-bold';

export default async function EventPage({ params }: EventPageProps) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, now] = await Promise.all([getDictionary(lang), getDataset(), getNow()]);
  const catalogue = getCatalogue(dataset);
  const event = catalogue.event(slug);
  if (!event) notFound();

  const t = dict.events;
  const note = dict.language.fallbackNote;
  const siteUrl = getEnv().SITE_URL;
  const pageUrl = `${siteUrl}/${lang}/events/${slug}`;
  const title = localizedString(event.title, lang);
  const area = catalogue.area(event.venue.address.area);
  const organiser = catalogue.organisation(eventOrganiser(event, dataset));
  const registration = registrationState(event, now);
  const isPast = !isUpcomingEvent(event, now);
  const participants = event.participants.flatMap((s) => catalogue.producer(s) ?? []);
  const products = event.products.flatMap((s) => catalogue.product(s) ?? []);
  const articles = dataset.articles.filter((a) => a.relatedEvents.includes(slug));
  const source = catalogue.organisation(event.source.organisation);
  const location = eventLocationText(event, { lang, catalogue });
  const breadcrumbs = [
    { name: dict.nav.home, href: `/${lang}` },
    { name: dict.nav.events, href: `/${lang}/events` },
    { name: title, href: `/${lang}/events/${slug}` },
  ];

  return (
    <article>
      <JsonLdScript
        data={eventJsonLd(event, catalogue, lang, pageUrl, siteUrl)}
        scriptKey="event"
      />
      <BreadcrumbJsonLd
        items={breadcrumbs.map((b) => ({ name: b.name, item: `${siteUrl}${b.href}` }))}
      />
      <Breadcrumbs label={t.breadcrumbLabel} items={breadcrumbs} />

      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <header className="space-y-3">
            <p className="flex flex-wrap gap-2">
              <Badge>{dict.eventKinds[event.kind]}</Badge>
              {event.status !== 'scheduled' && (
                <Badge tone={event.status === 'cancelled' ? 'negative' : 'warning'}>
                  {dict.eventStatuses[event.status]}
                </Badge>
              )}
              {event.status !== 'cancelled' && isOngoingEvent(event, now) && (
                <Badge tone="positive">{t.happeningNow}</Badge>
              )}
            </p>
            <h1 className="text-3xl font-bold md:text-4xl">
              <LocalizedText value={event.title} lang={lang} fallbackNote={note} />
            </h1>
            {event.status === 'cancelled' && (
              <p role="status" className="rounded bg-red-50 p-3 font-semibold text-red-800">
                {t.cancelledNotice}
              </p>
            )}
            {event.status === 'postponed' && event.previousStart && (
              <p role="status" className="rounded bg-ochre-100 p-3 text-ochre-800">
                {fill(t.postponedNotice, { date: formatWhen(event.previousStart, lang) })}
              </p>
            )}
            {event.status === 'rescheduled' && event.previousStart && (
              <p role="status" className="rounded bg-ochre-100 p-3 text-ochre-800">
                {fill(t.rescheduledNotice, { date: formatWhen(event.previousStart, lang) })}
              </p>
            )}
            {isPast && event.status !== 'cancelled' && (
              <p className="rounded bg-stone-100 p-3">{t.pastNotice}</p>
            )}
          </header>

          <section aria-labelledby="when-heading">
            <h2 id="when-heading" className={h2}>
              {t.whenHeading}
            </h2>
            <p className="mt-2 text-lg">
              <time dateTime={event.start}>{formatWhen(event.start, lang)}</time>
              {' – '}
              <time dateTime={event.end}>{formatWhen(event.end, lang)}</time>
            </p>
            <p className="text-sm text-stone-700">{t.timeZoneNote}</p>
          </section>

          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className={h2}>
              {t.descriptionHeading}
            </h2>
            <div className="mt-2">
              <Markdown>{localize(event.description, lang).text}</Markdown>
            </div>
          </section>

          {participants.length > 0 && (
            <section aria-labelledby="participants-heading">
              <h2 id="participants-heading" className={h2}>
                {t.participantsHeading}
              </h2>
              <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
                {participants.map((producer) => (
                  <li key={producer.slug}>
                    <PageLink href={`/${lang}/producers/${producer.slug}`}>
                      {localizedString(producer.name, lang)}
                    </PageLink>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {products.length > 0 && (
            <section aria-labelledby="products-heading">
              <h2 id="products-heading" className={h2}>
                {t.productsHeading}
              </h2>
              <ProductStarList
                products={products}
                lang={lang}
                strings={dict.stars}
                className="mt-2 space-y-2"
              />
            </section>
          )}

          {event.images.length > 0 && (
            <section aria-labelledby="photos-heading">
              <h2 id="photos-heading" className={h2}>
                {t.photosHeading}
              </h2>
              <div className="mt-3 grid gap-4 sm:grid-cols-2">
                {event.images.map((image) => (
                  <figure key={image.src}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- SVG illustrations need no optimiser */}
                    <img
                      src={image.src}
                      alt={localizedString(image.alt, lang)}
                      width={image.width}
                      height={image.height}
                      loading="lazy"
                      className="w-full rounded-lg"
                    />
                    <figcaption className="mt-1 text-xs text-stone-700">
                      {image.caption && (
                        <LocalizedText value={image.caption} lang={lang} fallbackNote={note} />
                      )}{' '}
                      {fill(dict.product.imageCredit, {
                        credit: image.credit,
                        license: image.license,
                      })}
                    </figcaption>
                  </figure>
                ))}
              </div>
            </section>
          )}

          {isPast && articles.length > 0 && (
            <section aria-labelledby="follow-up-heading">
              <h2 id="follow-up-heading" className={h2}>
                {t.followUpHeading}
              </h2>
              <ul className="mt-2 space-y-1">
                {articles.map((article) => (
                  <li key={article.slug}>
                    <PageLink href={`/${lang}/news/${article.slug}`}>
                      {localizedString(article.title, lang)}
                    </PageLink>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ShareSection
            url={pageUrl}
            title={title}
            headingClassName={h2}
            strings={{
              heading: dict.product.shareHeading,
              share: dict.product.share,
              copy: dict.product.copyLink,
              copied: dict.product.copied,
              email: dict.product.email,
            }}
          >
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <a href={cardPath('events', lang, slug, 'broadcast')} download>
                {dict.press.broadcastCard}
              </a>
              <a href={`/embed/events/${slug}?lang=${lang}`}>{dict.press.embedCode}</a>
            </p>
          </ShareSection>

          <p className="text-sm text-stone-700">
            {fill(t.source, {
              organisation: source ? localizedString(source.name, lang) : event.source.organisation,
              date: formatDate(event.source.checkedOn, lang),
            })}
          </p>
        </div>

        <aside className="space-y-8" aria-label={t.venueHeading}>
          <section aria-labelledby="calendar-heading" className="rounded-lg bg-brand-50 p-5">
            <h2 id="calendar-heading" className={h2}>
              {t.addToCalendar}
            </h2>
            <ul className="mt-2 space-y-1">
              <li>
                <a href={`/api/v1/events/${slug}/ics?lang=${lang}`} download={`${slug}.ics`}>
                  {t.downloadIcs}
                </a>
              </li>
              <li>
                <a href={googleCalendarUrl(event, { lang, siteUrl, location })}>
                  {t.googleCalendar}
                </a>
              </li>
            </ul>
          </section>

          <section aria-labelledby="venue-heading">
            <h2 id="venue-heading" className={h2}>
              {t.venueHeading}
            </h2>
            <p className="mt-2 font-semibold">
              <LocalizedText value={event.venue.name} lang={lang} fallbackNote={note} />
            </p>
            {event.venue.address.line && <p>{event.venue.address.line}</p>}
            {area && <p>{areaLabel(area, dict)}</p>}
            {event.boothCount !== undefined && (
              <p className="mt-1">{fill(t.booths, { count: event.boothCount })}</p>
            )}
            <h3 className="mt-3 font-semibold">{t.directions}</h3>
            <DirectionsList coordinates={event.venue.coordinates} strings={dict.producer} />
          </section>

          {event.registration && (
            <section aria-labelledby="registration-heading">
              <h2 id="registration-heading" className={h2}>
                {t.registrationHeading}
              </h2>
              {registration === 'open' ? (
                <p className="mt-2 font-semibold text-brand-900">
                  {fill(t.registrationOpen, {
                    date: formatDateTime(event.registration.deadline, lang),
                  })}
                </p>
              ) : event.status === 'cancelled' ? (
                <p className="mt-2 font-semibold text-red-800">{t.registrationCancelled}</p>
              ) : (
                <p className="mt-2 font-semibold text-red-800">
                  {fill(t.registrationClosed, {
                    date: formatDateTime(event.registration.deadline, lang),
                  })}
                </p>
              )}
              {registration === 'open' && (
                <>
                  <div className="mt-2 text-sm">
                    <Markdown>{localize(event.registration.howTo, lang).text}</Markdown>
                  </div>
                  <ul className="mt-2 space-y-1">
                    {event.registration.phone && (
                      <li>
                        {t.phone}:{' '}
                        <a href={`tel:${event.registration.phone.replace(/[^+\d]/g, '')}`}>
                          {event.registration.phone}
                        </a>
                      </li>
                    )}
                    {event.registration.email && (
                      <li>
                        {t.email}:{' '}
                        <a href={`mailto:${event.registration.email}`}>
                          {event.registration.email}
                        </a>
                      </li>
                    )}
                    {event.registration.url && (
                      <li>
                        <a href={event.registration.url}>{t.registrationOnline}</a>
                      </li>
                    )}
                  </ul>
                </>
              )}
            </section>
          )}

          {organiser && (
            <section aria-labelledby="organiser-heading">
              <h2 id="organiser-heading" className={h2}>
                {t.organiserHeading}
              </h2>
              <p className="mt-2 font-semibold">{localizedString(organiser.name, lang)}</p>
              {organiser.address && <p>{organiser.address}</p>}
              <ul className="mt-1 space-y-1">
                {organiser.phone && (
                  <li>
                    {t.phone}:{' '}
                    <a href={`tel:${organiser.phone.replace(/[^+\d]/g, '')}`}>{organiser.phone}</a>
                  </li>
                )}
                {organiser.email && (
                  <li>
                    {t.email}: <a href={`mailto:${organiser.email}`}>{organiser.email}</a>
                  </li>
                )}
                {organiser.website && (
                  <li>
                    <a href={organiser.website}>{t.website}</a>
                  </li>
                )}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
