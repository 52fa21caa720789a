import { describe, expect, it } from 'vitest';
import { extractHtmlLinks, parseSrcset } from '@/scripts/check-links/extract-html';

/** The head and a slice of the body of a product page, as the site serves it. */
const productPage = `<!DOCTYPE html><html lang="vi"><head>
<meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/0qand7v046fal.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0-o38y6wyw0u1.js"/>
<link rel="preconnect" href="https://tile.openstreetmap.org"/>
<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>
<title>Sâm Ngọc Linh tươi</title>
<link rel="canonical" href="http://127.0.0.1:3100/vi/products/sam-ngoc-linh-tuoi"/>
<link rel="alternate" hrefLang="en" href="http://127.0.0.1:3100/en/products/sam-ngoc-linh-tuoi"/>
<link rel="alternate" type="application/json+oembed" href="http://127.0.0.1:3100/api/oembed?url=http%3A%2F%2F127.0.0.1%3A3100%2Fvi%2Fproducts%2Fsam-ngoc-linh-tuoi&amp;format=json" title="Sâm"/>
<meta property="og:image" content="http://127.0.0.1:3100/vi/products/sam-ngoc-linh-tuoi/og.png"/>
<meta name="twitter:image" content="http://127.0.0.1:3100/vi/products/sam-ngoc-linh-tuoi/og.png"/>
<meta name="description" content="http://not-a-link.example/ in a description"/>
<link rel="icon" href="/icon.svg?icon.2hmfhni7pl-xy.svg" sizes="any" type="image/svg+xml"/>
</head><body>
<a href="#main-content">Bỏ qua</a>
<a href="/vi/producers/sam-ngoc-linh-kon-tum">Nhà sản xuất</a>
<a href="mailto:samngoclinh@example.com">Thư</a>
<img src="/images/groups/herbal.svg" alt=""/>
<picture><source srcSet="/images/a-400.webp 400w, /images/a-800.webp 800w" type="image/webp"/></picture>
<iframe src="/embed/products/sam-ngoc-linh-tuoi?lang=vi" title="Thẻ"></iframe>
<form action="/vi/verify" method="get"><input name="code"/></form>
<form action="/api/revalidate" method="post"></form>
<script>self.__next_f.push([1,"<a href=\\"/vi/not-a-real-link\\">"])</script>
<template><a href="/vi/inside-template">in a template</a></template>
</body></html>`;

describe('extractHtmlLinks', () => {
  const { links, isNoindex, isNotFoundPage } = extractHtmlLinks(productPage);
  const bySource = (source: string) =>
    links.filter((link) => link.source === source).map((link) => link.href);

  it('reads anchors, images, frames, GET forms and scripts', () => {
    expect(bySource('a[href]')).toEqual([
      '#main-content',
      '/vi/producers/sam-ngoc-linh-kon-tum',
      'mailto:samngoclinh@example.com',
      '/vi/inside-template',
    ]);
    expect(bySource('img[src]')).toEqual(['/images/groups/herbal.svg']);
    expect(bySource('source[srcset]')).toEqual(['/images/a-400.webp', '/images/a-800.webp']);
    expect(bySource('iframe[src]')).toEqual(['/embed/products/sam-ngoc-linh-tuoi?lang=vi']);
    expect(bySource('form[action]')).toEqual(['/vi/verify']);
    expect(bySource('script[src]')).toEqual(['/_next/static/chunks/turbopack-077hmtqrhcoji.js']);
  });

  it('reads every <link> with its rel, decoding entities, but not connection hints', () => {
    expect(bySource('link[rel=canonical][href]')).toEqual([
      'http://127.0.0.1:3100/vi/products/sam-ngoc-linh-tuoi',
    ]);
    expect(bySource('link[rel=alternate][href]')).toEqual([
      'http://127.0.0.1:3100/en/products/sam-ngoc-linh-tuoi',
      'http://127.0.0.1:3100/api/oembed?url=http%3A%2F%2F127.0.0.1%3A3100%2Fvi%2Fproducts%2Fsam-ngoc-linh-tuoi&format=json',
    ]);
    expect(bySource('link[rel=stylesheet][href]')).toHaveLength(1);
    expect(bySource('link[rel=icon][href]')).toEqual(['/icon.svg?icon.2hmfhni7pl-xy.svg']);
    expect(links.some((link) => link.href.includes('openstreetmap'))).toBe(false);
  });

  it('reads card images from meta tags, and nothing from other meta content', () => {
    expect(bySource('meta[og:image]')).toHaveLength(1);
    expect(bySource('meta[twitter:image]')).toHaveLength(1);
    expect(links.some((link) => link.href.includes('not-a-link'))).toBe(false);
  });

  it('does not take markup inside scripts for links', () => {
    expect(links.some((link) => link.href.includes('not-a-real-link'))).toBe(false);
  });

  it('is an ordinary page, indexable', () => {
    expect(isNoindex).toBe(false);
    expect(isNotFoundPage).toBe(false);
  });

  it('finds the base URL of a document that sets one', () => {
    expect(extractHtmlLinks('<base href="/vi/"><a href="about">x</a>').baseHref).toBe('/vi/');
  });

  it('follows a meta refresh', () => {
    const html = '<meta http-equiv="refresh" content="0; url=\'/vi\'">';
    expect(extractHtmlLinks(html).links).toEqual([
      { href: '/vi', source: 'meta[http-equiv=refresh]' },
    ]);
  });
});

describe("Next's not-found page served with 200", () => {
  it('is recognised by noindex plus the not-found digest in the flight data', () => {
    const notFound = `<html><head><meta name="robots" content="noindex"/></head><body>
      <h1>Không tìm thấy trang</h1>
      <script>self.__next_f.push([1,"20:E{\\"digest\\":\\"NEXT_HTTP_ERROR_FALLBACK;404\\"}\\n"])</script>
      </body></html>`;
    expect(extractHtmlLinks(notFound)).toMatchObject({ isNoindex: true, isNotFoundPage: true });
  });

  it('is not confused with a page that is merely noindex (an embed card)', () => {
    const embed =
      '<html><head><meta name="robots" content="noindex"></head><body>card</body></html>';
    expect(extractHtmlLinks(embed)).toMatchObject({ isNoindex: true, isNotFoundPage: false });
  });
});

describe('parseSrcset', () => {
  it('splits candidates and drops descriptors', () => {
    expect(parseSrcset('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(parseSrcset('/a.png')).toEqual(['/a.png']);
    expect(parseSrcset('  /a.png   400w ,\n/b.png 800w  ')).toEqual(['/a.png', '/b.png']);
  });

  it('keeps commas inside URLs, as the HTML standard does', () => {
    expect(parseSrcset('/_next/image?url=%2Fa.png&w=640&q=75 640w, /img/a,b.png 2x')).toEqual([
      '/_next/image?url=%2Fa.png&w=640&q=75',
      '/img/a,b.png',
    ]);
    expect(parseSrcset('/a.png,/b.png 2x')).toEqual(['/a.png,/b.png']);
    expect(parseSrcset('/a.png, /b.png')).toEqual(['/a.png', '/b.png']);
  });

  it('is empty for an empty value', () => {
    expect(parseSrcset('  ,  ')).toEqual([]);
  });
});
