import { jsonError } from '@/lib/api/http';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset } from '@/lib/content';
import { dataLicense } from '@/lib/content/data-license';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { isLocale } from '@/lib/i18n/locales';
import { articleMarkdown } from '@/lib/news/article-text';
import { articleCreditLine } from '@/lib/news/credit';

/**
 * GET /{lang}/news/{slug}/article.md: an article that is free to republish, as a Markdown file
 * (title, author, dates and credit line, then the body). Others answer 404: the site offers only
 * what it may hand on.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; slug: string }> },
) {
  const { lang, slug } = await params;
  const dataset = await getDataset();
  const article = isLocale(lang) ? getCatalogue(dataset).article(slug) : undefined;
  if (!article || !isLocale(lang)) return jsonError(404, `No article with slug "${slug}".`);
  if (!article.isFreeToRepublish) {
    return jsonError(404, `The article "${slug}" is not free to republish.`);
  }
  const env = getEnv();
  const dict = await getDictionary(lang);
  const creditLine = articleCreditLine(article, {
    lang,
    siteUrl: env.SITE_URL,
    settings: dataset.settings,
    license: dataLicense(dataset.settings, env.DATA_LICENSE),
    strings: dict.news,
  });
  const markdown = articleMarkdown(article, {
    lang,
    siteUrl: env.SITE_URL,
    creditLine,
    strings: dict.news,
  });
  return new Response(markdown, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.${lang}.md"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
