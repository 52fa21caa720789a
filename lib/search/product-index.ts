/**
 * Full-text search over products, with MiniSearch (BM25 ranking, prefix and fuzzy matching) on
 * folded text. A product is found by its name, producer, place (new or former name), group and
 * keywords. When the query carries accents, products whose own text has those exact accented words
 * rank first: someone who types "Sơn" means Sơn, not Sen.
 */
import MiniSearch from 'minisearch';
import type { Dataset, Product } from '../content/schema';
import { foldVietnamese, hasDiacritics, normalizeAccented, tokenize } from './fold';

interface ProductDocument {
  slug: string;
  name: string;
  keywords: string;
  producer: string;
  place: string;
  group: string;
  code: string;
}

export interface SearchHit {
  slug: string;
  score: number;
}

export interface ProductSearchIndex {
  /** Matching product slugs, best first. An empty or blank query matches nothing. */
  search(query: string): SearchHit[];
  readonly size: number;
}

const fieldBoosts = { name: 4, keywords: 2, code: 2, producer: 1.5, place: 1.2, group: 1 };

/** Every text a product can be found by, per field. */
function toDocument(
  product: Product,
  dataset: Dataset,
  lookups: ReturnType<typeof makeLookups>,
): ProductDocument {
  const producer = lookups.producers.get(product.producer);
  const area = lookups.areas.get(product.area);
  const group = lookups.groups.get(product.group);
  const subgroup = group?.subgroups.find((s) => s.code === product.subgroup);
  const former = producer?.address.former;
  const both = (text: { vi: string; en?: string } | undefined) =>
    text ? [text.vi, text.en ?? ''].join(' ') : '';
  return {
    slug: product.slug,
    name: both(product.name),
    keywords: product.keywords.join(' '),
    producer: both(producer?.name),
    place: [
      area?.name,
      ...(area?.formerNames.flatMap((f) => [f.name, f.district ?? '']) ?? []),
      former?.commune,
      former?.district,
      producer?.address.line,
    ].join(' '),
    group: [both(group?.name), both(subgroup?.name)].join(' '),
    code: [product.code, product.certificate.decisionNumber].join(' '),
  };
}

function makeLookups(dataset: Dataset) {
  return {
    producers: new Map(dataset.producers.map((p) => [p.slug, p])),
    areas: new Map(dataset.areas.map((a) => [a.slug, a])),
    groups: new Map(dataset.groupScheme.groups.map((g) => [g.code, g])),
  };
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

export function buildProductIndex(dataset: Dataset): ProductSearchIndex {
  const lookups = makeLookups(dataset);
  const documents = dataset.products.map((p) => toDocument(p, dataset, lookups));
  const miniSearch = new MiniSearch<ProductDocument>({
    idField: 'slug',
    fields: Object.keys(fieldBoosts),
    processTerm: foldTerm,
  });
  miniSearch.addAll(documents);

  // Accented words of each product, to reward queries typed with the right accents.
  const accentedWords = new Map(
    documents.map((d) => [
      d.slug,
      tokenize(normalizeAccented([d.name, d.keywords, d.producer, d.place].join(' '))),
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
        const words = accentedWords.get(result.id as string) ?? [];
        const exact = accentedQuery.filter((q) => words.some((w) => w.startsWith(q))).length;
        return { slug: result.id as string, score: result.score * (1 + exact) };
      });
      return hits.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
    },
  };
}
