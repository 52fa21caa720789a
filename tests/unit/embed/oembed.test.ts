import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Image } from '@/lib/content/schema';
import {
  cardFrame,
  frameSize,
  iframeHtml,
  oembedAlternate,
  oembedResponse,
  parseOembedRequest,
  withOembedDiscovery,
  parseRecordUrl,
  thumbnailFor,
} from '@/lib/embed/oembed';
import { en } from '@/lib/i18n/dictionaries/en';
import { vi } from '@/lib/i18n/dictionaries/vi';

const site = 'https://ocop.example.gov.vn';
const productPage = `${site}/vi/products/mach-nha-mantoza`;

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const request = (query: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return parseOembedRequest(params, site);
};

describe('which URLs can be embedded', () => {
  it('takes product and event pages in either language, choosing the card language from the URL', () => {
    expect(parseRecordUrl(productPage, site)).toEqual({
      kind: 'product',
      slug: 'mach-nha-mantoza',
      lang: 'vi',
    });
    expect(parseRecordUrl(`${site}/en/events/hoi-cho-ocop-xuan-dinh-mui-2027`, site)).toEqual({
      kind: 'event',
      slug: 'hoi-cho-ocop-xuan-dinh-mui-2027',
      lang: 'en',
    });
  });

  it('ignores a trailing slash, the query, the fragment and http instead of https', () => {
    for (const url of [
      `${productPage}/`,
      `${productPage}?utm_source=zalo#certificate`,
      productPage.replace('https:', 'http:'),
      productPage.replace('ocop.example', 'OCOP.Example'),
    ]) {
      expect(parseRecordUrl(url, site)?.slug).toBe('mach-nha-mantoza');
    }
  });

  it('refuses other sites, other pages, unknown languages and other schemes', () => {
    for (const url of [
      'https://example.com/vi/products/mach-nha-mantoza',
      'https://ocop.example.gov.vn.evil.test/vi/products/mach-nha-mantoza',
      'https://ocop.example.gov.vn:8443/vi/products/mach-nha-mantoza',
      `${site}/vi/producers/duong-quang-ngai`,
      `${site}/vi/products`,
      `${site}/vi/products/mach-nha-mantoza/broadcast.png`,
      `${site}/fr/products/mach-nha-mantoza`,
      `${site}/products/mach-nha-mantoza`,
      `${site}/vi/products/Mach-Nha`,
      `${site}/embed/products/mach-nha-mantoza`,
      'ftp://ocop.example.gov.vn/vi/products/mach-nha-mantoza',
      'not a url',
    ]) {
      expect(parseRecordUrl(url, site), url).toBeUndefined();
    }
  });

  it('keeps the path prefix of a site served below the root', () => {
    const prefixed = 'https://portal.example.gov.vn/ocop';
    expect(
      parseRecordUrl('https://portal.example.gov.vn/ocop/en/products/mach-nha-mantoza', prefixed),
    ).toMatchObject({ slug: 'mach-nha-mantoza', lang: 'en' });
    expect(
      parseRecordUrl('https://portal.example.gov.vn/en/products/mach-nha-mantoza', prefixed),
    ).toBeUndefined();
  });
});

describe('the query of /api/oembed', () => {
  it('accepts a page URL with or without format=json and the size limits', () => {
    expect(request({ url: productPage })).toMatchObject({ ok: true });
    expect(
      request({ url: productPage, format: 'json', maxwidth: '600', maxheight: '400' }),
    ).toEqual({
      ok: true,
      target: { kind: 'product', slug: 'mach-nha-mantoza', lang: 'vi' },
      maxWidth: 600,
      maxHeight: 400,
    });
  });

  it('answers 400 when url is missing or not an absolute URL', () => {
    const queries: Array<Record<string, string>> = [
      {},
      { url: '' },
      { url: '/vi/products/mach-nha-mantoza' },
    ];
    for (const query of queries) {
      const parsed = request(query);
      expect(parsed).toMatchObject({ ok: false, status: 400 });
      expect(parsed.ok ? [] : parsed.issues.map((i) => i.parameter)).toEqual(['url']);
    }
  });

  it('answers 400, not 501, to format=xml, and says to ask for JSON', () => {
    for (const format of ['xml', 'XML', 'html', '']) {
      const parsed = request({ url: productPage, format });
      expect(parsed).toMatchObject({ ok: false, status: 400 });
      expect(parsed.ok ? '' : parsed.error).toContain('json');
    }
  });

  it('answers 400 to a maximum that is not a positive whole number, or too small for the card', () => {
    for (const value of ['abc', '0', '-300', '12.5', '', '1e3', '400px', '9999999']) {
      const parsed = request({ url: productPage, maxwidth: value });
      expect(parsed, value).toMatchObject({ ok: false, status: 400 });
    }
    expect(request({ url: productPage, maxwidth: '279' })).toMatchObject({ status: 400 });
    expect(request({ url: productPage, maxheight: '199' })).toMatchObject({ status: 400 });
    expect(request({ url: productPage, maxwidth: '280', maxheight: '200' })).toMatchObject({
      ok: true,
    });
  });

  it('answers 400 to a parameter given twice, and lists every bad parameter at once', () => {
    expect(request({ url: [productPage, productPage] })).toMatchObject({ status: 400 });
    const parsed = request({ format: 'xml', maxheight: 'x' });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.parameter).sort()).toEqual([
      'format',
      'maxheight',
      'url',
    ]);
  });

  it('answers 404 to a URL of another site or of a page that cannot be embedded', () => {
    for (const url of ['https://example.com/vi/products/x', `${site}/vi/news/ra-mat`]) {
      expect(request({ url })).toMatchObject({ ok: false, status: 404 });
    }
  });
});

