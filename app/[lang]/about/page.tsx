import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { getRoundsOfYear } from '@/lib/catalogue/rounds';
import { getDataset, getToday } from '@/lib/content';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';
import { isCertifiedRating, scoreBands } from '@/lib/ocop/stars';
import { languageAlternates } from '@/lib/seo/metadata';

interface AboutPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: AboutPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.about.title,
    description: dict.about.metaDescription,
    alternates: languageAlternates(lang, '/about'),
  };
}

const h2 = 'mt-12 text-2xl font-bold';

export default async function AboutPage({ params }: AboutPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today] = await Promise.all([getDictionary(lang), getDataset(), getToday()]);
  const t = dict.about;
  const year = Number(today.slice(0, 4));
  const rounds = getRoundsOfYear(dataset.rounds, dataset.products, year, today);
  const basis = dataset.groupScheme.legalBasis;
  const note = dict.language.fallbackNote;

  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
      <p className="mt-4 text-lg">{t.intro}</p>

      <section aria-labelledby="about-stars">
        <h2 id="about-stars" className={h2}>
          {t.starsHeading}
        </h2>
        <p className="mt-3">{fill(t.starsIntro, { basis })}</p>
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t.starsTableCaption}</caption>
          <thead>
            <tr className="border-b-2 border-stone-300">
              <th scope="col" className="py-2 pr-4">
                {t.starsColumn}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t.scoreColumn}
              </th>
              <th scope="col" className="py-2">
                {t.certifiedColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {scoreBands.map((band) => (
              <tr key={band.stars} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  <span aria-hidden="true" className="mr-2 text-ochre-700">
                    {'★'.repeat(band.stars)}
                  </span>
                  {fill(dict.stars.count, { count: band.stars })}
                </th>
                <td className="py-2 pr-4">
                  {fill(band.stars === 5 ? dict.stars.scoreBandTop : dict.stars.scoreBand, {
                    min: band.min,
                    max: band.max,
                  })}
                </td>
                <td className="py-2">{isCertifiedRating(band.stars) ? t.yes : t.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="mt-6 text-xl font-bold">{t.potentialHeading}</h3>
        <p className="mt-2">{t.potentialBody}</p>
        <h3 className="mt-6 text-xl font-bold">{t.validityHeading}</h3>
        <p className="mt-2">{t.validityBody}</p>
      </section>

      <section aria-labelledby="about-groups">
        <h2 id="about-groups" className={h2}>
          {t.groupsHeading}
        </h2>
        <p className="mt-3">{fill(t.groupsIntro, { basis })}</p>
        <ol className="mt-4 space-y-4">
          {dataset.groupScheme.groups.map((group, index) => (
            <li key={group.code} className="rounded-lg border border-stone-200 p-4">
              <h3 className="text-lg font-bold">
                {index + 1}. <LocalizedText value={group.name} lang={lang} fallbackNote={note} />
              </h3>
              <LocalizedText
                as="p"
                value={group.description}
                lang={lang}
                fallbackNote={note}
                className="mt-1"
              />
              <p className="mt-2 text-sm text-stone-700">
                {t.subgroupsLabel}:{' '}
                {group.subgroups.map((s) => localizedString(s.name, lang)).join('; ')}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-cycle">
        <h2 id="about-cycle" className={h2}>
          {t.cycleHeading}
        </h2>
        <ol className="mt-4 list-decimal space-y-1 pl-6">
          {t.cycleSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-rounds">
        <h2 id="about-rounds" className={h2}>
          {fill(t.roundsHeading, { year })}
        </h2>
        <p className="mt-3">{t.roundsIntro}</p>
        {rounds.length === 0 ? (
          <p className="mt-4">{t.noRounds}</p>
        ) : (
          <ol className="mt-6 space-y-6 border-l-2 border-brand-700 pl-6">
            {rounds.map(({ round, productCount, isPast }) => (
              <li key={round.slug} className="relative">
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[33px] size-4 rounded-full border-2 border-brand-700 ${isPast ? 'bg-brand-700' : 'bg-white'}`}
                />
                <h3 className="text-lg font-bold">
                  {fill(t.roundName, { number: round.number, year: round.year })}{' '}
                  <span className="text-sm font-normal text-stone-700">
                    ({isPast ? t.roundStatePast : t.roundStateUpcoming})
                  </span>
                </h3>
                <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt>{t.dossierDeadline}</dt>
                  <dd>
                    <time dateTime={round.dossierDeadline}>
                      {formatDate(round.dossierDeadline, lang)}
                    </time>
                  </dd>
                  {round.councilDate && (
                    <>
                      <dt>{t.councilDate}</dt>
                      <dd>
                        <time dateTime={round.councilDate}>
                          {formatDate(round.councilDate, lang)}
                        </time>
                      </dd>
                    </>
                  )}
                  <dt>{t.decision}</dt>
                  <dd>
                    {round.decisionNumber
                      ? `${round.decisionNumber}${round.decisionDate ? `, ${formatDate(round.decisionDate, lang)}` : ''}`
                      : t.decisionPending}
                  </dd>
                </dl>
                {productCount > 0 && (
                  <p className="mt-1 text-sm">{fill(t.productsRated, { count: productCount })}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="about-who">
        <h2 id="about-who" className={h2}>
          {t.whoHeading}
        </h2>
        <ul className="mt-4 space-y-3">
          {dataset.settings.organisations.map((organisation) => (
            <li key={organisation.slug}>
              <p className="font-semibold">
                <LocalizedText value={organisation.name} lang={lang} fallbackNote={note} />
              </p>
              <p className="text-stone-800">{t.roles[organisation.role]}</p>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
