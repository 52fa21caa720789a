/**
 * An article as the press takes it away: plain text for the clipboard and a Markdown file, each
 * with the credit line. Both come from the same Markdown the page renders, raw HTML removed.
 */
import type { Article } from '../content/schema';
import type { NewsStrings } from '../i18n/dictionaries/news';
import { formatDateTime } from '../i18n/format';
import { localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { markdownToPlainText, stripRawHtml } from './markdown';

export interface ArticleTextOptions {
  lang: Locale;
  siteUrl: string;
  creditLine: string;
}

/** Title, lead, body and credit line as plain text, paragraphs separated by a blank line. */
export function articlePlainText(article: Article, options: ArticleTextOptions): string {
  const text = (value: Article['title']) => localizedString(value, options.lang);
  return [
    text(article.title),
    text(article.lead),
    markdownToPlainText(text(article.body), { baseUrl: options.siteUrl }),
    options.creditLine,
  ].join('\n\n');
}

/** Characters that would start Markdown syntax at the beginning of a line or inside one. */
function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/**
 * A Markdown document with a plain header (no front matter, which newsroom editors would paste as
 * text): the title as a heading, then author, dates and credit line, the lead in bold, and the body.
 */
export function articleMarkdown(
  article: Article,
  options: ArticleTextOptions & {
    strings: Pick<NewsStrings, 'markdownAuthor' | 'markdownPublished' | 'markdownUpdated'>;
  },
): string {
  const { lang, strings } = options;
  const text = (value: Article['title']) => localizedString(value, lang);
  const details = [
    `${strings.markdownAuthor}: ${escapeMarkdownInline(article.author)}`,
    `${strings.markdownPublished}: ${formatDateTime(article.publishedAt, lang)}`,
    ...(article.updatedAt
      ? [`${strings.markdownUpdated}: ${formatDateTime(article.updatedAt, lang)}`]
      : []),
    // The credit line says "Nguồn: …" / "Source: …" itself.
    escapeMarkdownInline(options.creditLine),
  ];
  return [
    `# ${escapeMarkdownInline(text(article.title))}`,
    details.map((line) => `- ${line}`).join('\n'),
    `**${escapeMarkdownInline(text(article.lead))}**`,
    stripRawHtml(text(article.body)),
  ]
    .join('\n\n')
    .concat('\n');
}
