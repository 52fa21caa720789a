/**
 * An inverted index of folded words beside MiniSearch's, kept for what MiniSearch does slowly at
 * national scale: words held by thousands of records ("cơ sở sản xuất", "bình", a prefix such as
 * "ph"). For each word it lists the records and fields that hold it, so a query can mark in one pass
 * over those lists which records hold the word and in which best-boosted field. Records are numbered
 * by position (0, 1, 2…), so that marks go into typed arrays instead of Maps keyed by slug, whose
 * lookups cost about 1 µs each at that scale (cache misses).
 */
import { normalizeAccented, tokenize } from './fold';

/** The words of one field of one record: as written (lower-case, accents kept) and folded. */
export interface FieldWords {
  accented: readonly string[];
  folded: readonly string[];
}

/** Splits a field's text into words, once, for both indexes (see folded-index.ts). */
export function fieldWords(text: string, fold: (word: string) => string): FieldWords {
  const accented = tokenize(normalizeAccented(text));
  return { accented, folded: accented.map(fold) };
}

export class RecordWords {
  /** Per folded word, `position * fieldCount + field` for every field of every record holding it. */
  private readonly postings = new Map<string, Int32Array>();
  /** Per folded word, the number of records holding it. */
  private readonly recordCounts = new Map<string, number>();
  /** Every folded word, sorted, to find the words a prefix begins. */
  private readonly sortedWords: string[];
  /** Per record, its accented words: " word word". */
  private readonly accented: string[];
  readonly size: number;

  /** `records[position][field]` holds the words of one field of one record. */
  constructor(
    records: readonly (readonly FieldWords[])[],
    private readonly fieldCount: number,
  ) {
    this.size = records.length;
    const lists = new Map<string, number[]>();
    this.accented = records.map((fields, position) => {
      const accentedWords = new Set<string>();
      const recordWords = new Set<string>();
      fields.forEach(({ accented, folded }, field) => {
        for (const word of accented) accentedWords.add(word);
        for (const word of new Set(folded)) {
          let list = lists.get(word);
          if (!list) lists.set(word, (list = []));
          list.push(position * fieldCount + field);
          recordWords.add(word);
        }
      });
      for (const word of recordWords)
        this.recordCounts.set(word, (this.recordCounts.get(word) ?? 0) + 1);
      return ` ${[...accentedWords].join(' ')}`;
    });
    for (const [word, list] of lists) this.postings.set(word, Int32Array.from(list));
    this.sortedWords = [...lists.keys()].sort();
  }

  /** The word itself, or for a prefix every word it begins. */
  private wordsFor(word: string, prefix: boolean): string[] {
    if (!prefix) return this.postings.has(word) ? [word] : [];
    const words: string[] = [];
    for (let i = lowerBound(this.sortedWords, word); i < this.sortedWords.length; i++) {
      const candidate = this.sortedWords[i]!;
      if (!candidate.startsWith(word)) break;
      words.push(candidate);
    }
    return words;
  }

  /** How many records hold the word; for a prefix, the sum over the words it begins (an upper bound). */
  recordsWith(word: string, prefix: boolean): number {
    return this.wordsFor(word, prefix).reduce((sum, w) => sum + this.recordCounts.get(w)!, 0);
  }

  /**
   * Per record (by position), the highest boost among its fields holding the word (or a word the
   * prefix begins), and 0 for a record that does not hold it.
   */
  bestFieldBoosts(word: string, prefix: boolean, fieldBoosts: readonly number[]): Float64Array {
    const best = new Float64Array(this.size);
    for (const w of this.wordsFor(word, prefix)) {
      for (const entry of this.postings.get(w)!) {
        const position = Math.floor(entry / this.fieldCount);
        const boost = fieldBoosts[entry % this.fieldCount]!;
        if (boost > best[position]!) best[position] = boost;
      }
    }
    return best;
  }

  /** Whether the record holds a word beginning with this accented word, accents and all. */
  hasAccented(position: number, accentedWord: string): boolean {
    return this.accented[position]?.includes(` ${accentedWord}`) ?? false;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
