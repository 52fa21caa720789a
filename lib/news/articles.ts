import type { Article } from '../content/schema';
import { sortNewestFirst } from './article-query';

/** Articles newest first. */
export function getLatestArticles(articles: Article[], count: number): Article[] {
  return sortNewestFirst(articles).slice(0, count);
}
