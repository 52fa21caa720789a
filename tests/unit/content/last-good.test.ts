import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentLoadResult, ContentSource } from '@/lib/content/content-source';
import { withLastGoodContent } from '@/lib/content/last-good';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';

let sample: Dataset;
let folder: string | undefined;

beforeAll(async () => {
  sample = (await loadLocalContent(path.resolve('content'))).dataset;
});

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A source that answers each load from a script: a dataset, or an error to throw. */
function scriptedSource(...answers: Array<Dataset | Error>): ContentSource {
  return {
    name: 'contentful',
    async load(): Promise<ContentLoadResult> {
      const answer = answers.shift();
      if (!answer || answer instanceof Error) throw answer ?? new Error('no more answers');
      return { dataset: answer, problems: [] };
    },
  };
}

describe('last good content', () => {
  it('serves the last good dataset when the source fails, with one error line', async () => {
    const errors: string[] = [];
    const source = withLastGoodContent(
      scriptedSource(sample, new Error('connect ECONNREFUSED 127.0.0.1:443')),
      { logError: (line) => errors.push(line) },
    );
    expect((await source.load()).dataset).toBe(sample);
    expect((await source.load()).dataset).toBe(sample);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /could not be read \(connect ECONNREFUSED.*serving the last good content/,
    );
    expect(errors[0]).toContain(sample.version);
  });

  it('never replaces a catalogue with an empty one', async () => {
    const errors: string[] = [];
    const empty = { ...sample, version: 'empty', products: [] };
    const source = withLastGoodContent(scriptedSource(sample, empty), {
      logError: (line) => errors.push(line),
    });
    await source.load();
    expect((await source.load()).dataset.products).toHaveLength(sample.products.length);
    expect(errors[0]).toMatch(/returned no products where there were \d+/);
  });

  it('takes a newer good dataset as soon as the source answers again', async () => {
    const newer = { ...sample, version: 'newer' };
    const source = withLastGoodContent(scriptedSource(sample, new Error('503'), newer), {
      logError: () => {},
    });
    await source.load();
    await source.load();
    expect((await source.load()).dataset.version).toBe('newer');
  });

  it('survives a restart through the snapshot file', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'last-good-'));
    const snapshotFile = path.join(folder, 'cache', 'last-good.json');
    await withLastGoodContent(scriptedSource(sample), { snapshotFile }).load();
    expect(JSON.parse(await readFile(snapshotFile, 'utf8')).dataset.version).toBe(sample.version);
    // A new process whose first load fails (a build while the CMS is down).
    const restarted = withLastGoodContent(
      scriptedSource(new Error('timeout of 15000ms exceeded')),
      {
        snapshotFile,
        logError: () => {},
      },
    );
    const { dataset } = await restarted.load();
    expect(dataset.version).toBe(sample.version);
    expect(dataset.products).toHaveLength(sample.products.length);
  });

  it('fails loudly when there is nothing good to fall back on', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'last-good-'));
    const source = withLastGoodContent(scriptedSource(new Error('401 AccessTokenInvalid')), {
      snapshotFile: path.join(folder, 'missing.json'),
    });
    await expect(source.load()).rejects.toThrow(/no last good content to serve/);
  });
});
