import { describe, expect, it } from 'vitest';
import {
  createLinkPolicy,
  displayPath,
  isAbsoluteWebUrl,
  normaliseQuery,
  resolveLink,
} from '@/scripts/check-links/urls';

// The server under test listens on 3600; the build wrote absolute links for 3100.
const policy = createLinkPolicy('http://127.0.0.1:3600', ['http://127.0.0.1:3100']);
const page = 'http://127.0.0.1:3600/vi/products/sam-ngoc-linh-tuoi';
const resolve = (href: string, from = page) => resolveLink(href, from, policy);

describe('resolveLink', () => {
  it('resolves site paths and relative links against the document', () => {
    expect(resolve('/vi/products')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/vi/products',
    });
    expect(resolve('og.png')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/vi/products/og.png',
    });
    expect(resolve('../producers/x')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/vi/producers/x',
    });
  });

  it("moves links written for the build's SITE_URL onto the server being checked", () => {
    expect(resolve('http://127.0.0.1:3100/feeds/news.xml')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/feeds/news.xml',
    });
  });

  it('keeps the query (parameters in a fixed order, as written) and drops the fragment', () => {
    expect(resolve('/vi/products?stars=4&group=food#results')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/vi/products?group=food&stars=4',
    });
    // A value-less parameter (Next's cache-busting `?d20fca…`) stays value-less.
    expect(resolve('/vi/opengraph-image?d20fca8833520e5e')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/vi/opengraph-image?d20fca8833520e5e',
    });
  });

  it('treats a webcal subscription to the site as its http twin', () => {
    expect(resolve('webcal://127.0.0.1:3100/feeds/events.ics?lang=vi')).toEqual({
      kind: 'internal',
      url: 'http://127.0.0.1:3600/feeds/events.ics?lang=vi',
    });
  });

  it('lists other origins as external, including another port on the same host', () => {
    expect(resolve('https://creativecommons.org/licenses/by/4.0/')).toEqual({
      kind: 'external',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(resolve('http://127.0.0.1:3200/vi').kind).toBe('external');
    expect(resolve('//example.com/x')).toEqual({ kind: 'external', url: 'http://example.com/x' });
  });

  it('ignores mail, phone, data and same-document links', () => {
    for (const href of [
      'mailto:ocop.sample@example.org',
      'tel:02553000001',
      'data:image/svg+xml;utf8,%3Csvg%3E',
      'javascript:void(0)',
      '#main-content',
      '  ',
    ]) {
      expect(resolve(href).kind, href).toBe('ignored');
    }
  });

  it('reports what is not a URL at all', () => {
    expect(resolve('http://exa mple.com/').kind).toBe('invalid');
    expect(resolve('http://[::1/').kind).toBe('invalid');
  });
});

describe('createLinkPolicy', () => {
  it('counts the default port of a scheme as written out', () => {
    const site = createLinkPolicy('http://127.0.0.1:3600', ['https://ocop.example']);
    expect(resolveLink('https://ocop.example:443/vi', page, site).kind).toBe('internal');
    expect(resolveLink('http://ocop.example/vi', page, site).kind).toBe('external');
  });

  it('refuses a base that is not a web URL', () => {
    expect(() => createLinkPolicy('ftp://127.0.0.1')).toThrow(/http or https/);
  });
});

describe('helpers', () => {
  it('normaliseQuery sorts parameters without re-encoding them', () => {
    const url = normaliseQuery(new URL('http://a.test/x?url=http%3A%2F%2Fb&format=json&a'));
    expect(url.search).toBe('?a&format=json&url=http%3A%2F%2Fb');
    expect(normaliseQuery(new URL('http://a.test/x?')).href).toBe('http://a.test/x');
  });

  it('isAbsoluteWebUrl accepts only whole absolute web URLs', () => {
    expect(isAbsoluteWebUrl('http://127.0.0.1:3100/vi/products/a')).toBe(true);
    expect(isAbsoluteWebUrl(' https://example.com/dori ')).toBe(true);
    expect(isAbsoluteWebUrl('/vi/products/a')).toBe(false);
    expect(isAbsoluteWebUrl('tag:ocop.quangngai.vn,2026:vi/news/a')).toBe(false);
    expect(isAbsoluteWebUrl('see https://example.com')).toBe(false);
  });

  it('displayPath shortens internal URLs to path and query', () => {
    expect(displayPath('http://127.0.0.1:3600/vi?x=1', policy)).toBe('/vi?x=1');
    expect(displayPath('https://example.com/a', policy)).toBe('https://example.com/a');
  });
});
