import { describe, expect, it } from 'vitest';
import { buildFoldedIndex, type SearchDocument } from '@/lib/search/folded-index';
import { foldVietnamese } from '@/lib/search/fold';
import { fieldWords, RecordWords } from '@/lib/search/record-words';

const boosts = { name: 4, place: 1 };
const documents: SearchDocument[] = [
  { slug: 'mam-binh-son', name: 'Nước mắm Bình Sơn', place: 'xã Bình Sơn' },
  { slug: 'toi-binh-hai', name: 'Tỏi Bình Hải', place: 'xã Bình Hải' },
  { slug: 'mam-sa-huynh', name: 'Nước mắm Sa Huỳnh', place: 'phường Sa Huỳnh' },
  { slug: 'que-tra-bong', name: 'Quế Trà Bồng', place: 'xã Bình Hương' },
  { slug: 'mat-ong-khuong', name: 'Mật ong Khương', place: 'xã Ba Tơ' },
];
/** Every word held by more than one record counts as common, so a handful of records tries both paths. */
const index = buildFoldedIndex(documents, boosts, 1);
/** Nothing is common: MiniSearch ranks every word, as in a province-sized catalogue. */
const reference = buildFoldedIndex(documents, boosts, Infinity);
const slugs = (query: string) => index.search(query).map((hit) => hit.slug);

describe('record words', () => {
  // Fields: name (boost 4), place (boost 1).
  const words = new RecordWords(
    documents.map((d) => [
      fieldWords(d.name!, foldVietnamese),
      fieldWords(d.place!, foldVietnamese),
    ]),
    2,
  );
  const position = (slug: string) => documents.findIndex((d) => d.slug === slug);

  const recordsWith = (word: string, prefix: boolean) =>
    words.recordsWith(words.wordsFor(word, prefix));

  it('counts the records holding a word, or any word a prefix begins', () => {
    expect(recordsWith('binh', false)).toBe(3);
    expect(recordsWith('khuong', false)).toBe(1);
    expect(words.wordsFor('b', true).sort()).toEqual(['ba', 'binh', 'bong']);
    expect(recordsWith('b', true)).toBe(3 + 1 + 1);
    expect(recordsWith('nothing', false)).toBe(0);
    expect(recordsWith('nothing', true)).toBe(0);
  });

  it('gives each record the boost of its best field holding the word, 0 when none does', () => {
    const best = words.bestFieldBoosts(['binh'], [4, 1]);
    expect(best[position('mam-binh-son')]).toBe(4); // name and place: the name counts
    expect(best[position('que-tra-bong')]).toBe(1); // place only
    expect(best[position('mam-sa-huynh')]).toBe(0);
  });

  it('reads a prefix as every word it begins, and a whole word as itself', () => {
    const prefix = words.bestFieldBoosts(words.wordsFor('khu', true), [4, 1]);
    expect(prefix[position('mat-ong-khuong')]).toBe(4);
    expect(words.wordsFor('khu', false)).toEqual([]);
  });

  it('finds the words one typo away, and the words held by many records', () => {
    expect(words.wordsNear('binhh')).toEqual(['binh']);
    expect(words.wordsNear('khuong').sort()).toEqual(['huong', 'khuong', 'phuong']);
    expect(words.wordsHeldByMore(2)).toEqual(new Set(['binh', 'xa']));
  });

  it('tells the accents a record is written with', () => {
    expect(words.hasAccented(position('mam-binh-son'), 'mắm')).toBe(true);
    expect(words.hasAccented(position('mam-binh-son'), 'mâm')).toBe(false);
  });
});

describe('search with common words', () => {
  it('finds the same records whether common words are scored or checked', () => {
    for (const query of [
      'nuoc mam',
      'Bình Sơn',
      'binh h',
      'xa binh',
      'mat ong',
      'Sa Huỳnh',
      'xã',
    ]) {
      expect(new Set(slugs(query)), query).toEqual(
        new Set(reference.search(query).map((h) => h.slug)),
      );
    }
  });

  it('requires every word when all of them are common, the last as a prefix', () => {
    expect(slugs('xa binh').sort()).toEqual(['mam-binh-son', 'que-tra-bong', 'toi-binh-hai']);
    expect(slugs('xa binh s')).toEqual(slugs('xa binh'));
    expect(slugs('xa binh ha')).toEqual(['toi-binh-hai']);
    expect(slugs('nuoc mam binh')).toEqual(['mam-binh-son']);
  });

  it('ranks a common word in a better-boosted field first', () => {
    // "Bình" is in the name of two records and only in the place of the third.
    expect(slugs('xa binh').at(-1)).toBe('que-tra-bong');
  });

  it('forgives one typo in a word no record holds, and takes a held word as typed', () => {
    expect(slugs('mat ong khuongg')).toEqual(['mat-ong-khuong']);
    // "khuong" is held, so it does not also find Bình Hương, one letter away.
    expect(slugs('khuong')).toEqual(['mat-ong-khuong']);
    expect(reference.search('khuongg').map((h) => h.slug)).toEqual(['mat-ong-khuong']);
  });

  it('reads a typo of a common word as that word', () => {
    // "binhh" is one letter from "binh", held by three records: checked, not scored.
    expect(new Set(slugs('binhh'))).toEqual(
      new Set(['mam-binh-son', 'toi-binh-hai', 'que-tra-bong']),
    );
    expect(new Set(slugs('binhh'))).toEqual(new Set(reference.search('binhh').map((h) => h.slug)));
    expect(slugs('nuoc mam binhh')).toEqual(['mam-binh-son']);
  });

  it('ranks the typed accents first in either path', () => {
    expect(slugs('mắm')[0]).toMatch(/^mam-/);
    expect(slugs('Bình Hải')[0]).toBe('toi-binh-hai');
  });
});
