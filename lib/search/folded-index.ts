/**
 * Full-text search on folded Vietnamese text, with MiniSearch (BM25 ranking, prefix and fuzzy
 * matching). Every word of a query must match; the last may be half typed. When the query carries
 * accents, records whose own words have those exact accents rank first: someone who types "Sơn"
 * means Sơn, not Sen.
 *
 * MiniSearch scores every record a word is in before it intersects, and at national scale some words
 * are in thousands ("cơ sở sản xuất", "bình", a prefix such as "ph"): one such query cost 100–400 ms
 * over 20,000 products. So a query's rare words go to MiniSearch and its common words are checked
 * against RecordWords' lists, which finds the same records; a common word adds little to a BM25
 * ranking anyway. When every word is common, RecordWords alone finds the records and ranks them by
 * the fields that hold the words. A catalogue of a province's size has no common word and is ranked
 * by MiniSearch alone.
 *
 * As MiniSearch is never asked for a common word, it does not index them: at 20,000 products they are
 * four in five of the words it was given, and most of the index's build time.
 */
import MiniSearch, { type Query } from 'minisearch';
import { foldVietnamese, hasDiacritics, normalizeAccented, tokenize } from './fold';
import { fieldWords, type FieldWords, RecordWords } from './record-words';

/** A record to index: its slug and, per field, the text it can be found by. */
export type SearchDocument = { slug: string } & Record<string, string>;

export interface SearchHit {
  slug: string;
  score: number;
}

export interface SearchIndex {
  /** Matching slugs, best first. An empty or blank query matches nothing. */
  search(query: string): SearchHit[];
  readonly size: number;
}

/**
 * A word held by more records than this is common: MiniSearch would score it over that many
 * records, milliseconds at national scale, so RecordWords' lists check it instead.
 */
export const commonWordRecords = 1000;

/** A word of a query, folded, and the indexed words it stands for. */
interface QueryWord {
  word: string;
  /** The last word of a query may be half typed. */
  prefix: boolean;
  /** No record holds it and it is long enough to be a typo: it stands for the words one letter away. */
  fuzzy: boolean;
  /** The word itself, the words it begins (a prefix), or the words one typo away (fuzzy). */
  standsFor: string[];
  /** How many records hold one of those words (a sum over them). */
  records: number;
}

/** A word no record holds is forgiven one typo when it is this long: shorter ones mostly find noise. */
const fuzzyFromLength = 5;

/**
 * Folds one word, remembering the answer: a catalogue repeats the same place and group words
 * thousands of times, and folding (Unicode decomposition) is the costly part of indexing.
 */
const foldedTerms = new Map<string, string>();
function foldTerm(term: string): string {
  let folded = foldedTerms.get(term);
  if (folded === undefined) {
    folded = foldVietnamese(term);
    if (foldedTerms.size < 200_000) foldedTerms.set(term, folded);
  }
  return folded;
}

/** A hit by the record's position among the documents, before it is named by its slug. */
interface PositionHit {
  position: number;
  score: number;
}

