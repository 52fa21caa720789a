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
 */
import MiniSearch, { type Query } from 'minisearch';
import { foldVietnamese, hasDiacritics, normalizeAccented, tokenize } from './fold';
import { fieldWords, RecordWords } from './record-words';

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

/** A word of a query, folded, and how many records hold it (or a word it begins, for a prefix). */
interface QueryWord {
  word: string;
  /** The last word of a query may be half typed. */
  prefix: boolean;
  records: number;
}

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
  // its folded words joined by spaces, which it splits again at the spaces (far cheaper than the
  // Unicode-aware split); queries go through the full tokenizer and fold. MiniSearch knows each
  // record by its position, as RecordWords does.
  const words = documents.map((d) => fields.map((f) => fieldWords(d[f] ?? '', foldTerm)));
  const miniSearch = new MiniSearch<Record<string, string | number>>({
    idField: 'position',
    fields,
    tokenize: (joined) => (joined === '' ? [] : joined.split(' ')),
    processTerm: (word) => word,
    searchOptions: { tokenize, processTerm: foldTerm },
  });
  miniSearch.addAll(
    words.map((record, position) => {
      const joined: Record<string, string | number> = { position };
      fields.forEach((field, index) => (joined[field] = record[index]!.folded.join(' ')));
      return joined;
    }),
  );
  const recordWords = new RecordWords(words, fields.length);

  /** Ranks by BM25 on the rare words, and keeps the records holding the common ones too. */
  function searchRareFirst(rare: QueryWord[], common: QueryWord[]): PositionHit[] {
    const query: Query = {
      combineWith: 'AND',
      queries: rare.map(({ word, prefix, records }) => ({
        queries: [word],
        prefix,
        // A word no record holds may be mistyped: a longer one is forgiven one typo (wider fuzzy
        // matching mostly finds noise). A word the catalogue holds is taken as typed.
        fuzzy: records === 0 && word.length >= 5 ? 0.2 : false,
      })),
    };
    const held = common.map((w) => recordWords.bestFieldBoosts(w.word, w.prefix, boosts));
    return miniSearch
      .search(query, { boost: fieldBoosts, maxFuzzy: 1 })
      .map((result) => ({ position: result.id as number, score: result.score }))
      .filter(({ position }) => held.every((best) => best[position]! > 0));
  }

  /**
   * Every word is common: a record matches when it holds them all, and scores the boost of the
   * best field holding each word.
   */
  function searchCommon(common: QueryWord[]): PositionHit[] {
    const held = common.map((w) => recordWords.bestFieldBoosts(w.word, w.prefix, boosts));
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
      const words: QueryWord[] = kept.map((typedWord, index) => {
        const word = foldTerm(typedWord);
        const prefix = index === typed.length - 1;
        return { word, prefix, records: recordWords.recordsWith(word, prefix) };
      });

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
