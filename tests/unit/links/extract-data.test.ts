import { describe, expect, it } from 'vitest';
import {
  extractCsvLinks,
  extractIcsLinks,
  extractJsonLinks,
  extractRobotsLinks,
  extractTextUrls,
} from '@/scripts/check-links/extract-data';
import { documentKind, extractLinks } from '@/scripts/check-links/extract';

describe('extractJsonLinks', () => {
  it('reads a JSON Feed: feed URLs, item URLs, images and the HTML of content_html', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tin tức OCOP Quảng Ngãi',
      home_page_url: 'http://127.0.0.1:3100/vi/news',
      feed_url: 'http://127.0.0.1:3100/feeds/news.json',
      items: [
        {
          id: 'tag:ocop.quangngai.vn,2026:vi/news/ra-mat',
          url: 'http://127.0.0.1:3100/vi/news/ra-mat',
          content_html: '<p><a href="/vi/products">Sản phẩm</a></p>',
          image: 'http://127.0.0.1:3100/images/news/press-release.svg',
          tags: ['news'],
        },
      ],
    };
    expect(extractJsonLinks(feed)).toEqual([
      { href: 'https://jsonfeed.org/version/1.1', source: 'json version' },
      { href: 'http://127.0.0.1:3100/vi/news', source: 'json home_page_url' },
      { href: 'http://127.0.0.1:3100/feeds/news.json', source: 'json feed_url' },
      { href: 'http://127.0.0.1:3100/vi/news/ra-mat', source: 'json items[].url' },
      { href: '/vi/products', source: 'json items[].content_html a[href]' },
      { href: 'http://127.0.0.1:3100/images/news/press-release.svg', source: 'json items[].image' },
    ]);
  });

  it('reads the url property of every GeoJSON feature, and site paths under URL-ish keys', () => {
    const points = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'cho-kon-tum-sap-ocop',
          geometry: { type: 'Point', coordinates: [107.998, 14.352] },
          properties: {
            slug: 'cho-kon-tum-sap-ocop',
            website: null,
            products: ['ga-dak-koi'],
            url: 'http://127.0.0.1:3100/vi/where-to-buy/cho-kon-tum-sap-ocop',
            iconUrl: '/images/markers/market.svg',
            address: '/ not a link: no URL-ish key',
          },
        },
      ],
    };
    expect(extractJsonLinks(points)).toEqual([
      {
        href: 'http://127.0.0.1:3100/vi/where-to-buy/cho-kon-tum-sap-ocop',
        source: 'json features[].properties.url',
      },
      { href: '/images/markers/market.svg', source: 'json features[].properties.iconUrl' },
    ]);
  });

  it('reads the frame of an oEmbed answer', () => {
    const oembed = {
      version: '1.0',
      type: 'rich',
      author_url: 'http://127.0.0.1:3100/vi/producers/sam-ngoc-linh-kon-tum',
      html: '<iframe src="http://127.0.0.1:3100/embed/products/sam-ngoc-linh-tuoi?lang=vi"></iframe>',
    };
    expect(extractJsonLinks(oembed).map((link) => link.source)).toEqual([
      'json author_url',
      'json html iframe[src]',
    ]);
  });
});

describe('extractCsvLinks', () => {
  it('reads every URL cell, named by its column, past the byte-order mark', () => {
    const csv =
      '\uFEFFslug,name,website,url\r\n' +
      'dori-ly-son,"Công ty Cổ phần DORI, Lý Sơn",https://example.com/dori-ly-son,http://127.0.0.1:3100/vi/producers/dori-ly-son\r\n' +
      'thanh-co,Thành cổ,,http://127.0.0.1:3100/vi/producers/thanh-co\r\n';
    expect(extractCsvLinks(csv)).toEqual([
      { href: 'https://example.com/dori-ly-son', source: 'csv website' },
      { href: 'http://127.0.0.1:3100/vi/producers/dori-ly-son', source: 'csv url' },
      { href: 'http://127.0.0.1:3100/vi/producers/thanh-co', source: 'csv url' },
    ]);
  });
});