/** Indexes documents; `fieldBoosts` names every field to index and how much a match in it counts. */
export function buildFoldedIndex(
  documents: SearchDocument[],
  fieldBoosts: Record<string, number>,
  commonRecords = commonWordRecords,
): SearchIndex {
  const fields = Object.keys(fieldBoosts);
  const boosts = fields.map((f) => fieldBoosts[f]!);
  // Each field is split into words and folded once, for both indexes. MiniSearch gets a field as
  // its folded words joined by spaces, and its tokenizer looks the words up again instead of
  // splitting; queries go through the full tokenizer and fold. Place, group and producer texts
  // repeat across thousands of records, and are split once. MiniSearch knows each record by its
  // position, as RecordWords does.
  const splitTexts = new Map<string, FieldWords>();
  const foldedWordsOf = new Map<string, string[]>();
  const split = (text: string) => {
    let words = splitTexts.get(text);
    if (!words) {
      splitTexts.set(text, (words = fieldWords(text, foldTerm)));
      foldedWordsOf.set(words.foldedText, words.folded);
    }
    return words;
  };
  const words = documents.map((d) => fields.map((f) => split(d[f] ?? '')));
  const recordWords = new RecordWords(words, fields.length);
  const commonWords = recordWords.wordsHeldByMore(commonRecords);
  const miniSearch = new MiniSearch<Record<string, string | number>>({
    idField: 'position',
    fields,
    tokenize: (foldedText) => foldedWordsOf.get(foldedText) ?? [],
    // A common word still counts in the length of its field, so BM25 ranks as if it were indexed.
    processTerm: (word) => (commonWords.has(word) ? null : word),
    searchOptions: { tokenize, processTerm: foldTerm },
  });
  miniSearch.addAll(
    words.map((record, position) => {
      const joined: Record<string, string | number> = { position };
      fields.forEach((field, index) => (joined[field] = record[index]!.foldedText));
      return joined;
    }),
  );

  /**
   * What a query word stands for. A word the catalogue holds is taken as typed; one it does not
   * hold may be mistyped, and a longer one stands for the words one typo away.
   */
  function readQueryWord(word: string, prefix: boolean): QueryWord {
    let standsFor = recordWords.wordsFor(word, prefix);
    const fuzzy = standsFor.length === 0 && word.length >= fuzzyFromLength;
    if (fuzzy) standsFor = recordWords.wordsNear(word);
    return { word, prefix, fuzzy, standsFor, records: recordWords.recordsWith(standsFor) };
  }

  /** Ranks by BM25 on the rare words, and keeps the records holding the common ones too. */
  function searchRareFirst(rare: QueryWord[], common: QueryWord[]): PositionHit[] {
    const query: Query = {
      combineWith: 'AND',
      queries: rare.map(({ word, prefix, fuzzy }) => ({
        queries: [word],
        prefix,
        // An edit distance of 1: the words of RecordWords' wordsNear.
        fuzzy: fuzzy ? 1 : false,
      })),
    };
    const held = common.map((w) => recordWords.bestFieldBoosts(w.standsFor, boosts));
    return miniSearch
      .search(query, { boost: fieldBoosts })
      .map((result) => ({ position: result.id as number, score: result.score }))
      .filter(({ position }) => held.every((best) => best[position]! > 0));
  }

  /**
   * Every word is common: a record matches when it holds them all, and scores the boost of the
   * best field holding each word.
   */
  function searchCommon(common: QueryWord[]): PositionHit[] {
    const held = common.map((w) => recordWords.bestFieldBoosts(w.standsFor, boosts));
    const hits: PositionHit[] = [];
    for (let position = 0; position < documents.length; position++) {
      let score = 0;
      for (const best of held) {
        if (best[position] === 0) {
          score = 0;
          break;
        }
        score += best[position]!;
      }
      if (score > 0) hits.push({ position, score });
    }
    return hits;
  }

  return {
    size: documents.length,
    search(query) {
      const typed = tokenize(query);
      // A single letter still being typed ("toi ly s") would expand to every word starting with it:
      // slow at national scale and no help in ranking. Search the words before it instead.
      const kept = typed.length > 1 && typed.at(-1)!.length === 1 ? typed.slice(0, -1) : typed;
      if (kept.length === 0) return [];
      const words = kept.map((typedWord, index) =>
        readQueryWord(foldTerm(typedWord), index === typed.length - 1),
      );

      const rare = words.filter((w) => w.records <= commonRecords);
      const common = words.filter((w) => w.records > commonRecords);
      const hits = rare.length > 0 ? searchRareFirst(rare, common) : searchCommon(common);

      const accentedQuery = hasDiacritics(query) ? tokenize(normalizeAccented(query)) : [];
      const named = hits.map(({ position, score }) => {
        const exact = accentedQuery.filter((w) => recordWords.hasAccented(position, w)).length;
        return { slug: documents[position]!.slug, score: score * (1 + exact) };
      });
      // Slugs are ASCII: comparing code units is a stable tie-break, and far cheaper than a collator.
      return named.sort(
        (a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
      );
    },
  };
}

/** Both languages of a text, for indexing. */
export function bothLanguages(text: { vi: string; en?: string } | undefined): string {
  return text ? [text.vi, text.en ?? ''].join(' ') : '';
}
