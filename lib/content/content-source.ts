import type { Dataset } from './schema';

/** One thing wrong with the content, named so an editor can find and fix it. */
export interface ContentProblem {
  /** A file path (local source) or an entry id (Contentful). */
  location: string;
  /** Dotted path of the field inside the record, or `(record)` when the whole record is at fault. */
  field: string;
  message: string;
}

export interface ContentLoadResult {
  /** Only records that passed validation and whose references resolve. */
  dataset: Dataset;
  /** Everything that was skipped or trimmed, and why. Empty when the content is clean. */
  problems: ContentProblem[];
}

/**
 * Where content comes from. Each source (local files, Contentful) maps its own format into the
 * domain objects of lib/content/schema.ts; nothing outside the source's folder knows the format.
 *
 * A source reads everything in one go: the site needs whole collections anyway (search index,
 * facets, figures), and one read is easier to cache and to keep consistent than many small ones.
 */
export interface ContentSource {
  readonly name: 'local' | 'contentful';
  load(): Promise<ContentLoadResult>;
}

/** Thrown when the content cannot be used at all (no settings, no group list, unreadable folder). */
export class ContentUnavailableError extends Error {
  constructor(
    message: string,
    readonly problems: ContentProblem[],
  ) {
    super(message);
    this.name = 'ContentUnavailableError';
  }
}