describe('the frame size', () => {
  it('is the card size unless the consumer allows less, and never exceeds the maximum', () => {
    expect(frameSize()).toEqual(cardFrame.preferred);
    expect(frameSize(1000, 1000)).toEqual(cardFrame.preferred);
    expect(frameSize(300, 210)).toEqual({ width: 300, height: 210 });
    expect(frameSize(undefined, 200)).toEqual({ width: 360, height: 200 });
  });
});

describe('the oEmbed answer', () => {
  it('is a rich oEmbed 1.0 answer with an iframe of the card in the page language', () => {
    const answer = oembedResponse(
      { kind: 'product', slug: 'mach-nha-mantoza', lang: 'en' },
      { catalogue, dict: en, siteUrl: site },
    );
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Mantoza Quảng Ngãi malt syrup',
      provider_name: 'OCOP Quảng Ngãi',
      provider_url: `${site}/en`,
      author_url: `${site}/en/producers/duong-quang-ngai`,
      width: 360,
      height: 220,
    });
    expect(answer?.cache_age).toBeGreaterThan(0);
    expect(answer?.html).toContain(
      `src="${site}/embed/products/mach-nha-mantoza?lang=en" width="360" height="220"`,
    );
    expect(answer?.html).toMatch(/^<iframe [^>]*title="Mantoza Quảng Ngãi malt syrup – [^"]+"/);
    // The sample pictures are SVG illustrations: no thumbnail is offered for them.
    expect(answer).not.toHaveProperty('thumbnail_url');
  });

  it('honours the maximum size in the iframe and in width/height', () => {
    const answer = oembedResponse(
      { kind: 'event', slug: 'phien-cho-ocop-ba-to-thang-12-2026', lang: 'vi' },
      { catalogue, dict: vi, siteUrl: site, maxWidth: 300, maxHeight: 210 },
    );
    expect(answer).toMatchObject({
      width: 300,
      height: 210,
      title: 'Phiên chợ OCOP Ba Tơ tháng 12/2026',
    });
    expect(answer?.html).toContain('width="300" height="210"');
    expect(answer?.html).toContain('/embed/events/phien-cho-ocop-ba-to-thang-12-2026?lang=vi');
  });

  it('is undefined for an unknown record', () => {
    expect(
      oembedResponse(
        { kind: 'product', slug: 'khong-co', lang: 'vi' },
        { catalogue, dict: vi, siteUrl: site },
      ),
    ).toBeUndefined();
    expect(
      oembedResponse(
        { kind: 'event', slug: 'khong-co', lang: 'vi' },
        { catalogue, dict: vi, siteUrl: site },
      ),
    ).toBeUndefined();
  });

  it('escapes what it puts into the embed code', () => {
    expect(
      iframeHtml('https://x.test/?a=1&b="2"', { width: 300, height: 200 }, 'A "B" <C>'),
    ).toContain(
      'src="https://x.test/?a=1&amp;b=&quot;2&quot;" width="300" height="200" title="A &quot;B&quot; &lt;C&gt;"',
    );
  });
});

describe('thumbnails', () => {
  const photo: Image = {
    src: '/images/photos/toi.jpg',
    alt: { vi: 'Tỏi' },
    credit: 'Báo Quảng Ngãi',
    license: 'CC BY 4.0',
    width: 640,
    height: 427,
  };
  it('offers a photo that fits the maximum size, with its dimensions', () => {
    expect(thumbnailFor(photo, site, {})).toEqual({
      thumbnail_url: `${site}/images/photos/toi.jpg`,
      thumbnail_width: 640,
      thumbnail_height: 427,
    });
    expect(thumbnailFor(photo, site, { maxWidth: 640, maxHeight: 480 })).toBeDefined();
  });
  it('leaves out SVG illustrations and photos larger than the maximum', () => {
    expect(thumbnailFor({ ...photo, src: '/images/groups/food.svg' }, site, {})).toBeUndefined();
    expect(thumbnailFor(photo, site, { maxWidth: 360 })).toBeUndefined();
    expect(thumbnailFor(undefined, site, {})).toBeUndefined();
  });
});

describe('oEmbed discovery', () => {
  it('gives the alternate link Next renders in the page head', () => {
    expect(oembedAlternate(productPage, site, 'Mạch nha')).toEqual({
      'application/json+oembed': [
        {
          url: `${site}/api/oembed?url=${encodeURIComponent(productPage)}&format=json`,
          title: 'Mạch nha',
        },
      ],
    });
  });

  it('is added beside the hreflang links and feeds a page already has', () => {
    const alternates = withOembedDiscovery(
      {
        canonical: '/vi/products/mach-nha-mantoza',
        languages: { en: '/en/products/mach-nha-mantoza' },
        types: { 'application/rss+xml': [{ url: '/feeds/news.xml', title: 'Tin' }] },
      },
      productPage,
      site,
      'Mạch nha',
    );
    expect(alternates.canonical).toBe('/vi/products/mach-nha-mantoza');
    expect(alternates.languages).toEqual({ en: '/en/products/mach-nha-mantoza' });
    expect(Object.keys(alternates.types ?? {})).toEqual([
      'application/rss+xml',
      'application/json+oembed',
    ]);
  });
});
