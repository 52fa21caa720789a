import { PageLink } from '@/components/ui/page-link';
import type { EvaluationRound } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { fill, localizedString } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import type { RoundResult } from '@/lib/news/round-results';
import { StarRating } from '../product/star-rating';

/** A rating-results announcement's products: each linked, with the stars its round gave it. */
export function RoundResults({
  round,
  results,
  lang,
  dict,
  headingClassName,
}: {
  round: EvaluationRound;
  results: RoundResult[];
  lang: Locale;
  dict: Dictionary;
  headingClassName: string;
}) {
  const t = dict.news;
  return (
    <section aria-labelledby="round-results-heading">
      <h2 id="round-results-heading" className={headingClassName}>
        {fill(t.roundResultsHeading, {
          round: fill(dict.about.roundName, { number: round.number, year: round.year }),
        })}
      </h2>
      {round.decisionNumber && round.decisionDate && (
        <p className="mt-1 text-stone-800">
          {fill(t.roundResultsDecision, {
            decision: round.decisionNumber,
            date: formatDate(round.decisionDate, lang),
          })}
        </p>
      )}
      {results.length === 0 ? (
        <p className="mt-2">{t.roundResultsNone}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {results.map((result) => (
            <li key={result.product.slug} className="flex flex-wrap items-center gap-2">
              <PageLink href={`/${lang}/products/${result.product.slug}`}>
                {localizedString(result.product.name, lang)}
              </PageLink>
              <StarRating stars={result.stars} strings={dict.stars} />
              {result.kind !== 'certified' && (
                <span className="text-sm text-stone-700">
                  ({fill(dict.product.historyKinds[result.kind], { stars: result.stars })})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
