import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { dataLicense } from '@/lib/content/data-license';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Article, Dataset } from '@/lib/content/schema';
import { newsStrings } from '@/lib/i18n/dictionaries/news';
import { articleMarkdown, articlePlainText } from '@/lib/news/article-text';
import { articleCreditLine } from '@/lib/news/credit';
import { feedAlternates } from '@/lib/seo/feed-links';
import { articleAuthorJsonLd, newsArticleJsonLd } from '@/lib/seo/news-json-ld';

const siteUrl = 'https://ocop.example';
let dataset: Dataset;
let catalogue: Catalogue;
beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
  catalogue = getCatalogue(dataset);
});

const article = (slug: string) => dataset.articles.find((a) => a.slug === slug)!;
const slug = 'hop-nhat-tinh-va-giay-chung-nhan-ocop';

function credit(a: Article, lang: 'vi' | 'en', envLicense?: string) {
  return articleCreditLine(a, {
    lang,
    siteUrl,
    settings: dataset.settings,
    license: dataLicense(dataset.settings, envLicense),
    strings: newsStrings[lang],
  });
}

describe('the credit line', () => {
  it('names the site, the page, the author and the licence, in the page language', () => {
    expect(credit(article(slug), 'vi')).toBe(
      `Nguồn: OCOP Quảng Ngãi (${siteUrl}/vi/news/${slug}), tác giả Nguyễn Văn Hùng, giấy phép CC BY 4.0`,
    );
    expect(credit(article(slug), 'en')).toBe(
      `Source: OCOP Quảng Ngãi (${siteUrl}/en/news/${slug}), by Nguyễn Văn Hùng, licence CC BY 4.0`,
    );
  });

  it("uses DATA_LICENSE when the operator set one, else the settings' licence", () => {
    expect(credit(article(slug), 'vi', 'CC BY-SA 4.0')).toMatch(/giấy phép CC BY-SA 4\.0$/);
    expect(dataLicense(dataset.settings, undefined)).toEqual(dataset.settings.dataLicense);
    expect(dataLicense(dataset.settings, 'CC BY 4.0')).toEqual(dataset.settings.dataLicense);
  });
});

describe('the article as plain text', () => {
  it('is title, lead, body and credit line, without Markdown syntax', () => {
    const a = article(slug);
    const line = credit(a, 'vi');
    const text = articlePlainText(a, { lang: 'vi', siteUrl, creditLine: line });
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe(a.title.vi);
    expect(paragraphs[1]).toBe(a.lead.vi);
    expect(paragraphs.at(-1)).toBe(line);
    expect(text).toContain('Giấy chứng nhận OCOP vẫn còn hiệu lực');
    expect(text).not.toMatch(/\*\*|^## /m);
  });
});

describe('the article as Markdown', () => {
  it('starts with a plain header (no front matter) and ends with the body', () => {
    const a = article(slug);
    const line = credit(a, 'en');
    const markdown = articleMarkdown(a, {
      lang: 'en',
      siteUrl,
      creditLine: line,
      strings: newsStrings.en,
    });
    expect(markdown.startsWith('# Provinces merged: OCOP certificates remain valid\n\n')).toBe(
      true,
    );
    expect(markdown).not.toMatch(/^---/);
    expect(markdown).toContain('- Author: Nguyễn Văn Hùng\n');
    expect(markdown).toContain('- Published: 10 Jul 2025, 09:00\n');
    expect(markdown).toContain('- Updated: 05 Sept 2025, 08:00\n');
    expect(markdown).toContain(`- ${line}\n`);
    expect(markdown).toContain(`**${a.lead.en}**`);
    expect(markdown.trimEnd().endsWith(a.body.en!.trim())).toBe(true);
  });

  it('leaves raw HTML of the source out', () => {
    const a = {
      ...article(slug),
      body: { vi: 'Trước <script>x()</script> sau.\n\n<div>khối</div>' },
    };
    const markdown = articleMarkdown(a, {
      lang: 'vi',
      siteUrl,
      creditLine: 'Nguồn',
      strings: newsStrings.vi,
    });
    expect(markdown).not.toMatch(/<script|<div/);
    expect(markdown).toContain('Trước x() sau.');
  });
});

describe('NewsArticle structured data', () => {
  const ld = (a: Article, lang: 'vi' | 'en') =>
    newsArticleJsonLd(a, {
      catalogue,
      lang,
      pageUrl: `${siteUrl}/${lang}/news/${a.slug}`,
      siteUrl,
      license: dataset.settings.dataLicense,
      section: 'Thông cáo báo chí',
    });

  it('has the fields search engines read, with dates in province time', () => {
    const data = ld(article(slug), 'vi');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Hợp nhất tỉnh: giấy chứng nhận OCOP vẫn còn hiệu lực',
      inLanguage: 'vi',
      datePublished: '2025-07-10T09:00:00+07:00',
      dateModified: '2025-09-05T08:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Nguyễn Văn Hùng' }],
      publisher: { '@type': 'Organization', name: 'OCOP Quảng Ngãi', url: siteUrl },
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(data.image?.[0]).toMatchObject({
      url: `${siteUrl}/images/news/press-release.svg`,
      creditText: 'Minh họa: OCOP Quảng Ngãi (dữ liệu mẫu)',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('gives no licence to an article that is not free to republish', () => {
    expect(ld(article('khai-mac-hoi-cho-ocop-quang-ngai-2023'), 'vi')).not.toHaveProperty(
      'license',
    );
  });

  it('says an untranslated English page is in Vietnamese', () => {
    expect(ld(article('nguoi-mua-chua-biet-mua-san-pham-ocop-o-dau'), 'en').inLanguage).toBe('vi');
  });

  it('tells organisations from people', () => {
    expect(articleAuthorJsonLd('Phòng Xúc tiến thương mại', catalogue)['@type']).toBe(
      'Organization',
    );
    expect(articleAuthorJsonLd('Sở Công Thương', catalogue)['@type']).toBe('Organization');
    expect(articleAuthorJsonLd('Trần Minh Khoa', catalogue)['@type']).toBe('Person');
  });
});

describe('feed autodiscovery', () => {
  it('links the RSS, Atom and JSON feeds (and the changes feed) in the page language', () => {
    expect(feedAlternates('vi')).toEqual({
      'application/rss+xml': [
        { url: '/feeds/news.xml', title: 'Tin tức (RSS)' },
        { url: '/feeds/changes.xml', title: 'Thay đổi chứng nhận OCOP (RSS)' },
      ],
      'application/atom+xml': [{ url: '/feeds/news.atom', title: 'Tin tức (Atom)' }],
      'application/feed+json': [{ url: '/feeds/news.json', title: 'Tin tức (JSON Feed)' }],
    });
    expect(feedAlternates('en')['application/atom+xml']).toEqual([
      { url: '/feeds/news.atom?lang=en', title: 'News (Atom)' },
    ]);
  });
});
