import { describe, expect, it } from 'vitest';
import { crawl, type FetchedResponse, type Fetcher } from '@/scripts/check-links/crawl';
import { buildReport, formatReport } from '@/scripts/check-links/report';
import { createLinkPolicy } from '@/scripts/check-links/urls';

const base = 'http://127.0.0.1:3600';
const built = 'http://127.0.0.1:3100';
const policy = createLinkPolicy(base, [built]);
const limits = { maxUrls: 100, maxVariantsPerPath: 3, identityParams: ['url'] };

const html = (body: string): FetchedResponse => ({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  location: null,
  body: `<!DOCTYPE html><html><head></head><body>${body}</body></html>`,
});
const redirect = (status: number, location: string): FetchedResponse => ({
  status,
  contentType: null,
  location,
  body: null,
});
const notFound: FetchedResponse = {
  status: 404,
  contentType: 'text/html',
  location: null,
  body: '',
};

/** A small site: two home pages, a catalogue with many pages, feeds, a data file, a few faults. */
const site: Record<string, FetchedResponse | 'refused'> = {
  '/': redirect(307, '/vi'),
  '/vi': html(`
    <a href="/vi/products">Sản phẩm</a>
    <a href="/vi/products#top">Sản phẩm</a>
    <a href="/vi/missing">Mất</a>
    <a href="${built}/en">English</a>
    <a href="https://example.com/partner">Đối tác</a>
    <a href="mailto:ocop@example.org">Thư</a>
    <img src="/images/logo.svg" alt="">
    <link rel="alternate" type="application/rss+xml" href="${built}/feeds/news.xml">`),
  '/en': html(`<a href="/vi">Tiếng Việt</a><a href="/old-products">Products</a>
    <a href="/vi/missing">Missing</a><a href="/vi/down">Down</a>`),
  '/old-products': redirect(308, '/en/products'),
  '/en/products': html('<a href="/en">Home</a>'),
  '/vi/products': html(
    Array.from({ length: 8 }, (_, i) => `<a href="/vi/products?page=${i + 2}">${i + 2}</a>`).join(
      '',
    ),
  ),
  '/images/logo.svg': { status: 200, contentType: 'image/svg+xml', location: null, body: '<svg/>' },
  '/feeds/news.xml': {
    status: 200,
    contentType: 'application/rss+xml; charset=utf-8',
    location: null,
    body: `<rss version="2.0"><channel><link>${built}/vi/news</link>
      <item><link>${built}/vi/news/gone</link></item></channel></rss>`,
  },
  '/vi/news': html('<a href="/data/points.geojson">GeoJSON</a>'),
  // notFound() after streaming began: 200, noindex, and the digest in the flight data.
  '/vi/news/gone': html(
    '<meta name="robots" content="noindex"><script>self.__next_f.push([1,"E{\\"digest\\":\\"NEXT_HTTP_ERROR_FALLBACK;404\\"}"])</script>',
  ),
  '/data/points.geojson': {
    status: 200,
    contentType: 'application/geo+json',
    location: null,
    body: JSON.stringify({
      type: 'FeatureCollection',
      features: [{ properties: { url: `${built}/vi/where-to-buy/cho-gone` } }],
    }),
  },
  '/vi/down': 'refused',
};
for (let page = 2; page <= 9; page += 1) site[`/vi/products?page=${page}`] = html('');

function fakeFetcher(pages: typeof site = site, delayMs: (url: string) => number = () => 1) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetcher: Fetcher = async (url) => {
    calls.push(url);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, delayMs(url)));
    inFlight -= 1;
    const parsed = new URL(url);
    const answer = pages[`${parsed.pathname}${parsed.search}`] ?? notFound;
    if (answer === 'refused') throw new Error('connect ECONNREFUSED');
    return answer;
  };
  return { fetcher, calls, maxInFlight: () => maxInFlight };
}

async function run() {
  const fake = fakeFetcher();
  const result = await crawl({
    policy,
    starts: ['/', '/vi', '/en'],
    optionalStarts: ['/sitemap.xml'],
    fetcher: fake.fetcher,
    limits,
    concurrency: 2,
  });
  return { fake, result, report: buildReport(result, { policy, limits }) };
}

