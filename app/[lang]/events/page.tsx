import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { EventCard } from '@/components/event/event-card';
import { EventMonthCalendar } from '@/components/event/event-month-calendar';
import {
  AreaSelect,
  Checkboxes,
  Fieldset,
  fieldsetClass,
  legendClass,
  selectClass,
  submitButtonClass,
} from '@/components/ui/filter-fields';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { readLenientQuery } from '@/lib/catalogue/lenient-query';
import { getDataset, getNow } from '@/lib/content';
import { eventKinds, regions, type Dataset, type OcopEvent } from '@/lib/content/schema';
import { getEnv } from '@/lib/env';
import {
  eventListing,
  eventOrganiser,
  findUnknownEventValues,
  parseEventQuery,
  queryEvents,
  type EventQuery,
} from '@/lib/events/event-query';
import { parseMonth, shiftMonth } from '@/lib/events/month-calendar';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import { areaLabel } from '@/lib/i18n/labels';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { formatMonth } from '@/lib/i18n/format';
import { feedAlternates } from '@/lib/seo/feed-links';
import { languageAlternates } from '@/lib/seo/metadata';
import { toProvinceMonth } from '@/lib/time/province-time';

type SearchParams = Record<string, string | string[] | undefined>;

interface EventsPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<SearchParams>;
}

// What is upcoming depends on the moment and the query string: render per request, whole.
export const instant = false;

export async function generateMetadata({ params }: EventsPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.events.title,
    description: dict.events.metaDescription,
    alternates: {
      ...languageAlternates(lang, '/events'),
      types: { ...feedAlternates(lang), 'text/calendar': `/feeds/events.ics?lang=${lang}` },
    },
  };
}

