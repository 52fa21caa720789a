import { PageLink } from '@/components/ui/page-link';
import type { Area, OcopEvent } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isOngoingEvent } from '@/lib/events/timing';
import type { Locale } from '@/lib/i18n/locales';
import { Badge } from '../ui/badge';
import { LocalizedText } from '../ui/localized-text';

export function EventCard({
  event,
  area,
  lang,
  dict,
  now,
  headingLevel = 3,
}: {
  event: OcopEvent;
  area: Area | undefined;
  lang: Locale;
  dict: Dictionary;
  /** When given, an event under way says so. */
  now?: Date;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const start = formatDate(event.start, lang);
  const end = formatDate(event.end, lang);
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge>{dict.eventKinds[event.kind]}</Badge>
        {event.status !== 'scheduled' && (
          <Badge tone={event.status === 'cancelled' ? 'negative' : 'warning'}>
            {dict.eventStatuses[event.status]}
          </Badge>
        )}
        {now && event.status !== 'cancelled' && isOngoingEvent(event, now) && (
          <Badge tone="positive">{dict.events.happeningNow}</Badge>
        )}
      </p>
      <Heading className="text-lg leading-snug font-bold">
        <PageLink
          href={`/${lang}/events/${event.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 hover:underline"
        >
          <LocalizedText
            value={event.title}
            lang={lang}
            fallbackNote={dict.language.fallbackNote}
          />
        </PageLink>
      </Heading>
      <p className="text-sm font-semibold text-brand-900">
        <time dateTime={event.start}>{start}</time>
        {end !== start && (
          <>
            {' – '}
            <time dateTime={event.end}>{end}</time>
          </>
        )}
      </p>
      {event.previousStart && event.status !== 'scheduled' && (
        <p className="text-sm text-stone-700">
          {fill(dict.events.formerlyOn, { date: formatDate(event.previousStart, lang) })}
        </p>
      )}
      <p className="text-sm text-stone-700">
        {[localizedString(event.venue.name, lang), area && areaLabel(area, dict)]
          .filter(Boolean)
          .join(', ')}
      </p>
    </article>
  );
}
