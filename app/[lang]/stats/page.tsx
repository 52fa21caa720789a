import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FigureSection } from '@/components/stats/figure-section';
import { TemplateText } from '@/components/ui/template-text';
import { getDataset, getToday } from '@/lib/content';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { fill } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';
import { getFiguresOfTheDay } from '@/lib/stats/figures-of-the-day';
import { gatherSmallestPlaces, placesShown } from '@/lib/stats/localized-figures';

interface StatsPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: StatsPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.stats.title,
    description: dict.stats.metaDescription,
    alternates: languageAlternates(lang, '/stats'),
  };
}

/** Figures and charts: every figure set as a server-drawn chart with its table and downloads. */
export default async function StatsPage({ params }: StatsPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today] = await Promise.all([getDictionary(lang), getDataset(), getToday()]);
  const t = dict.stats;
  const figures = getFiguresOfTheDay(dataset, today, lang, dict);
  const apiPath = `/api/v1/stats?lang=${lang}`;

  return (
    <article className="space-y-12">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
        <p className="text-lg">{fill(t.intro, { date: formatDate(figures.asOf, lang) })}</p>
        <p>{t.method}</p>
        <p>{t.rowLinkHint}</p>
        <nav aria-label={t.contentsLabel}>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {figures.sets.map((set) => (
              <li key={set.id}>
                <a href={`#${set.id}`}>{set.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {figures.sets.map((set) => (
        <FigureSection
          key={set.id}
          set={gatherSmallestPlaces(set, placesShown, { dict, lang })}
          asOf={figures.asOf}
          lang={lang}
          dict={dict}
        />
      ))}

      <section aria-labelledby="stats-reuse" className="max-w-3xl">
        <h2 id="stats-reuse" className="text-2xl font-bold">
          {t.apiHeading}
        </h2>
        <p className="mt-2">{t.downloadsHelp}</p>
        <p className="mt-2">
          <TemplateText template={t.apiBody} values={{ url: <a href={apiPath}>{apiPath}</a> }} />
        </p>
        <p className="mt-2">
          {fill(dict.footer.licenseBody, { license: dataset.settings.dataLicense.name })}
        </p>
      </section>
    </article>
  );
}
