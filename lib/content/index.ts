/**
 * The only door to content for pages, APIs and feeds. It picks the source from the environment and
 * caches what it reads; everything downstream receives validated domain objects.
 */
import { cacheLife, cacheTag } from 'next/cache';
import { connection } from 'next/server';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { getEnv } from '../env';
import { secondsToProvinceMidnight, toProvinceDate } from '../time/province-time';
import { cacheTags } from './cache-tags';
import { formatProblem } from './validate';
import { createContentfulSource } from './contentful/contentful-source';
import { isDraftMode } from '../preview/draft-mode';
import { withLastGoodContent } from './last-good';
import { createLocalSource } from './local/local-source';
import { processShared } from '../process-shared';
import { revalidationsSeen } from '../../cache-handlers/revalidations-seen.mjs';
import type { ContentSource } from './content-source';
import type { Dataset } from './schema';

export type * from './schema';

/** Where a remote source's last good content is kept between restarts and builds. */
const lastGoodSnapshot = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  '.next/cache/ocop/last-good-content.json',
);

function createContentSource(): ContentSource {
  const env = getEnv();
  if (env.CONTENT_SOURCE === 'contentful') {
    return withLastGoodContent(
      createContentfulSource({
        // env.ts makes both required when CONTENT_SOURCE=contentful.
        space: env.CONTENTFUL_SPACE_ID!,
        accessToken: env.CONTENTFUL_ACCESS_TOKEN!,
        environment: env.CONTENTFUL_ENVIRONMENT,
        host: env.CONTENTFUL_HOST,
        siteUrl: env.SITE_URL,
      }),
      { snapshotFile: lastGoodSnapshot },
    );
  }
  return createLocalSource(
    path.resolve(/* turbopackIgnore: true */ process.cwd(), env.CONTENT_DIR),
  );
}

/**
 * What this process holds of the published content, shared by every copy of this module (see
 * lib/process-shared.ts): one source, so the last good content it remembers survives between loads,
 * and the datasets it loaded.
 */
const processContent = processShared('content', () => ({
  source: undefined as ContentSource | undefined,
  /** Datasets by version: only the newest few are kept, a revalidation brings a new version. */
  byVersion: new Map<string, Dataset>(),
  /** The latest load begun, with the revalidations seen and the time when it began. */
  latest: undefined as
    { dataset: Promise<Dataset>; revalidationsSeen: number; startedAt: number } | undefined,
  /** Names this process in cache keys (see loadIntoThisProcess). */
  id: randomUUID(),
}));

function getContentSource(): ContentSource {
  processContent.source ??= createContentSource();
  return processContent.source;
}

/**
 * How long a load still answers for the content as it is now, if no revalidation came since it
 * began. A fresh server reads the version from its prerendered pages and, a moment later, misses it
 * in its own cache; at 20,000 products the second load cost 8 s of the server's time for nothing.
 */
const loadReuseMs = 60_000;

/**
 * The content as it is now. Requests that need it at the same moment (a fresh server's first
 * visitors, or the first after a publish) share one load. A load serves only if no revalidation
 * has reached this process since it began, for a publish made meanwhile may be missing from it.
 */
function loadCurrentContent(): Promise<Dataset> {
  const latest = processContent.latest;
  if (
    latest?.revalidationsSeen === revalidationsSeen() &&
    performance.now() - latest.startedAt < loadReuseMs
  ) {
    return latest.dataset;
  }
  const load = {
    dataset: readAndRemember(),
    revalidationsSeen: revalidationsSeen(),
    startedAt: performance.now(),
  };
  processContent.latest = load;
  // A failed load is not reused: the next reader tries again.
  load.dataset.catch(() => {
    if (processContent.latest === load) processContent.latest = undefined;
  });
  return load.dataset;
}

/** Loads the content, logging its problems (the records concerned are already skipped). */
async function readAndRemember(): Promise<Dataset> {
  const startedAt = performance.now();
  const { dataset, problems } = await getContentSource().load();
  if (problems.length > 0) {
    console.error(
      `Content: ${problems.length} problem(s); the records concerned were skipped or trimmed:\n` +
        problems.map(formatProblem).join('\n'),
    );
  }
  // One line per load: operators see when the content was reloaded and what it cost.
  console.log(
    `Content: loaded version ${dataset.version} (${dataset.products.length} products) ` +
      `in ${Math.round(performance.now() - startedAt)} ms`,
  );
  return remember(dataset);
}

function remember(dataset: Dataset): Dataset {
  const { byVersion } = processContent;
  byVersion.set(dataset.version, dataset);
  for (const version of [...byVersion.keys()].slice(0, -2)) byVersion.delete(version);
  return dataset;
}

/**
 * The version of the content in force, cached with Next's cache and tagged, so a webhook that
 * revalidates the tag makes every reader load afresh. Only this short string goes through Next's
 * cache: a national catalogue (20,000 products) would cost a full copy on every read otherwise.
 */
