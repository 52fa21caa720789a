import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import {
  isPreviewSecret,
  previewContentTypes,
  resolvePreviewLink,
  toPreviewPath,
} from '@/lib/preview/preview-link';

const secret = 'e2e-preview-secret';
const link = (query: string) => resolvePreviewLink(new URLSearchParams(query), secret);

describe('the preview secret', () => {
  it('matches only the configured secret', () => {
    expect(isPreviewSecret(secret, secret)).toBe(true);
    expect(isPreviewSecret('e2e-preview-secreT', secret)).toBe(false);
    expect(isPreviewSecret(`${secret}x`, secret)).toBe(false);
    expect(isPreviewSecret('', secret)).toBe(false);
    expect(isPreviewSecret(undefined, secret)).toBe(false);
  });

  it('matches nothing when no secret is configured, not even an empty one', () => {
    expect(isPreviewSecret('', undefined)).toBe(false);
    expect(isPreviewSecret('', '')).toBe(false);
    expect(isPreviewSecret('anything', undefined)).toBe(false);
  });

  it('is an optional variable, blank meaning unset', () => {
    expect(parseEnv({}).CONTENTFUL_PREVIEW_SECRET).toBeUndefined();
    expect(parseEnv({ CONTENTFUL_PREVIEW_SECRET: '  ' }).CONTENTFUL_PREVIEW_SECRET).toBeUndefined();
    expect(parseEnv({ CONTENTFUL_PREVIEW_SECRET: secret }).CONTENTFUL_PREVIEW_SECRET).toBe(secret);
  });
});

describe('an editor’s preview link', () => {
  it('opens the product page with the right secret', () => {
    expect(link(`secret=${secret}&contentType=product&slug=mach-nha-mantoza&lang=vi`)).toEqual({
      ok: true,
      path: '/vi/products/mach-nha-mantoza',
    });
  });

  it('is refused with 401 when the secret is wrong, missing, repeated or not configured', () => {
    const query = 'contentType=product&slug=mach-nha-mantoza';
    for (const result of [
      link(`secret=wrong&${query}`),
      link(query),
      link(`secret=&${query}`),
      link(`secret=${secret}&secret=${secret}&${query}`),
      resolvePreviewLink(new URLSearchParams(`secret=${secret}&${query}`), undefined),
    ]) {
      expect(result).toMatchObject({ ok: false, status: 401 });
      expect(result.ok || result.issues.map((i) => i.parameter)).toEqual(['secret']);
    }
  });

  it('checks the secret before anything else, so a caller without it learns nothing', () => {
    expect(link('secret=wrong&contentType=nonsense&slug=../x')).toMatchObject({ status: 401 });
  });

  it('maps every content type to its public page', () => {
    const cases: [string, string][] = [
      ['contentType=product&slug=mach-nha-mantoza', '/vi/products/mach-nha-mantoza'],
      ['contentType=producer&slug=htx-a&lang=en', '/en/producers/htx-a'],
      ['contentType=event&slug=hoi-cho-2025', '/vi/events/hoi-cho-2025'],
      ['contentType=retailPoint&slug=diem-ban-1&lang=en', '/en/where-to-buy/diem-ban-1'],
      ['contentType=article&slug=tin-moi', '/vi/news/tin-moi'],
      ['contentType=siteSettings', '/vi'],
      ['contentType=siteSettings&slug=&lang=en', '/en'],
      ['contentType=groupScheme', '/vi/about'],
      ['contentType=evaluationRound&slug=2024-1', '/vi/about'],
      ['contentType=area&slug=ly-son', '/vi/products?area=ly-son'],
      ['contentType=area', '/vi/products'],
    ];
    for (const [query, path] of cases) {
      expect(link(`secret=${secret}&${query}`), query).toEqual({ ok: true, path });
    }
  });

  it('needs a slug for types with a page per entry', () => {
    for (const contentType of ['product', 'producer', 'event', 'retailPoint', 'article']) {
      const result = link(`secret=${secret}&contentType=${contentType}&slug=`);
      expect(result).toMatchObject({ ok: false, status: 400, issues: [{ parameter: 'slug' }] });
    }
  });

  it('refuses with 400 slugs that are not slugs (paths, traversal, upper case, URLs)', () => {
    for (const slug of [
      '../x',
      'a/b',
      '..',
      'A',
      'a--b',
      '-a',
      '%2e%2e',
      '//evil.example',
      'a?b=c',
    ]) {
      const query = new URLSearchParams({ secret, contentType: 'product', slug });
      const result = resolvePreviewLink(query, secret);
      expect(result, slug).toMatchObject({ ok: false, status: 400 });
      expect(result.ok || result.issues.map((i) => i.parameter), slug).toEqual(['slug']);
    }
  });

  it('refuses with 400 an unknown content type or language, naming the parameter', () => {
    expect(link(`secret=${secret}&contentType=asset&slug=x`)).toMatchObject({
      status: 400,
      issues: [{ parameter: 'contentType' }],
    });
    for (const lang of ['fr', 'vi-VN', 'EN', '/evil']) {
      expect(
        link(`secret=${secret}&contentType=product&slug=x&lang=${encodeURIComponent(lang)}`),
        lang,
      ).toMatchObject({ status: 400, issues: [{ parameter: 'lang' }] });
    }
  });

  it('never yields a path outside the site’s language sections, whatever the input', () => {
    const values = ['', 'x', '../x', 'a/b', '//evil.example', 'https://evil.example', 'vi', 'en'];
    const keys = ['contentType', 'slug', 'lang', 'path', 'redirect'];
    const types = [...previewContentTypes, 'asset', ''];
    let opened = 0;
    for (const contentType of types) {
      for (const slug of values) {
        for (const lang of [...values, 'fr']) {
          const query = new URLSearchParams({ secret, contentType, slug, lang });
          for (const key of keys) query.append(`${key}x`, slug);
          const result = resolvePreviewLink(query, secret);
          if (!result.ok) continue;
          opened++;
          expect(result.path, query.toString()).toMatch(
            /^\/(vi|en)(\/[a-z0-9-/]*)?(\?area=[a-z0-9-]+)?$/,
          );
          expect(result.path).not.toMatch(/\/\/|\.\./);
        }
      }
    }
    expect(opened).toBeGreaterThan(0);
  });

  it('builds paths from the mapping alone', () => {
    expect(toPreviewPath('event', 'en', 'hoi-cho')).toBe('/en/events/hoi-cho');
  });
});
