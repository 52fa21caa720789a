import { describe, expect, it } from 'vitest';
import { extractXmlLinks } from '@/scripts/check-links/extract-xml';

const hrefs = (xml: string) => extractXmlLinks(xml).map((link) => link.href);

describe('extractXmlLinks: RSS 2.0', () => {
  const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Tin tức OCOP Quảng Ngãi</title>
    <link>http://127.0.0.1:3100/vi/news</link>
    <docs>https://validator.w3.org/feed/docs/rss2.html</docs>
    <atom:link href="http://127.0.0.1:3100/feeds/news.xml" rel="self" type="application/rss+xml"/>
    <image><url>http://127.0.0.1:3100/icon.svg</url><title>OCOP</title><link>http://127.0.0.1:3100/vi</link></image>
    <item>
      <title><![CDATA[Ra mắt website <OCOP>]]></title>
      <link>http://127.0.0.1:3100/vi/news/ra-mat-website-ocop-quang-ngai</link>
      <guid isPermaLink="false">tag:ocop.quangngai.vn,2026:vi/news/ra-mat</guid>
      <description><![CDATA[<p>Xem <a href="http://127.0.0.1:3100/vi/products">sản phẩm</a>.</p>]]></description>
      <content:encoded><![CDATA[<figure><img src="http://127.0.0.1:3100/images/news/press-release.svg" alt=""></figure>]]></content:encoded>
      <enclosure url="http://127.0.0.1:3100/images/news/press-release.svg" type="image/svg+xml" length="0"/>
    </item>
    <item>
      <link>http://127.0.0.1:3100/vi/products/mang-kho-mang-den</link>
      <guid>http://127.0.0.1:3100/vi/products/mang-kho-mang-den#2026-09-18</guid>
      <description>&lt;p&gt;Quyết định &lt;a href="/vi/verify?code=QNG-1"&gt;1094&lt;/a&gt;&lt;/p&gt;</description>
    </item>
  </channel>
</rss>`;

  it('reads channel and item links, self links, images and enclosures', () => {
    expect(extractXmlLinks(rss)).toEqual(
      expect.arrayContaining([
        { href: 'http://127.0.0.1:3100/vi/news', source: '<link>' },
        { href: 'https://validator.w3.org/feed/docs/rss2.html', source: '<docs>' },
        { href: 'http://127.0.0.1:3100/feeds/news.xml', source: '<atom:link href>' },
        { href: 'http://127.0.0.1:3100/icon.svg', source: '<url>' },
        { href: 'http://127.0.0.1:3100/vi/news/ra-mat-website-ocop-quang-ngai', source: '<link>' },
        { href: 'http://127.0.0.1:3100/images/news/press-release.svg', source: '<enclosure url>' },
      ]),
    );
  });

  it('reads the HTML inside descriptions, CDATA or escaped', () => {
    expect(extractXmlLinks(rss)).toEqual(
      expect.arrayContaining([
        { href: 'http://127.0.0.1:3100/vi/products', source: '<description> a[href]' },
        {
          href: 'http://127.0.0.1:3100/images/news/press-release.svg',
          source: '<content:encoded> img[src]',
        },
        { href: '/vi/verify?code=QNG-1', source: '<description> a[href]' },
      ]),
    );
  });

  it('takes a guid for a link only when it is a permalink written as a URL', () => {
    const guids = extractXmlLinks(rss).filter((link) => link.source === '<guid>');
    expect(guids.map((link) => link.href)).toEqual([
      'http://127.0.0.1:3100/vi/products/mang-kho-mang-den#2026-09-18',
    ]);
  });

  it('does not take titles or other text for links', () => {
    expect(hrefs(rss).some((href) => href.includes('OCOP'))).toBe(false);
  });
});

describe('extractXmlLinks: Atom', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:ocop.quangngai.vn,2026:vi/news</id>
  <link rel="alternate" href="http://127.0.0.1:3100/vi/news"/>
  <link rel="self" href="http://127.0.0.1:3100/feeds/news.atom"/>
  <icon>http://127.0.0.1:3100/icon.svg</icon>
  <author><name>OCOP</name><uri>http://127.0.0.1:3100/vi/about</uri></author>
  <entry>
    <id>http://127.0.0.1:3100/vi/news/a</id>
    <link href="http://127.0.0.1:3100/vi/news/a"/>
    <link rel="enclosure" href="http://127.0.0.1:3100/images/news/news.svg" type="image/svg+xml"/>
    <summary type="html"><![CDATA[<a href="/vi/events">Hội chợ</a>]]></summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="/images/x.svg"/></div></content>
  </entry>
</feed>`;

  it('reads link hrefs, icon, author uri, URL ids and the HTML of summaries and xhtml content', () => {
    expect(hrefs(atom)).toEqual([
      'http://127.0.0.1:3100/vi/news',
      'http://127.0.0.1:3100/feeds/news.atom',
      'http://127.0.0.1:3100/icon.svg',
      'http://127.0.0.1:3100/vi/about',
      'http://127.0.0.1:3100/vi/news/a',
      'http://127.0.0.1:3100/vi/news/a',
      'http://127.0.0.1:3100/images/news/news.svg',
      '/vi/events',
      '/images/x.svg',
    ]);
  });
});

describe('extractXmlLinks: sitemap', () => {
  it('reads each loc, its hreflang alternates and images', () => {
    const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>http://127.0.0.1:3100/vi/products/a</loc>
    <xhtml:link rel="alternate" hreflang="en" href="http://127.0.0.1:3100/en/products/a"/>
    <image:image><image:loc>http://127.0.0.1:3100/images/groups/food.svg</image:loc></image:image>
    <lastmod>2026-11-16</lastmod>
  </url>
</urlset>`;
    expect(extractXmlLinks(sitemap)).toEqual([
      { href: 'http://127.0.0.1:3100/vi/products/a', source: '<loc>' },
      { href: 'http://127.0.0.1:3100/en/products/a', source: '<xhtml:link href>' },
      { href: 'http://127.0.0.1:3100/images/groups/food.svg', source: '<image:loc>' },
    ]);
  });

  it('reads a sitemap index', () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>http://127.0.0.1:3100/sitemap/0.xml</loc></sitemap></sitemapindex>`;
    expect(hrefs(index)).toEqual(['http://127.0.0.1:3100/sitemap/0.xml']);
  });
});
