import type { Article } from '../content/schema';

/** Articles newest first. */
export function getLatestArticles(articles: Article[], count: number): Article[] {
  return [...articles]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, count);
}
