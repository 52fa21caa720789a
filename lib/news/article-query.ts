/**
 * The news list's query (`/{lang}/news?kind=…&page=…`): validated parameters and the pure function
 * that answers them. Twelve articles a page, newest first.
 */
import { z } from 'zod';
import { parseQuery, singleParameter, type QueryIssue } from '../catalogue/product-query';
import { articleKinds, type Article } from '../content/schema';

export const articlesPerPage = 12;

export const articleQuerySchema = z.object({
  kind: singleParameter(z.enum(articleKinds).optional()),
  page: singleParameter(z.coerce.number<string | undefined>().int().min(1).max(100_000).default(1)),
});

export type ArticleQuery = z.output<typeof articleQuerySchema>;

export const parseArticleQuery = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
) => parseQuery(articleQuerySchema, input);

/** Newest first; articles published at the same moment in a fixed order. */
export function sortNewestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug),
  );
}

function matching(articles: readonly Article[], query: Pick<ArticleQuery, 'kind'>) {
  return query.kind ? articles.filter((a) => a.kind === query.kind) : articles;
}

/** Number of pages a list of `total` articles takes (at least one, even when empty). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / articlesPerPage));
}

/** A page past the last one is an error of the query (the list page then ignores it). */
export function findArticleQueryIssues(
  articles: readonly Article[],
  query: ArticleQuery,
): QueryIssue[] {
  const pages = pageCount(matching(articles, query).length);
  return query.page > pages
    ? [{ parameter: 'page', message: `there are only ${pages} page(s)` }]
    : [];
}

export interface ArticlePage {
  items: Article[];
  total: number;
  page: number;
  pages: number;
}

/** One page of the articles of a kind (or of every kind), newest first. */
export function listArticles(articles: readonly Article[], query: ArticleQuery): ArticlePage {
  const ordered = sortNewestFirst(matching(articles, query));
  const offset = (query.page - 1) * articlesPerPage;
  return {
    items: ordered.slice(offset, offset + articlesPerPage),
    total: ordered.length,
    page: query.page,
    pages: pageCount(ordered.length),
  };
}
