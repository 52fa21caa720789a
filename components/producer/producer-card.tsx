import { PageLink } from '@/components/ui/page-link';
import type { ProducerCardData } from '@/lib/api/producer-json';
import { fill } from '@/lib/i18n/localize';
import type { DirectoryStrings } from './directory-explorer';

/** A supplier in the directory: who, where, what they hold, and whether they sell wholesale. */
export function ProducerCard({
  producer,
  lang,
  typeLabel,
  areaLabel,
  strings,
}: {
  producer: ProducerCardData;
  lang: string;
  typeLabel: string;
  areaLabel: string | undefined;
  strings: DirectoryStrings;
}) {
  return (
    <article className="relative flex h-full flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg leading-snug font-bold">
        <PageLink
          href={`/${lang}/producers/${producer.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 hover:underline"
        >
          {producer.name}
        </PageLink>
      </h3>
      <p className="text-sm text-stone-700">{[typeLabel, areaLabel].filter(Boolean).join(' · ')}</p>
      <p className="text-sm">
        {fill(strings.productCount, { count: producer.productCount })}
        {producer.bestStars !== null &&
          `, ${fill(strings.bestStars, { stars: producer.bestStars })}`}
      </p>
      <p className="mt-auto flex flex-wrap gap-2 pt-2 text-xs font-semibold">
        {producer.wholesale.isAvailable && (
          <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">
            {strings.takesWholesale}
          </span>
        )}
        {producer.wholesale.exportMarkets.length > 0 && (
          <span className="rounded bg-ochre-100 px-2 py-0.5 text-ochre-800">{strings.exports}</span>
        )}
      </p>
    </article>
  );
}
