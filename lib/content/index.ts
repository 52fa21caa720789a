/**
 * The only door to content for pages, APIs and feeds. It picks the source from the environment and
 * caches what it reads; everything downstream receives validated domain objects.
 */
import { cacheLife, cacheTag } from 'next/cache';
import path from 'node:path';
import { getEnv } from '../env';
import { toProvinceDate } from '../time/province-time';
import { cacheTags } from './cache-tags';
import { formatProblem } from './validate';
import { createLocalSource } from './local/local-source';
import type { ContentSource } from './content-source';
import type { Dataset } from './schema';

export type * from './schema';

function getContentSource(): ContentSource {
  const env = getEnv();
  if (env.CONTENT_SOURCE === 'contentful') {
    // The Contentful source arrives with its own issue; failing loudly beats silently serving files.
    throw new Error(
      'CONTENT_SOURCE=contentful is not available yet: unset it to use the files in content/',
    );
  }
  return createLocalSource(
    path.resolve(/* turbopackIgnore: true */ process.cwd(), env.CONTENT_DIR),
  );
}

/** The whole validated dataset. Problems are logged once per load; bad records are already out. */
export async function getDataset(): Promise<Dataset> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.content);
  const { dataset, problems } = await getContentSource().load();
  if (problems.length > 0) {
    console.error(
      `Content: ${problems.length} problem(s); the records concerned were skipped or trimmed:\n` +
        problems.map(formatProblem).join('\n'),
    );
  }
  return dataset;
}

/**
 * Today's date (YYYY-MM-DD) in the province. Cached, so that prerendered pages capture it and
 * refresh it with the rest of the content rather than on every request.
 */
export async function getToday(): Promise<string> {
  'use cache';
  cacheLife('hours');
  return toProvinceDate(new Date());
}
