/**
 * Keeps the site on its last good content when a remote source fails. A load that throws (network,
 * 5xx after retries, no settings entry) or that comes back with an empty catalogue where there was
 * one before never replaces good content: the last good dataset is served instead and one error
 * line says why. The last good dataset is kept in memory and in a snapshot file, so a restart or a
 * build that cannot reach the CMS still has something to serve; with neither, the load fails (a
 * failed build keeps the previous deployment online, which beats publishing an empty site).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentLoadResult, ContentSource } from './content-source';
import type { Dataset } from './schema';

export interface LastGoodOptions {
  /** Where the last good dataset is written and read back after a restart; none keeps memory only. */
  snapshotFile?: string;
  /** One line per failed load; console.error by default. */
  logError?: (message: string) => void;
}

/** A load the site should not trust, even though it did not throw. */
function suspiciousLoad(next: Dataset, previous: Dataset | undefined): string | undefined {
  if (previous && previous.products.length > 0 && next.products.length === 0) {
    return `returned no products where there were ${previous.products.length}`;
  }
  return undefined;
}

export function withLastGoodContent(
  source: ContentSource,
  options: LastGoodOptions = {},
): ContentSource {
  const logError = options.logError ?? ((message: string) => console.error(message));
  let lastGood: { dataset: Dataset; loadedAt: string } | undefined;

  const readSnapshot = async (): Promise<typeof lastGood> => {
    if (!options.snapshotFile) return undefined;
    try {
      // The file is a run-time setting, not part of the build: the ignore comment stops Turbopack
      // from tracing the whole project into the server output because of this read.
      const text = await readFile(/* turbopackIgnore: true */ options.snapshotFile, 'utf8');
      const saved = JSON.parse(text) as typeof lastGood;
      return saved?.dataset?.version && saved.dataset.settings ? saved : undefined;
    } catch {
      return undefined;
    }
  };

  let writes = 0;
  const writeSnapshot = async (
    snapshot: NonNullable<typeof lastGood>,
    previousVersion?: string,
  ) => {
    // Loads that bring nothing new (most of them) leave the file alone.
    if (!options.snapshotFile || snapshot.dataset.version === previousVersion) return;
    try {
      await mkdir(path.dirname(options.snapshotFile), { recursive: true });
      // Written aside and renamed, so a crash mid-write never leaves half a snapshot.
      writes += 1;
      const temporary = `${options.snapshotFile}.${process.pid}-${writes}.tmp`;
      await writeFile(temporary, JSON.stringify(snapshot));
      await rename(temporary, options.snapshotFile);
    } catch (error) {
      logError(
        `Content: could not save the last good content to ${options.snapshotFile}: ${String(error)}`,
      );
    }
  };

  return {
    name: source.name,
    async load(): Promise<ContentLoadResult> {
      let failure: string;
      try {
        const result = await source.load();
        lastGood ??= await readSnapshot();
        const suspicion = suspiciousLoad(result.dataset, lastGood?.dataset);
        if (!suspicion) {
          const previousVersion = lastGood?.dataset.version;
          lastGood = { dataset: result.dataset, loadedAt: new Date().toISOString() };
          await writeSnapshot(lastGood, previousVersion);
          return result;
        }
        failure = suspicion;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      lastGood ??= await readSnapshot();
      if (!lastGood) {
        throw new Error(
          `Content: ${source.name} could not be read (${failure}) and there is no last good content to serve`,
        );
      }
      logError(
        `Content: ${source.name} could not be read (${failure}); serving the last good content ` +
          `(version ${lastGood.dataset.version}, loaded ${lastGood.loadedAt}).`,
      );
      return { dataset: lastGood.dataset, problems: [] };
    },
  };
}