/** Consecutive events of the same province month, in the order given. */
function groupByMonth(events: OcopEvent[]): Array<{ month: string; events: OcopEvent[] }> {
  const groups: Array<{ month: string; events: OcopEvent[] }> = [];
  for (const event of events) {
    const month = toProvinceMonth(new Date(event.start));
    const last = groups.at(-1);
    if (last?.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

/** The query string of the page with some parameters replaced (undefined removes one). */
function withParams(
  raw: SearchParams,
  kept: string[],
  changes: Record<string, string | undefined>,
) {
  const params = new URLSearchParams();
  for (const key of kept) {
    if (key in changes) continue;
    const value = raw[key];
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, v);
  }
  for (const [key, value] of Object.entries(changes)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function organiserOptions(dataset: Dataset, lang: Locale) {
  const used = new Set(dataset.events.map((e) => eventOrganiser(e, dataset)));
  return dataset.settings.organisations
    .filter((o) => used.has(o.slug))
    .map((o) => ({ value: o.slug, label: localizedString(o.name, lang) }));
}

function FilterForm({
  lang,
  dict,
  dataset,
  query,
  hidden,
}: {
  lang: Locale;
  dict: Dictionary;
  dataset: Dataset;
  query: EventQuery;
  hidden: Record<string, string | undefined>;
}) {
  const t = dict.events;
  const { areasByName: areas } = getCatalogue(dataset);
  return (
    <form
      action={`/${lang}/events`}
      method="get"
      role="search"
      aria-label={t.filtersHeading}
      className="space-y-4 text-sm"
    >
      {Object.entries(hidden).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <Fieldset legend={t.kind}>
        <Checkboxes
          name="kind"
          options={eventKinds.map((k) => ({ value: k, label: dict.eventKinds[k] }))}
          checked={query.kind}
        />
      </Fieldset>
      <Fieldset legend={t.region}>
        <Checkboxes
          name="region"
          options={regions.map((r) => ({ value: r, label: dict.regions[r] }))}
          checked={query.region}
        />
      </Fieldset>
      <AreaSelect
        id="events-area"
        label={t.area}
        anyLabel={t.anyArea}
        selected={query.area[0]}
        areas={regions.map((region) => ({
          region,
          label: dict.regions[region],
          areas: areas
            .filter((a) => a.region === region)
            .map((a) => ({ value: a.slug, label: areaLabel(a, dict) })),
        }))}
      />
      <div className={fieldsetClass}>
        <label htmlFor="events-organiser" className={`${legendClass} block`}>
          {t.organiser}
        </label>
        <select
          id="events-organiser"
          name="organiser"
          defaultValue={query.organiser[0] ?? ''}
          className={selectClass}
        >
          <option value="">{t.anyOrganiser}</option>
          {organiserOptions(dataset, lang).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
        <button type="submit" className={submitButtonClass}>
          {t.apply}
        </button>
        <a
          href={`/${lang}/events${withParams(hidden as SearchParams, Object.keys(hidden), {})}`}
          className="self-center"
        >
          {t.clearAll}
        </a>
      </div>
    </form>
  );
}

/** A row of links where one is the current choice. */
function Switch({
  label,
  options,
}: {
  label: string;
  options: Array<{ label: string; href: string; isCurrent: boolean }>;
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => (
          <li key={o.href}>
            <PageLink
              href={o.href}
              aria-current={o.isCurrent ? 'page' : undefined}
              className={`inline-block rounded-full px-4 py-1.5 font-semibold no-underline ring-1 ring-brand-800 ${
                o.isCurrent ? 'bg-brand-800 text-white' : 'text-brand-900 hover:bg-brand-50'
              }`}
            >
              {o.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Fairs, market sessions, promotion weeks and exhibitions: a list by month or a month calendar. */
export default async function EventsPage({ params, searchParams }: EventsPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, now, raw] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getNow(),
    searchParams,
  ]);
  const t = dict.events;
  const { view: rawView, month: rawMonth, ...rest } = raw;
  const { query, ignored } = readLenientQuery(rest, parseEventQuery, (q) =>
    findUnknownEventValues(q, dataset),
  );
  const view = rawView === 'calendar' ? 'calendar' : 'list';
  const month =
    parseMonth(typeof rawMonth === 'string' ? rawMonth : undefined) ?? toProvinceMonth(now);
  if (rawMonth !== undefined && view === 'calendar' && month !== rawMonth) ignored.push('month');
  const when = query.when === 'past' ? 'past' : 'upcoming';
  const filterKeys = ['kind', 'region', 'area', 'organiser'].filter((k) => !ignored.includes(k));
  const hrefWith = (changes: Record<string, string | undefined>) =>
    `/${lang}/events${withParams(raw, [...filterKeys, 'when', 'view', 'month'], { page: undefined, ...changes })}`;

  const siteUrl = getEnv().SITE_URL;
  const feedPath = `/feeds/events.ics?lang=${lang}`;
  const webcalUrl = `${siteUrl.replace(/^https?:/, 'webcal:')}${feedPath}`;

  let body;
  if (view === 'calendar') {
    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
    const inMonth = queryEvents(
      dataset,
      {
        ...query,
        when: 'all',
        from: `${month}-01`,
        to: lastDay.toISOString().slice(0, 10),
        page: 1,
        limit: 100,
      },
      now,
    );
    body = (
      <EventMonthCalendar
        month={month}
        label={formatMonth(month, lang)}
        events={inMonth.items}
        lang={lang}
        dict={dict}
        previousHref={hrefWith({ month: shiftMonth(month, -1) })}
        nextHref={hrefWith({ month: shiftMonth(month, 1) })}
      />
    );
  } else {
    const result = eventListing(dataset, { ...query, when }, now);
    const shown = result.items;
    const pages = Math.max(1, Math.ceil(result.total / result.limit));
    body = (
      <section aria-labelledby="events-count">
        <h2 id="events-count" className="text-lg font-semibold">
          {result.total === 1 ? t.resultCountOne : fill(t.resultCount, { count: result.total })}
        </h2>
        {result.showsRecentPast && (
          <p className="mt-3 rounded bg-ochre-100 p-3 text-ochre-800">{t.noUpcoming}</p>
        )}
        {shown.length === 0 && (
          <p className="mt-4 rounded-lg border border-dashed border-stone-400 p-6">{t.noneMatch}</p>
        )}
        {groupByMonth(shown).map((group) => (
          <section key={group.month} aria-labelledby={`month-${group.month}`} className="mt-6">
            <h3 id={`month-${group.month}`} className="text-xl font-bold capitalize">
              {formatMonth(group.month, lang)}
            </h3>
            <ul className="mt-3 grid gap-4 sm:grid-cols-2">
              {group.events.map((event) => (
                <li key={event.slug}>
                  <EventCard
                    event={event}
                    area={dataset.areas.find((a) => a.slug === event.venue.address.area)}
                    lang={lang}
                    dict={dict}
                    now={now}
                    headingLevel={4}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {pages > 1 && (
          <nav aria-label={t.pagination} className="mt-8 flex flex-wrap items-center gap-4">
            {result.page > 1 && (
              <a href={hrefWith({ page: String(result.page - 1) })} rel="prev">
                {t.previous}
              </a>
            )}
            <span>{fill(t.pageOf, { page: result.page, pages })}</span>
            {result.page < pages && (
              <a href={hrefWith({ page: String(result.page + 1) })} rel="next">
                {t.next}
              </a>
            )}
          </nav>
        )}
      </section>
    );
  }

  return (
    <div>
      <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
      {ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded bg-ochre-100 p-3 text-ochre-800">
          {fill(dict.catalogue.ignoredParameters, { list: ignored.join(', ') })}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        <Switch
          label={t.viewLabel}
          options={[
            {
              label: t.listView,
              href: hrefWith({ view: undefined, month: undefined }),
              isCurrent: view === 'list',
            },
            {
              label: t.calendarView,
              href: hrefWith({ view: 'calendar', when: undefined }),
              isCurrent: view === 'calendar',
            },
          ]}
        />
        {view === 'list' && (
          <Switch
            label={t.whenLabel}
            options={[
              {
                label: t.upcoming,
                href: hrefWith({ when: undefined }),
                isCurrent: when === 'upcoming',
              },
              { label: t.past, href: hrefWith({ when: 'past' }), isCurrent: when === 'past' },
            ]}
          />
        )}
      </div>
      <div className="mt-6 grid gap-8 lg:grid-cols-[17rem_1fr]">
        <div className="space-y-6">
          <FilterForm
            lang={lang}
            dict={dict}
            dataset={dataset}
            query={query}
            hidden={{
              view: view === 'calendar' ? 'calendar' : undefined,
              month: view === 'calendar' ? month : undefined,
              when: view === 'list' && when === 'past' ? 'past' : undefined,
            }}
          />
          <section
            aria-labelledby="events-calendar-feed"
            className="rounded-lg bg-brand-50 p-4 text-sm"
          >
            <h2 id="events-calendar-feed" className="font-semibold">
              {t.addToCalendar}
            </h2>
            <p className="mt-1">{t.calendarHelp}</p>
            <ul className="mt-2 space-y-1">
              <li>
                <a href={webcalUrl}>{t.subscribe}</a>
              </li>
              <li>
                <a href={feedPath} download="ocop-quang-ngai-events.ics">
                  {t.downloadAll}
                </a>
              </li>
            </ul>
          </section>
        </div>
        <div>{body}</div>
      </div>
    </div>
  );
}
