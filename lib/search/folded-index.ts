/**
 * Full-text search on folded Vietnamese text, with MiniSearch (BM25 ranking, prefix and fuzzy
 * matching). Every word of a query must match; the last may be half typed. When the query carries
 * accents, records whose own words have those exact accents rank first: someone who types "Sơn"
 * means Sơn, not Sen.
 */
import MiniSearch from 'minisearch';
import { foldVietnamese, hasDiacritics, normalizeAccented, tokenize } from './fold';

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

/** Indexes documents; `fieldBoosts` names every field to index and how much a match in it counts. */
export function buildFoldedIndex(
  documents: SearchDocument[],
  fieldBoosts: Record<string, number>,
): SearchIndex {
  const fields = Object.keys(fieldBoosts);
  const miniSearch = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields,
    processTerm: foldTerm,
  });
  miniSearch.addAll(documents);

  // Accented words of each record, to reward queries typed with the right accents.
  const accentedWords = new Map(
    documents.map((d) => [
      d.slug,
      tokenize(normalizeAccented(fields.map((f) => d[f] ?? '').join(' '))),
    ]),
  );

  return {
    size: documents.length,
    search(query) {
      const words = tokenize(query);
      // A single letter still being typed ("toi ly s") would expand to every word starting with it:
      // slow at national scale and no help in ranking. Search the words before it instead.
      const terms = words.length > 1 && words.at(-1)!.length === 1 ? words.slice(0, -1) : words;
      if (terms.length === 0) return [];
      const results = miniSearch.search(terms.join(' '), {
        boost: fieldBoosts,
        combineWith: 'AND',
        // The last word may be half typed ("toi ly s"); longer words tolerate a typo.
        prefix: (_term, index, all) => index === all.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        // One typo at most: wider fuzzy matching costs much and mostly finds noise.
        maxFuzzy: 1,
      });
      const accentedQuery = hasDiacritics(query) ? tokenize(normalizeAccented(query)) : [];
      const hits = results.map((result) => {
        const own = accentedWords.get(result.id as string) ?? [];
        const exact = accentedQuery.filter((q) => own.some((w) => w.startsWith(q))).length;
        return { slug: result.id as string, score: result.score * (1 + exact) };
      });
      return hits.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
    },
  };
}

/** Both languages of a text, for indexing. */
export function bothLanguages(text: { vi: string; en?: string } | undefined): string {
  return text ? [text.vi, text.en ?? ''].join(' ') : '';
}
