/**
 * An inverted index of folded words beside MiniSearch's, kept for what MiniSearch does slowly at
 * national scale: words held by thousands of records ("cơ sở sản xuất", "bình", a prefix such as
 * "ph"). For each word it lists the records and fields that hold it, so a query can mark in one pass
 * over those lists which records hold the word and in which best-boosted field. Records are numbered
 * by position (0, 1, 2…), so that marks go into typed arrays instead of Maps keyed by slug, whose
 * lookups cost about 1 µs each at that scale (cache misses).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { normalizeAccented, tokenize } from './fold';

/** The words of one field of one record. */
export interface FieldWords {
  /** As written (lower-case, accents kept), each after a space: " tỏi lý sơn". */
  accented: string;
  folded: string[];
  /** The folded words joined by spaces, for MiniSearch. */
  foldedText: string;
}

/** Splits a field's text into words, once, for both indexes (see folded-index.ts). */
export function fieldWords(text: string, fold: (word: string) => string): FieldWords {
  const accented = tokenize(normalizeAccented(text));
  const folded = accented.map(fold);
  return { accented: ` ${accented.join(' ')}`, folded, foldedText: folded.join(' ') };
}

export class RecordWords {
  /**
   * Per folded word, in a radix tree (for prefixes and typos): `position * fieldCount + field` for
   * every field of every record holding it, and the number of those records.
   */
  private readonly words = new SearchableMap<{ postings: Int32Array; records: number }>();
  readonly size: number;

  /** `records[position][field]` holds the words of one field of one record. */
  constructor(
    private readonly records: readonly (readonly FieldWords[])[],
    private readonly fieldCount: number,
  ) {
    this.size = records.length;
    const lists = new Map<string, number[]>();
    records.forEach((fields, position) => {
      fields.forEach(({ folded }, field) => {
        for (const word of new Set(folded)) {
          let list = lists.get(word);
          if (!list) lists.set(word, (list = []));
          list.push(position * fieldCount + field);
        }
      });
    });
    for (const [word, list] of lists) {
      this.words.set(word, { postings: Int32Array.from(list), records: this.countRecords(list) });
    }
  }

  /** The records a posting list names: its entries are in order, a record's fields side by side. */
  private countRecords(list: readonly number[]): number {
    let records = 0;
    let previous = -1;
    for (const entry of list) {
      const position = Math.floor(entry / this.fieldCount);
      if (position !== previous) records++;
      previous = position;
    }
    return records;
  }

  /** The word itself, or for a prefix every word it begins: the words it stands for. */
  wordsFor(word: string, prefix: boolean): string[] {
    if (!prefix) return this.words.has(word) ? [word] : [];
    return [...this.words.atPrefix(word).keys()];
  }

  /** The words within one typo of this one (a letter added, dropped or changed). */
  wordsNear(word: string): string[] {
    return [...this.words.fuzzyGet(word, 1).keys()];
  }

  /** How many records hold these words: the sum over them, an upper bound. */
  recordsWith(words: readonly string[]): number {
    return words.reduce((sum, w) => sum + (this.words.get(w)?.records ?? 0), 0);
  }

  /** The words held by more than this many records. */
  wordsHeldByMore(records: number): Set<string> {
    const held = new Set<string>();
    this.words.forEach((word, entry) => {
      if (entry.records > records) held.add(word);
    });
    return held;
  }

  /**
   * Per record (by position), the highest boost among its fields holding one of these words, and 0
   * for a record that holds none.
   */
  bestFieldBoosts(words: readonly string[], fieldBoosts: readonly number[]): Float64Array {
    const best = new Float64Array(this.size);
    for (const w of words) {
      for (const entry of this.words.get(w)?.postings ?? []) {
        const position = Math.floor(entry / this.fieldCount);
        const boost = fieldBoosts[entry % this.fieldCount]!;
        if (boost > best[position]!) best[position] = boost;
      }
    }
    return best;
  }

  /** Whether the record holds a word beginning with this accented word, accents and all. */
  hasAccented(position: number, accentedWord: string): boolean {
    const wanted = ` ${accentedWord}`;
    return this.records[position]?.some((field) => field.accented.includes(wanted)) ?? false;
  }
}
