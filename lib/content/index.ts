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

/** Loads the content once, logging its problems (the records concerned are already skipped). */
async function loadDataset(): Promise<Dataset> {
  const { dataset, problems } = await getContentSource().load();
  if (problems.length > 0) {
    console.error(
      `Content: ${problems.length} problem(s); the records concerned were skipped or trimmed:\n` +
        problems.map(formatProblem).join('\n'),
    );
  }
  return loaded.remember(dataset);
}

/**
 * Datasets held in this process, by version. Only the newest few are kept: a revalidation brings a
 * new version and the old one is dropped after a while.
 */
const loaded = {
  byVersion: new Map<string, Dataset>(),
  remember(dataset: Dataset): Dataset {
    this.byVersion.set(dataset.version, dataset);
    for (const version of [...this.byVersion.keys()].slice(0, -2)) this.byVersion.delete(version);
    return dataset;
  },
};

/**
 * The version of the content in force, cached with Next's cache and tagged, so a webhook that
 * revalidates the tag makes every reader load afresh. Only this short string goes through Next's
 * cache: a national catalogue (20,000 products) would cost a full copy on every read otherwise.
 */
async function getContentVersion(): Promise<string> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.content);
  return (await loadDataset()).version;
}

/** The whole validated dataset, as of the content version in force. */
export async function getDataset(): Promise<Dataset> {
  const version = await getContentVersion();
  // Another instance (or an earlier cache) may have produced the version: load it here if needed.
  return loaded.byVersion.get(version) ?? (await loadDataset());
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

/**
 * The current moment, for what changes within a day (an event ending, a registration deadline).
 * Cached for minutes, so event pages can still be prerendered and refresh soon after such a change.
 */
export async function getNow(): Promise<Date> {
  return new Date(await currentMoment());
}

async function currentMoment(): Promise<string> {
  'use cache';
  cacheLife('minutes');
  return new Date().toISOString();
}
