import { PageLink } from '@/components/ui/page-link';
import type { OcopEvent } from '@/lib/content/schema';
import { monthGrid } from '@/lib/events/month-calendar';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill, localizedString } from '@/lib/i18n/localize';
import { dateTimeFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/** Monday 1 January 2024 and the six days after: the weekday names in the reader's language. */
function weekdayNames(lang: Locale) {
  const format = (style: 'short' | 'long') =>
    dateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i));
    return { short: format('short').format(day), long: format('long').format(day) };
  });
}

/**
 * A month as a table: one row per week, each day listing its events as links. Server-rendered, so
 * it reads and works without JavaScript; the previous and next months are plain links.
 */
export function EventMonthCalendar({
  month,
  label,
  events,
  lang,
  dict,
  previousHref,
  nextHref,
}: {
  month: string;
  label: string;
  events: OcopEvent[];
  lang: Locale;
  dict: Dictionary;
  previousHref: string;
  nextHref: string;
}) {
  const t = dict.events;
  const weeks = monthGrid(month, events);
  const weekdays = weekdayNames(lang);
  return (
    <section aria-labelledby="events-month">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <a href={previousHref} rel="prev">
          ← {t.previousMonth}
        </a>
        <h2 id="events-month" className="text-xl font-bold capitalize">
          {label}
        </h2>
        <a href={nextHref} rel="next">
          {t.nextMonth} →
        </a>
      </div>
      {events.length === 0 && <p className="mt-3">{t.moreInMonth}</p>}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[42rem] table-fixed border-collapse text-sm">
          <caption className="sr-only">{fill(t.monthCaption, { month: label })}</caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th key={day.long} scope="col" className="border border-stone-200 bg-stone-50 p-1">
                  <abbr title={day.long} className="no-underline">
                    {day.short}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]!.date}>
                {week.map((day) => (
                  <td
                    key={day.date}
                    className={`h-24 border border-stone-200 p-1 align-top ${day.isInMonth ? '' : 'bg-stone-50 text-stone-600'}`}
                  >
                    <time dateTime={day.date} className="block text-xs font-semibold">
                      {Number(day.date.slice(8))}
                    </time>
                    {day.events.length > 0 && (
                      <ul className="mt-1 space-y-1">
                        {day.events.map((event) => (
                          <li key={event.slug}>
                            <PageLink
                              href={`/${lang}/events/${event.slug}`}
                              className={`block rounded px-1 py-0.5 text-xs leading-snug ${
                                event.status === 'cancelled'
                                  ? 'bg-red-50 text-red-800'
                                  : 'bg-brand-50 text-brand-900'
                              }`}
                            >
                              {event.status !== 'scheduled' && (
                                <span className="font-semibold no-underline">
                                  {dict.eventStatuses[event.status]}:{' '}
                                </span>
                              )}
                              <span className={event.status === 'cancelled' ? 'line-through' : ''}>
                                {localizedString(event.title, lang)}
                              </span>
                            </PageLink>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
