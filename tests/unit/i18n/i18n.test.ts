import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/dictionaries/en';
import { languageOfPath } from '@/lib/i18n/dictionaries/status-pages';
import { vi } from '@/lib/i18n/dictionaries/vi';
import {
  dateTimeFormat,
  formatDate,
  formatDateTime,
  formatNumber,
  formatVnd,
  numberFormat,
} from '@/lib/i18n/format';
import { fill, localize } from '@/lib/i18n/localize';
import { isLocale, negotiateLocale } from '@/lib/i18n/locales';
import { switchLanguagePath } from '@/lib/i18n/paths';

describe('negotiateLocale', () => {
  it.each([
    [null, 'vi'],
    ['', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en;q=0.5,vi;q=0.9', 'vi'],
    ['fr-FR,fr;q=0.9', 'vi'],
    ['fr-FR,en;q=0.5', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('knows only vi and en', () => {
    expect([isLocale('vi'), isLocale('en'), isLocale('fr'), isLocale(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('switchLanguagePath', () => {
  it('keeps the page', () => {
    expect(switchLanguagePath('/vi/products/toi-ly-son', 'en')).toBe('/en/products/toi-ly-son');
    expect(switchLanguagePath('/en', 'vi')).toBe('/vi');
  });
  it('does not touch a segment that merely starts like a language', () => {
    expect(switchLanguagePath('/vietnam', 'en')).toBe('/en');
  });
  it('finds the language of a path', () => {
    expect([
      languageOfPath('/en/x'),
      languageOfPath('/en'),
      languageOfPath('/english'),
      languageOfPath(null),
    ]).toEqual(['en', 'en', 'vi', 'vi']);
  });
});

describe('localize', () => {
  it('uses English when there is English', () => {
    expect(localize({ vi: 'Tỏi', en: 'Garlic' }, 'en')).toEqual({
      text: 'Garlic',
      lang: 'en',
      isFallback: false,
    });
  });
  it('falls back to Vietnamese and says so', () => {
    expect(localize({ vi: 'Tỏi' }, 'en')).toEqual({ text: 'Tỏi', lang: 'vi', isFallback: true });
    expect(localize({ vi: 'Tỏi' }, 'vi').isFallback).toBe(false);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{count} sao, {x}', { count: 4 })).toBe('4 sao, {x}');
  });
});

describe('dictionaries', () => {
  const leaves = (value: unknown, prefix = ''): [string, unknown][] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, child]) =>
          leaves(child, prefix ? `${prefix}.${key}` : key),
        )
      : [[prefix, value]];

  it('have the same keys in both languages, none empty', () => {
    const viLeaves = leaves(vi);
    const enLeaves = leaves(en);
    expect(enLeaves.map(([key]) => key)).toEqual(viLeaves.map(([key]) => key));
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect(text, key).toMatch(/\S/);
  });
  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(leaves(en));
    for (const [key, text] of leaves(vi))
      expect(placeholders(enByKey.get(key)), key).toEqual(placeholders(text));
  });
});

describe('formatting', () => {
  it('writes calendar dates as each language expects, without shifting the day', () => {
    expect(formatDate('2023-12-25', 'vi')).toBe('25/12/2023');
    expect(formatDate('2023-12-25', 'en')).toBe('25 Dec 2023');
  });
  it('shows moments in the province time zone', () => {
    expect(formatDate('2025-08-28T18:00:00Z', 'vi')).toBe('29/08/2025');
    expect(formatDateTime('2025-08-28T18:00:00Z', 'en')).toMatch(/29 Aug 2025.*01:00/);
  });
  it('writes money in đồng', () => {
    expect(formatVnd(150000, 'vi')).toMatch(/^150\.000\s₫$/);
  });
  it('builds each formatter once per language and options, and keeps them apart', () => {
    const monthOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('vi', monthOptions)).toBe(dateTimeFormat('vi', { ...monthOptions }));
    expect(dateTimeFormat('en', monthOptions)).not.toBe(dateTimeFormat('vi', monthOptions));
    expect(numberFormat('vi', { style: 'percent' })).not.toBe(numberFormat('vi'));
    expect(formatNumber(12345, 'vi')).toBe('12.345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    // A calendar date (read in UTC) and a moment (read in the province) of one language, in turn.
    expect(formatDate('2025-08-28T18:00:00Z', 'vi')).toBe('29/08/2025');
    expect(formatDate('2025-08-28', 'vi')).toBe('28/08/2025');
    expect(formatDate('2025-08-28T18:00:00Z', 'vi')).toBe('29/08/2025');
  });
});
