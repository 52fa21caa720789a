import { PageLink } from '@/components/ui/page-link';
import type { Article } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { LocalizedText } from '../ui/localized-text';

export function ArticleCard({
  article,
  lang,
  dict,
}: {
  article: Article;
  lang: Locale;
  dict: Dictionary;
}) {
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-stone-700">
        {dict.articleKinds[article.kind]} ·{' '}
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, lang)}</time>
      </p>
      <h3 className="text-lg leading-snug font-bold">
        <PageLink
          href={`/${lang}/news/${article.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 hover:underline"
        >
          <LocalizedText
            value={article.title}
            lang={lang}
            fallbackNote={dict.language.fallbackNote}
          />
        </PageLink>
      </h3>
      <LocalizedText
        as="p"
        value={article.lead}
        lang={lang}
        fallbackNote={dict.language.fallbackNote}
        className="text-sm text-stone-800"
      />
    </article>
  );
}