describe('extractIcsLinks', () => {
  // Folded lines, escaped commas, a URL split across a fold, and a mailto organiser.
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OCOP Quảng Ngãi//Events//VI',
    'BEGIN:VEVENT',
    'UID:phien-cho-ocop-tet-binh-ngo-2026@ocop.quangngai.vn',
    'DTSTAMP:20260919T170000Z',
    'DTSTART:20260205T003000Z',
    'SUMMARY:Phiên chợ OCOP Tết Bính Ngọ 2026',
    'DESCRIPTION:Phiên chợ Tết với giỏ quà OCOP: mạch nha\\, bò khô.\\n\\nhttp://127.0.0.1:3100/vi/ev',
    ' ents/phien-cho-ocop-tet-binh-ngo-2026',
    'ORGANIZER;CN="Sở Công Thương: xúc tiến":mailto:xuctien.sample@example.org',
    'URL;VALUE=URI:http://127.0.0.1:3100/vi/events/phien-cho-ocop-tet-binh-ngo-2',
    ' 026',
    'ATTACH;FMTTYPE=image/svg+xml:http://127.0.0.1:3100/images/events/fair.svg',
    'X-ALT-DESC;FMTTYPE=text/html:<p><a href="http://127.0.0.1:3100/vi/products">Sản phẩm</a></p>',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('reads URL-valued properties, URLs in descriptions and the HTML description', () => {
    expect(extractIcsLinks(ics)).toEqual([
      {
        href: 'http://127.0.0.1:3100/vi/events/phien-cho-ocop-tet-binh-ngo-2026',
        source: 'ics DESCRIPTION (text)',
      },
      {
        href: 'http://127.0.0.1:3100/vi/events/phien-cho-ocop-tet-binh-ngo-2026',
        source: 'ics URL',
      },
      { href: 'http://127.0.0.1:3100/images/events/fair.svg', source: 'ics ATTACH' },
      { href: 'http://127.0.0.1:3100/vi/products', source: 'ics X-ALT-DESC a[href]' },
    ]);
  });
});

describe('extractTextUrls', () => {
  it('finds URLs standing as words, without the punctuation after them', () => {
    expect(
      extractTextUrls(
        'See http://a.test/x. Or (https://b.test/y), or "http://c.test/z"! Not x://d.',
      ),
    ).toEqual(['http://a.test/x', 'https://b.test/y', 'http://c.test/z']);
  });
});

describe('extractRobotsLinks', () => {
  it('reads the Sitemap lines only', () => {
    const robots =
      'User-agent: *\nAllow: /\nDisallow: /api/draft # previews\nSitemap: http://127.0.0.1:3100/sitemap.xml\n';
    expect(extractRobotsLinks(robots)).toEqual([
      { href: 'http://127.0.0.1:3100/sitemap.xml', source: 'robots Sitemap' },
    ]);
  });
});

describe('documentKind and extractLinks', () => {
  it('picks the reader from the media type', () => {
    expect(documentKind('text/html; charset=utf-8', '/vi')).toBe('html');
    expect(documentKind('application/rss+xml; charset=utf-8', '/feeds/news.xml')).toBe('xml');
    expect(documentKind('application/atom+xml', '/feeds/news.atom')).toBe('xml');
    expect(documentKind('application/xml', '/sitemap.xml')).toBe('xml');
    expect(documentKind('application/feed+json', '/feeds/news.json')).toBe('json');
    expect(documentKind('application/geo+json', '/data/retail-points.geojson')).toBe('json');
    expect(documentKind('application/json+oembed', '/api/oembed')).toBe('json');
    expect(documentKind('text/csv; charset=utf-8', '/data/products.csv')).toBe('csv');
    expect(documentKind('text/calendar; charset=utf-8', '/feeds/events.ics')).toBe('ics');
    expect(documentKind('text/plain', '/robots.txt')).toBe('robots');
    expect(documentKind('text/plain', '/vi/news/a/article.md')).toBe('none');
    expect(documentKind('image/svg+xml', '/icon.svg')).toBe('none');
    expect(documentKind('image/png', '/vi/products/a/og.png')).toBe('none');
    expect(documentKind(null, '/x')).toBe('none');
  });

  it('hands back the links, and an error for a document that does not parse', () => {
    expect(extractLinks('json', '{"url":"http://a.test/"}').links).toHaveLength(1);
    expect(() => extractLinks('json', '{not json')).toThrow();
  });
});
