import { describe, expect, it } from 'vitest';
import { toSameSitePath } from '@/lib/preview/same-site-path';

describe('where leaving preview goes back to', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(toSameSitePath('/vi/products/mach-nha-mantoza')).toBe('/vi/products/mach-nha-mantoza');
    expect(toSameSitePath('/en/products?group=food&page=2#list')).toBe(
      '/en/products?group=food&page=2#list',
    );
  });

  it('percent-encodes what a Location header cannot carry', () => {
    expect(toSameSitePath('/vi/tìm kiếm')).toBe('/vi/t%C3%ACm%20ki%E1%BA%BFm');
  });

  it('falls back to the root when there is no path', () => {
    expect(toSameSitePath(null)).toBe('/');
    expect(toSameSitePath(undefined)).toBe('/');
    expect(toSameSitePath('')).toBe('/');
  });

  it('never leads to another site', () => {
    for (const candidate of [
      '//evil.example',
      '//evil.example/vi',
      // Dot segments resolved against the root leave two slashes (found by the fuzz test).
      '/..//evil.example',
      '/.//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/vi\\..\\..\\evil',
      'https://evil.example/vi',
      'http:/evil.example',
      'javascript:alert(1)',
      'evil.example',
      'vi/products',
      '/\t/evil.example',
      '/\n/evil.example',
      ' /vi',
      `/${'a'.repeat(3000)}`,
    ]) {
      expect(toSameSitePath(candidate), JSON.stringify(candidate)).toBe('/');
    }
  });

  it('keeps what stays on this site however odd, resolved', () => {
    expect(toSameSitePath('/vi/../en')).toBe('/en');
    expect(toSameSitePath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(toSameSitePath('/https://evil.example')).toBe('/https://evil.example');
  });
});