async function getContentVersion(): Promise<string> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.content);
  return (await loadCurrentContent()).version;
}

/**
 * The whole validated dataset, as of the content version in force; for an editor in draft mode,
 * the drafts (see getPreviewDataset).
 */
export async function getDataset(): Promise<Dataset> {
  // Checked before the cached reader: a preview must neither read nor fill the published cache.
  if (await isPreviewRequest()) return getPreviewDataset();
  const version = await getContentVersion();
  return processContent.byVersion.get(version) ?? (await getDatasetFromElsewhere());
}

/**
 * The version in force was produced elsewhere (by the build, or by another instance sharing the
 * cache): load the content into this process.
 */
async function getDatasetFromElsewhere(): Promise<Dataset> {
  const loaded = await loadIntoThisProcess(processContent.id);
  // Only if this process has since dropped that version (it keeps the newest two): load it again.
  return processContent.byVersion.get(loaded) ?? (await loadCurrentContent());
}

/**
 * The load runs in a cache scope, because a page being prerendered may not read the clock outside
 * one and a remote source's SDK does. The scope is keyed by this process, so a cache hit means this
 * process holds the result.
 */
async function loadIntoThisProcess(processId: string): Promise<string> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.content);
  void processId; // part of the cache key only
  return (await loadCurrentContent()).version;
}

/** How long one preview load serves the several readers of one page view (layout, metadata, page). */
const previewReuseMs = 5_000;
let previewLoad: { at: number; dataset: Promise<Dataset> } | undefined;
/** One Preview API client per process (its throttle and connections are shared). */
let previewSource: ContentSource | undefined;

/**
 * Drafts and published entries through Contentful's Preview API, for an editor in draft mode.
 * Never cached beyond a few seconds and never remembered with the published datasets; the version
 * is marked so nothing keyed by version can mix the two. With the local source, or without a
 * preview token, there are no drafts: the published content is shown.
 */
async function getPreviewDataset(): Promise<Dataset> {
  const env = getEnv();
  if (env.CONTENT_SOURCE !== 'contentful' || !env.CONTENTFUL_PREVIEW_TOKEN) {
    // Read directly, not through the cached version (see getToday).
    return loadCurrentContent();
  }
  if (!previewLoad || Date.now() - previewLoad.at > previewReuseMs) {
    previewSource ??= createContentfulSource({
      space: env.CONTENTFUL_SPACE_ID!,
      accessToken: env.CONTENTFUL_PREVIEW_TOKEN,
      environment: env.CONTENTFUL_ENVIRONMENT,
      host: env.CONTENTFUL_HOST,
      preview: true,
      siteUrl: env.SITE_URL,
    });
    const dataset = previewSource.load().then(({ dataset: drafts, problems }) => {
      if (problems.length > 0) {
        console.error(
          `Preview: ${problems.length} draft problem(s):\n${problems.map(formatProblem).join('\n')}`,
        );
      }
      return { ...drafts, version: `preview-${drafts.version}` };
    });
    previewLoad = { at: Date.now(), dataset };
    // A failed preview load is not reused: the editor's next click tries again.
    dataset.catch(() => {
      if (previewLoad?.dataset === dataset) previewLoad = undefined;
    });
  }
  return previewLoad.dataset;
}

/**
 * Today's date (YYYY-MM-DD) in the province. Cached, so that prerendered pages capture it and
 * refresh it with the rest of the content rather than on every request.
 */
export async function getToday(): Promise<string> {
  if (await isPreviewRequest()) return toProvinceDate(new Date());
  return cachedToday();
}

/**
 * Whether this is an editor's preview. Draft mode neither reads nor saves cached results (Next
 * then reports each cached call as a miss), so a preview reads the clock and the content directly;
 * it tells Next first that the page is rendered for this request, which it is anyway.
 */
async function isPreviewRequest(): Promise<boolean> {
  if (!(await isDraftMode())) return false;
  await connection();
  return true;
}

async function cachedToday(): Promise<string> {
  'use cache';
  const now = new Date();
  // The date changes at the province's midnight, so the entry is renewed then, not up to an hour
  // later as with the 'hours' profile. (The first request after midnight may still be answered
  // from the old entry while the new one is made.) `expire` stays over 5 minutes, or Next would
  // leave the date out of prerendered pages.
  const untilMidnight = secondsToProvinceMidnight(now);
  cacheLife({ stale: 300, revalidate: untilMidnight, expire: untilMidnight + 86_400 });
  return toProvinceDate(now);
}

/**
 * The current moment, for what changes within a day (an event ending, a registration deadline).
 * Cached for minutes, so event pages can still be prerendered and refresh soon after such a change.
 */
export async function getNow(): Promise<Date> {
  if (await isPreviewRequest()) return new Date();
  return new Date(await currentMoment());
}

async function currentMoment(): Promise<string> {
  'use cache';
  cacheLife('minutes');
  return new Date().toISOString();
}