describe('crawl', () => {
  it('fetches each internal URL once, from the base, whatever origin or fragment the link had', async () => {
    const { fake } = await run();
    expect(new Set(fake.calls).size).toBe(fake.calls.length);
    expect(fake.calls.every((url) => url.startsWith(`${base}/`))).toBe(true);
    expect(fake.calls).toContain(`${base}/feeds/news.xml`);
    expect(fake.calls).not.toContain(`${base}/vi/products#top`);
  });

  it('never fetches external links, and lists them with who links to them', async () => {
    const { fake, report } = await run();
    expect(fake.calls.some((url) => url.includes('example.com'))).toBe(false);
    expect(report.external).toEqual([
      {
        url: 'https://example.com/partner',
        linkedFromCount: 1,
        linkedFrom: [{ from: '/vi', source: 'a[href]' }],
      },
    ]);
  });

  it('gives the same answer whatever order the answers come in', async () => {
    const crawlWith = async (delayMs: (url: string) => number) => {
      const result = await crawl({
        policy,
        starts: ['/', '/vi', '/en'],
        fetcher: fakeFetcher(site, delayMs).fetcher,
        limits,
        concurrency: 4,
      });
      return {
        checked: result.checked.map((entry) => entry.url),
        skipped: [...result.skipped.keys()],
      };
    };
    const forwards = await crawlWith((url) => url.length % 7);
    const backwards = await crawlWith((url) => 7 - (url.length % 7));
    expect(backwards).toEqual(forwards);
  });

  it('keeps to the concurrency it is given', async () => {
    const { fake } = await run();
    expect(fake.maxInFlight()).toBeLessThanOrEqual(2);
  });

  it('checks at most the per-path number of query variants, and reports the rest', async () => {
    const { fake, report } = await run();
    expect(fake.calls.filter((url) => url.includes('/vi/products?'))).toHaveLength(3);
    expect(report.skipped).toEqual([
      {
        path: '/vi/products',
        count: 5,
        limit: 'per path',
        examples: ['/vi/products?page=5', '/vi/products?page=6', '/vi/products?page=7'],
      },
    ]);
  });
});

describe('buildReport', () => {
  it('lists each broken URL with the documents that link to it, feeds and data files included', async () => {
    const { report } = await run();
    expect(report.broken).toEqual([
      {
        url: '/vi/down',
        status: null,
        problem: 'no answer: connect ECONNREFUSED',
        linkedFrom: [{ from: '/en', source: 'a[href]' }],
        linkedFromCount: 1,
      },
      {
        url: '/vi/missing',
        status: 404,
        problem: 'status 404',
        linkedFrom: [
          { from: '/vi', source: 'a[href]' },
          { from: '/en', source: 'a[href]' },
        ],
        linkedFromCount: 2,
      },
      {
        url: '/vi/news/gone',
        status: 200,
        problem: 'the not-found page, served with status 200',
        linkedFrom: [{ from: '/feeds/news.xml', source: '<link>' }],
        linkedFromCount: 1,
      },
      {
        url: '/vi/where-to-buy/cho-gone',
        status: 404,
        problem: 'status 404',
        linkedFrom: [{ from: '/data/points.geojson', source: 'json features[].properties.url' }],
        linkedFromCount: 1,
      },
    ]);
    expect(report.isOk).toBe(false);
  });

  it("reports redirects apart, the language choice at / as expected, with the target's answer", async () => {
    const { report } = await run();
    expect(report.redirects).toEqual([
      {
        url: '/',
        status: 307,
        to: '/vi',
        targetStatus: 200,
        isExpected: true,
        linkedFrom: [{ from: '(start)', source: 'start' }],
        linkedFromCount: 1,
      },
      {
        url: '/old-products',
        status: 308,
        to: '/en/products',
        targetStatus: 200,
        isExpected: false,
        linkedFrom: [{ from: '/en', source: 'a[href]' }],
        linkedFromCount: 1,
      },
    ]);
    expect(report.counts).toMatchObject({ redirects: 2, unexpectedRedirects: 1, broken: 4 });
  });

  it('notes a missing optional start URL without failing on it', async () => {
    const { report } = await run();
    expect(report.missingOptional).toEqual([{ url: '/sitemap.xml', status: 404 }]);
    expect(report.broken.some((link) => link.url === '/sitemap.xml')).toBe(false);
  });

  it('passes a site whose links all answer', async () => {
    const fake = fakeFetcher({
      '/vi': html('<a href="/vi/about">Giới thiệu</a><a href="https://example.com/">x</a>'),
      '/vi/about': html(`<a href="${built}/vi">Trang chủ</a>`),
    });
    const result = await crawl({
      policy,
      starts: ['/vi'],
      fetcher: fake.fetcher,
      limits,
    });
    const report = buildReport(result, { policy, limits });
    expect(report.isOk).toBe(true);
    expect(report.counts).toMatchObject({ checked: 2, pages: 2, broken: 0 });
    expect(formatReport(report)).toContain('OK: every internal link answers 200.');
  });
});

describe('formatReport', () => {
  it('prints the counts, each broken link with where it is linked from, and the verdict', async () => {
    const { report } = await run();
    const text = formatReport(report);
    expect(text).toContain('internal URLs checked in');
    expect(text).toMatch(
      /404 {2}\/vi\/missing {2}status 404\n {7}linked from \/vi \(a\[href\]\), \/en \(a\[href\]\)/,
    );
    expect(text).toContain('308  /old-products → /en/products [200]');
    expect(text).toContain('307  / → /vi [200] (expected)');
    expect(text).toContain('/vi/products: 5 URLs over the per path limit');
    expect(text).toContain('/sitemap.xml (404)');
    expect(text.trimEnd().endsWith('FAILED: 4 broken internal links.')).toBe(true);
  });
});
