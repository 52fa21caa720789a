import { describe, expect, it } from 'vitest';
import { foldVietnamese, hasDiacritics, normalizeAccented, tokenize } from '@/lib/search/fold';

describe('foldVietnamese', () => {
  it('makes accented, upper-case and plain writing the same', () => {
    expect(foldVietnamese('Tỏi Lý Sơn')).toBe('toi ly son');
    expect(foldVietnamese('TỎI LÝ SƠN')).toBe('toi ly son');
    expect(foldVietnamese('toi ly son')).toBe('toi ly son');
  });
  it('turns đ and Đ into d, which Unicode decomposition does not', () => {
    expect(foldVietnamese('Đăk Rve, đường phổi')).toBe('dak rve, duong phoi');
  });
  it('folds text written in decomposed form too', () => {
    expect(foldVietnamese('Mộ Đức'.normalize('NFD'))).toBe('mo duc');
  });
});

describe('accents', () => {
  it('tells typed accents apart', () => {
    expect(hasDiacritics('Sơn')).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
    expect(hasDiacritics('Son')).toBe(false);
  });
  it('normalises to composed lower case', () => {
    expect(normalizeAccented('SƠN'.normalize('NFD'))).toBe('sơn');
  });
  it('splits words on anything but letters and digits', () => {
    expect(tokenize('1425/QĐ-UBND, Tỏi  Lý-Sơn')).toEqual([
      '1425',
      'QĐ',
      'UBND',
      'Tỏi',
      'Lý',
      'Sơn',
    ]);
  });
});
